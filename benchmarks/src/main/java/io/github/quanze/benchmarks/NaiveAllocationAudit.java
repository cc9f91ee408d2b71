package io.github.quanze.benchmarks;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationFinding;
import io.github.quanze.allocation.AllocationIssue;
import io.github.quanze.allocation.AllocationReport;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The allocation check an agency's vendor typically writes by hand, without an index: the peer that
 * {@link AllocationAuditBenchmark} measures {@link io.github.quanze.allocation.AllocationAudit} against.
 * <p>
 * For each power it scans the whole allocation list for the power's lines; for each handling post it scans the
 * post and unit lists to see whether the post is the agency's own, then the officer list for the officers at the
 * post, and for each of them the certificate list, stopping at the first certified officer. It computes only three
 * headline results, the same as {@link Result#of(AllocationReport)} reads off the audit's report.
 */
public final class NaiveAllocationAudit {

    private NaiveAllocationAudit() {}

    /**
     * The three headline results of an allocation check.
     *
     * @param unallocated  the powers allocated to no post, in order, not null
     * @param splitWithoutLead  the number of powers handled by several posts without exactly one lead
     * @param uncertifiedPosts  the number of the agency's handling posts with no officer certified, on the day,
     *        for the area of some power they handle
     */
    public record Result(Set<PowerCode> unallocated, int splitWithoutLead, int uncertifiedPosts) {

        /**
         * Reads the headline results off a report of {@link io.github.quanze.allocation.AllocationAudit}.
         *
         * @param report  the report, not null
         * @return the results, not null
         */
        public static Result of(AllocationReport report) {
            return new Result(report.unallocatedPowers(), report.findings(AllocationIssue.SPLIT_WITHOUT_LEAD).size(),
                    (int) report.findings(AllocationIssue.NO_CERTIFIED_OFFICER).stream()
                            .map(AllocationFinding::posts).flatMap(List::stream).distinct().count());
        }
    }

    /**
     * Checks an allocation table by nested loops.
     *
     * @param catalogue  the agency's power catalogue, not null
     * @param organization  the organization, not null
     * @param table  the agency's allocation table, not null
     * @param date  the day, against which certificates are checked, not null
     * @return the headline results, not null
     */
    public static Result run(PowerCatalogue catalogue, Organization organization, AllocationTable table,
            LocalDate date) {
        List<Allocation> allocations = table.allocations();
        List<Post> posts = organization.posts();
        List<Unit> units = organization.units();
        List<Officer> officers = organization.officers();
        List<EnforcementCredential> credentials = organization.credentials();
        Set<PowerCode> unallocated = new TreeSet<>();
        Set<PostId> uncertified = new TreeSet<>();
        int split = 0;
        for (Power power : catalogue.powers()) {
            List<Allocation> lines = new ArrayList<>();
            for (Allocation allocation : allocations) {
                if (allocation.power().equals(power.code())) {
                    lines.add(allocation);
                }
            }
            if (lines.isEmpty()) {
                unallocated.add(power.code());
                continue;
            }
            List<PostId> handlers = lines.stream().filter(a -> a.role() == PostRole.HANDLER).map(Allocation::post)
                    .collect(Collectors.toList());
            long leads = lines.stream().filter(Allocation::lead).count();
            if (handlers.size() > 1 && leads != 1) {
                split++;
            }
            for (PostId post : handlers) {
                if (isOwn(post, table.agency(), posts, units)
                        && !hasCertifiedOfficer(post, power.enforcementArea(), date, officers, credentials)) {
                    uncertified.add(post);
                }
            }
        }
        return new Result(unallocated, split, uncertified.size());
    }

    private static boolean isOwn(PostId id, AgencyId agency, List<Post> posts, List<Unit> units) {
        for (Post post : posts) {
            if (post.id().equals(id)) {
                for (Unit unit : units) {
                    if (unit.id().equals(post.unit())) {
                        return unit.agency().equals(agency);
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasCertifiedOfficer(PostId post, String area, LocalDate date, List<Officer> officers,
            List<EnforcementCredential> credentials) {
        for (Officer officer : officers) {
            if (!officer.posts().contains(post)) {
                continue;
            }
            for (EnforcementCredential credential : credentials) {
                if (credential.holder().equals(officer.id()) && credential.covers(area)
                        && credential.statusOn(date) == CredentialStatus.VALID) {
                    return true;
                }
            }
        }
        return false;
    }
}
