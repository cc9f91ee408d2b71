package io.github.quanze.allocation;

import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_COERCION;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_PENALTY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.quanze.text.Parameters;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.power.AgencyId;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One pass over an allocation table, its catalogue and its organization that finds everything the allocation
 * checks report, grouped by issue. The checks of {@link AllocationRules} read their issue's findings from it, so the
 * table is walked once however many checks run.
 */
final class AllocationScan {

    private static final Set<PowerKind> NEED_APPROVER = EnumSet.of(ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_COERCION);

    private final PowerCatalogue catalogue;
    private final Organization organization;
    private final AllocationTable table;
    private final LocalDate date;
    private final List<AllocationFinding> findings = new ArrayList<>();
    /** For each post of any agency, the powers it handles, grouped by enforcement area; filled by checkPowers. */
    private final Map<PostId, Map<String, List<Power>>> handled = new HashMap<>();

    private AllocationScan(PowerCatalogue catalogue, Organization organization, AllocationTable table,
            LocalDate date) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.organization = Objects.requireNonNull(organization, "organization");
        this.table = Objects.requireNonNull(table, "table");
        this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * Scans a context and returns its findings by issue. The map and its lists are immutable: the checks hand the
     * lists to callers as they are, so that no caller can change what another check or audit reads.
     */
    static Map<AllocationIssue, List<AllocationFinding>> scan(AllocationContext context) {
        AllocationScan scan = new AllocationScan(context.catalogue(), context.organization(), context.table(),
                context.date());
        scan.checkPowers();
        scan.checkPosts();
        Map<AllocationIssue, ImmutableList.Builder<AllocationFinding>> byIssue = new EnumMap<>(AllocationIssue.class);
        for (AllocationFinding finding : scan.findings) {
            byIssue.computeIfAbsent(finding.issue(), k -> ImmutableList.builder()).add(finding);
        }
        return Maps.immutableEnumMap(Maps.transformValues(byIssue, ImmutableList.Builder::build));
    }

    /**
     * Walks the catalogue and the table side by side: both are sorted by power code, so each power meets its
     * allocations without a lookup, and allocations of codes the catalogue lacks fall out between them.
     */
    private void checkPowers() {
        List<Power> powers = catalogue.powers();
        List<PowerAllocations> allocated = table.summaries();
        int i = 0;
        int j = 0;
        while (i < powers.size() || j < allocated.size()) {
            int order = i == powers.size() ? 1 : j == allocated.size() ? -1
                    : powers.get(i).code().value().compareTo(allocated.get(j).code);
            if (order < 0) {
                unallocated(powers.get(i++));
            } else if (order > 0) {
                unknownPower(allocated.get(j++).allocations);
            } else {
                checkPower(powers.get(i++), allocated.get(j++));
            }
        }
    }

    private void unknownPower(List<Allocation> allocations) {
        PowerCode power = allocations.get(0).power();
        List<PostId> posts = allocations.stream().map(Allocation::post).distinct().collect(Collectors.toList());
        add(AllocationIssue.UNKNOWN_POWER, List.of(power), posts, details().put("catalogue", catalogue.name())
                .put("postLabels", postLabels(posts)), AllocationBases.OPINIONS);
    }

    /** Checks each post the table names: it must exist, belong to the agency, and be staffed for its powers. */
    private void checkPosts() {
        for (PostId post : table.posts()) {
            Optional<AgencyId> agency = organization.findAgencyOf(post);
            if (agency.isPresent() && agency.get().equals(table.agency())) {
                Map<String, List<Power>> byArea = handled.getOrDefault(post, Map.of());
                byArea.forEach((area, powers) -> checkStaffing(post, area, powers));
                continue;
            }
            List<PowerCode> powers = table.forPost(post).stream().map(Allocation::power).distinct()
                    .collect(Collectors.toList());
            if (agency.isEmpty()) {
                add(AllocationIssue.UNKNOWN_POST, powers, List.of(post), details(), AllocationBases.OPINIONS);
            } else {
                add(AllocationIssue.FOREIGN_POST, powers, List.of(post), details().put("postLabel", postLabel(post))
                        .put("postAgency", agency.get().value()).put("agency", table.agency().value()),
                        AllocationBases.ownAgency(kindsOf(powers)));
            }
        }
    }

    private void unallocated(Power power) {
        add(AllocationIssue.UNALLOCATED, List.of(power.code()), List.of(), ofPower(power).put("kind",
                power.kind()), AllocationBases.OPINIONS);
    }

    private void checkPower(Power power, PowerAllocations allocated) {
        List<PostId> handlers = allocated.handlers;
        if (handlers.isEmpty()) {
            add(AllocationIssue.NO_HANDLER, List.of(power.code()),
                    allocated.allocations.stream().map(Allocation::post).distinct().collect(Collectors.toList()),
                    ofPower(power), AllocationBases.OPINIONS);
        } else if (handlers.size() > 1 && allocated.leads != 1) {
            add(AllocationIssue.SPLIT_WITHOUT_LEAD, List.of(power.code()), handlers, ofPower(power)
                    .put("postLabels", postLabels(handlers)).put("leads", allocated.leads), AllocationBases.OPINIONS);
        }
        allocated.handleAndApprove.forEach(post -> handlerApproves(power, post));
        allocated.handleAndReview.forEach(post -> handlerReviews(power, post, false));
        allocated.handleAndLegallyReview.forEach(post -> handlerReviews(power, post, true));
        for (PostId post : handlers) {
            handled.computeIfAbsent(post, k -> new LinkedHashMap<>(4))
                    .computeIfAbsent(power.enforcementArea(), k -> new ArrayList<>()).add(power);
        }
        if (!allocated.approved && NEED_APPROVER.contains(power.kind())) {
            add(AllocationIssue.NO_APPROVER, List.of(power.code()), List.of(), ofPower(power).put("kind",
                    power.kind()), AllocationBases.approver(power.kind()));
        }
    }

    /** One post that handles a power must not also approve it (审查与决定分离). */
    private void handlerApproves(Power power, PostId post) {
        add(AllocationIssue.HANDLER_ALSO_APPROVES, List.of(power.code()), List.of(post), ofPower(power)
                .put("postLabel", postLabel(post)), AllocationBases.separation(EnumSet.of(power.kind())));
    }

    /** One post that handles a power must not review its own work. */
    private void handlerReviews(Power power, PostId post, boolean legal) {
        add(AllocationIssue.HANDLER_ALSO_REVIEWS, List.of(power.code()), List.of(post), ofPower(power)
                .put("postLabel", postLabel(post)).put("role", legal ? PostRole.LEGAL_REVIEWER : PostRole.REVIEWER),
                AllocationBases.selfReview(EnumSet.of(power.kind())));
    }

    /** A handling post needs certified officers (持证上岗), two for penalties and coercive measures. */
    private void checkStaffing(PostId post, String area, List<Power> powers) {
        int certified = organization.countCertifiedAt(post, area, date, 2);
        if (certified == 2) {
            return;
        }
        if (certified == 0) {
            List<Certification> answers = new ArrayList<>();
            List<OfficerId> officers = new ArrayList<>();
            organization.officersAt(post).forEach(o -> {
                answers.add(organization.certification(o.id(), area, date));
                officers.add(o.id());
            });
            List<PowerCode> codes = powers.stream().map(Power::code).collect(Collectors.toList());
            findings.add(new AllocationFinding(AllocationIssue.NO_CERTIFIED_OFFICER, codes, List.of(post), officers,
                    ofStaffing(post, area).put("certifications", answers).build(),
                    AllocationBases.certified(kindsOfPowers(powers))));
            return;
        }
        List<Power> needTwo = new ArrayList<>();
        for (Power power : powers) {
            if (NEED_APPROVER.contains(power.kind())) {
                needTwo.add(power);
            }
        }
        if (!needTwo.isEmpty()) {
            List<PowerCode> codes = needTwo.stream().map(Power::code).collect(Collectors.toList());
            add(AllocationIssue.FEWER_THAN_TWO_CERTIFIED, codes, List.of(post), ofStaffing(post, area),
                    AllocationBases.twoOfficers(kindsOfPowers(needTwo)));
        }
    }

    private void add(AllocationIssue issue, List<PowerCode> powers, List<PostId> posts, Parameters.Builder details,
            LegalBasis basis) {
        findings.add(AllocationFinding.of(issue, powers, posts, details.build(), basis));
    }

    private static Parameters.Builder details() {
        return Parameters.builder();
    }

    private static Parameters.Builder ofPower(Power power) {
        return details().put("powerName", power.name());
    }

    private Parameters.Builder ofStaffing(PostId post, String area) {
        return details().put("postLabel", postLabel(post)).put("area", area).put("date", date);
    }

    private Set<PowerKind> kindsOf(List<PowerCode> codes) {
        Set<PowerKind> kinds = EnumSet.noneOf(PowerKind.class);
        codes.forEach(code -> catalogue.find(code).ifPresent(p -> kinds.add(p.kind())));
        return kinds;
    }

    private static Set<PowerKind> kindsOfPowers(List<Power> powers) {
        Set<PowerKind> kinds = EnumSet.noneOf(PowerKind.class);
        powers.forEach(p -> kinds.add(p.kind()));
        return kinds;
    }

    private String postLabel(PostId post) {
        return organization.findPost(post).map(Post::label).orElse(post.toString());
    }

    private List<String> postLabels(List<PostId> posts) {
        return posts.stream().map(this::postLabel).collect(Collectors.toList());
    }
}
