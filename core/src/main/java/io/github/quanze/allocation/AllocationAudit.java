package io.github.quanze.allocation;

import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_COERCION;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_PENALTY;

import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.LegalBasis;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The allocation audit (职权分解检查): checks an agency's allocation table against its power catalogue and its
 * organization on a day.
 * <p>
 * The audit finds, as {@link AllocationFinding}s:
 * <ul>
 *   <li>{@link AllocationIssue#UNALLOCATED}: a power of the catalogue with no allocation at all (遗漏);</li>
 *   <li>{@link AllocationIssue#NO_HANDLER}: a power allocated only for review or approval;</li>
 *   <li>{@link AllocationIssue#SPLIT_WITHOUT_LEAD}: several handling posts and not exactly one lead (交叉重复);</li>
 *   <li>{@link AllocationIssue#HANDLER_ALSO_APPROVES}: one post investigates and decides (审查与决定分离);</li>
 *   <li>{@link AllocationIssue#HANDLER_ALSO_REVIEWS}: one post reviews its own handling;</li>
 *   <li>{@link AllocationIssue#NO_APPROVER}: a penalty or coercive power with no approving post;</li>
 *   <li>{@link AllocationIssue#NO_CERTIFIED_OFFICER}: a handling post with no officer certified, on the audit day,
 *       for the enforcement area of its powers;</li>
 *   <li>{@link AllocationIssue#FEWER_THAN_TWO_CERTIFIED}: a post handling penalties or coercive measures with a
 *       single certified officer, where the statutes require two;</li>
 *   <li>{@link AllocationIssue#FOREIGN_POST}, {@link AllocationIssue#UNKNOWN_POWER},
 *       {@link AllocationIssue#UNKNOWN_POST}: allocations that point outside the agency, the catalogue or the
 *       organization.</li>
 * </ul>
 * The audit reads only its arguments and the day given; it holds no state and may run on many threads at once.
 * Its cost grows linearly with the number of powers, allocations and officers.
 */
public final class AllocationAudit {

    private static final Set<PowerKind> NEED_APPROVER = EnumSet.of(ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_COERCION);
    private static final int OFFICERS_SHOWN = 5;

    private final PowerCatalogue catalogue;
    private final Organization organization;
    private final AllocationTable table;
    private final LocalDate date;
    private final List<AllocationFinding> findings = new ArrayList<>();

    private AllocationAudit(PowerCatalogue catalogue, Organization organization, AllocationTable table,
            LocalDate date) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.organization = Objects.requireNonNull(organization, "organization");
        this.table = Objects.requireNonNull(table, "table");
        this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * Audits an allocation table on a day.
     *
     * @param catalogue  the agency's power catalogue, not null
     * @param organization  the organization holding the agency's posts and officers, not null
     * @param table  the agency's allocation table, not null
     * @param date  the day to audit, against which certificates are checked, not null
     * @return the report, not null
     */
    public static AllocationReport run(PowerCatalogue catalogue, Organization organization, AllocationTable table,
            LocalDate date) {
        AllocationAudit audit = new AllocationAudit(catalogue, organization, table, date);
        audit.checkReferences();
        catalogue.powers().forEach(audit::checkPower);
        audit.checkCertification();
        return new AllocationReport(date, audit.findings);
    }

    private void checkReferences() {
        Map<PowerCode, Set<PostId>> unknownPowers = new TreeMap<>();
        Map<PostId, Set<PowerCode>> byPost = new TreeMap<>();
        for (Allocation allocation : table.allocations()) {
            if (!catalogue.contains(allocation.power())) {
                unknownPowers.computeIfAbsent(allocation.power(), k -> new TreeSet<>()).add(allocation.post());
            }
            byPost.computeIfAbsent(allocation.post(), k -> new TreeSet<>()).add(allocation.power());
        }
        unknownPowers.forEach((power, posts) -> add(AllocationIssue.UNKNOWN_POWER, List.of(power), posts,
                BilingualText.of(
                        "职权分解表分解了权责清单「" + catalogue.name() + "」中没有的职权 " + power + "（岗位："
                                + posts.stream().map(this::postLabel).collect(Collectors.joining("、")) + "）",
                        "The table allocates power " + power + ", which catalogue '" + catalogue.name()
                                + "' does not hold (posts: " + join(posts) + ")"),
                AllocationBases.OPINIONS));
        byPost.forEach((post, powers) -> {
            if (organization.findPost(post).isEmpty()) {
                add(AllocationIssue.UNKNOWN_POST, powers, List.of(post), BilingualText.of(
                        "岗位 " + post + " 不在机构设置中，却分解了 " + powers.size() + " 项职权（" + join(powers) + "）",
                        "Post " + post + " is not in the organization but is allocated " + powers.size()
                                + " powers (" + join(powers) + ")"),
                        AllocationBases.OPINIONS);
            } else if (!organization.agencyOf(post).equals(table.agency())) {
                add(AllocationIssue.FOREIGN_POST, powers, List.of(post), BilingualText.of(
                        "岗位" + postLabel(post) + "属于执法主体 " + organization.agencyOf(post) + "，不属于本主体 "
                                + table.agency() + "，却分解了职权 " + join(powers),
                        "Post " + post + " belongs to agency " + organization.agencyOf(post) + ", not "
                                + table.agency() + ", but is allocated " + join(powers)),
                        AllocationBases.ownAgency(kindsOf(powers)));
            }
        });
    }

    private void checkPower(Power power) {
        List<Allocation> allocations = table.forPower(power.code());
        if (allocations.isEmpty()) {
            add(AllocationIssue.UNALLOCATED, List.of(power.code()), List.of(), BilingualText.of(
                    "职权" + power.label() + "（" + power.kind().label().zh() + "）未分解到任何岗位",
                    "Power " + power.code() + " (" + power.name() + ", " + power.kind().label().en()
                            + ") is not allocated to any post"),
                    AllocationBases.OPINIONS);
            return;
        }
        Map<PostId, Set<PostRole>> roles = new TreeMap<>();
        List<PostId> handlers = new ArrayList<>();
        int leads = 0;
        for (Allocation allocation : allocations) {
            roles.computeIfAbsent(allocation.post(), k -> EnumSet.noneOf(PostRole.class)).add(allocation.role());
            if (allocation.role() == PostRole.HANDLER) {
                handlers.add(allocation.post());
                leads += allocation.lead() ? 1 : 0;
            }
        }
        Set<PowerKind> kind = EnumSet.of(power.kind());
        if (handlers.isEmpty()) {
            add(AllocationIssue.NO_HANDLER, List.of(power.code()), roles.keySet(), BilingualText.of(
                    "职权" + power.label() + "已分解但没有承办岗位，仅有审核或者批准岗位",
                    "Power " + power.code() + " is allocated for review or approval only; no post handles it"),
                    AllocationBases.OPINIONS);
        } else if (handlers.size() > 1 && leads != 1) {
            add(AllocationIssue.SPLIT_WITHOUT_LEAD, List.of(power.code()), handlers, BilingualText.of(
                    "职权" + power.label() + "由 " + handlers.size() + " 个岗位承办（" + postLabels(handlers) + "），"
                            + (leads == 0 ? "未确定主办岗位" : "确定了 " + leads + " 个主办岗位") + "，职责交叉重复",
                    "Power " + power.code() + " is handled by " + handlers.size() + " posts (" + join(handlers)
                            + ") with " + (leads == 0 ? "no lead" : leads + " leads") + "; duties overlap"),
                    AllocationBases.OPINIONS);
        }
        roles.forEach((post, held) -> {
            if (held.contains(PostRole.HANDLER) && held.contains(PostRole.APPROVER)) {
                add(AllocationIssue.HANDLER_ALSO_APPROVES, List.of(power.code()), List.of(post), BilingualText.of(
                        "岗位" + postLabel(post) + "对职权" + power.label() + "既承办（调查）又批准（决定），"
                                + "违反审查与决定分离、权力制衡",
                        "Post " + post + " both handles (investigates) and approves (decides) power " + power.code()
                                + "; investigation and decision must be separate"),
                        AllocationBases.separation(kind));
            }
            if (held.contains(PostRole.HANDLER)
                    && (held.contains(PostRole.REVIEWER) || held.contains(PostRole.LEGAL_REVIEWER))) {
                String role = held.contains(PostRole.LEGAL_REVIEWER) ? "法制审核" : "审核";
                String roleEn = held.contains(PostRole.LEGAL_REVIEWER) ? "legally reviews" : "reviews";
                add(AllocationIssue.HANDLER_ALSO_REVIEWS, List.of(power.code()), List.of(post), BilingualText.of(
                        "岗位" + postLabel(post) + "对职权" + power.label() + "既承办又" + role + "，自己审核自己",
                        "Post " + post + " both handles and " + roleEn + " power " + power.code()
                                + ", reviewing its own work"),
                        AllocationBases.selfReview(kind));
            }
        });
        if (NEED_APPROVER.contains(power.kind())
                && allocations.stream().noneMatch(a -> a.role() == PostRole.APPROVER)) {
            add(AllocationIssue.NO_APPROVER, List.of(power.code()), List.of(), BilingualText.of(
                    "职权" + power.label() + "属于" + power.kind().label().zh() + "，但没有分解负责人批准岗位",
                    "Power " + power.code() + " is an " + power.kind().label().en()
                            + " power but no post approves it"),
                    AllocationBases.approver(power.kind()));
        }
    }

    private void checkCertification() {
        // post -> enforcement area -> powers the post handles in that area
        Map<PostId, Map<String, List<Power>>> handled = new TreeMap<>();
        for (Allocation allocation : table.allocations()) {
            if (allocation.role() != PostRole.HANDLER || organization.findPost(allocation.post()).isEmpty()
                    || !organization.agencyOf(allocation.post()).equals(table.agency())) {
                continue;
            }
            catalogue.find(allocation.power()).ifPresent(power -> handled
                    .computeIfAbsent(allocation.post(), k -> new TreeMap<>())
                    .computeIfAbsent(power.enforcementArea(), k -> new ArrayList<>())
                    .add(power));
        }
        Map<String, Map<OfficerId, Certification>> cache = new HashMap<>();
        handled.forEach((post, byArea) -> byArea.forEach((area, powers) -> {
            Map<OfficerId, Certification> answers = cache.computeIfAbsent(area, k -> new HashMap<>());
            List<Certification> certifications = organization.officersAt(post).stream()
                    .map(officer -> answers.computeIfAbsent(officer.id(),
                            id -> organization.certification(id, area, date)))
                    .collect(Collectors.toList());
            long certified = certifications.stream().filter(Certification::isCertified).count();
            List<PowerCode> codes = powers.stream().map(Power::code).collect(Collectors.toList());
            if (certified == 0) {
                add(AllocationIssue.NO_CERTIFIED_OFFICER, codes, List.of(post), noCertifiedOfficer(post, area,
                        codes, certifications), AllocationBases.certified(kindsOfPowers(powers)));
                return;
            }
            List<Power> needTwo = powers.stream().filter(p -> NEED_APPROVER.contains(p.kind()))
                    .collect(Collectors.toList());
            if (certified == 1 && !needTwo.isEmpty()) {
                List<PowerCode> needTwoCodes = needTwo.stream().map(Power::code).collect(Collectors.toList());
                add(AllocationIssue.FEWER_THAN_TWO_CERTIFIED, needTwoCodes, List.of(post), BilingualText.of(
                        "岗位" + postLabel(post) + "承办 " + needTwo.size() + " 项处罚或者强制职权（执法领域：" + area
                                + "），在 " + date + " 只有 1 名持证执法人员，执法人员不得少于两人",
                        "Post " + post + " handles " + needTwo.size() + " penalty or coercive powers (area: " + area
                                + ") with only one certified officer on " + date + "; at least two are required"),
                        AllocationBases.twoOfficers(kindsOfPowers(needTwo)));
            }
        }));
    }

    private BilingualText noCertifiedOfficer(PostId post, String area, List<PowerCode> powers,
            List<Certification> certifications) {
        String why;
        String whyEn;
        if (certifications.isEmpty()) {
            why = "岗位无人在岗";
            whyEn = "the post is vacant";
        } else {
            why = certifications.stream().limit(OFFICERS_SHOWN)
                    .map(c -> c.officer() + " " + c.credentialNumber().map(n -> n + " ").orElse("")
                            + c.outcome().label().zh())
                    .collect(Collectors.joining("；"))
                    + (certifications.size() > OFFICERS_SHOWN ? "等 " + certifications.size() + " 人" : "");
            whyEn = certifications.stream().limit(OFFICERS_SHOWN)
                    .map(c -> c.officer() + " " + c.credentialNumber().map(n -> n + " ").orElse("")
                            + c.outcome().label().en())
                    .collect(Collectors.joining("; "))
                    + (certifications.size() > OFFICERS_SHOWN ? " and others, " + certifications.size() + " in all"
                            : "");
        }
        return BilingualText.of(
                "岗位" + postLabel(post) + "承办 " + powers.size() + " 项职权（执法领域：" + area + "），在 " + date
                        + " 没有持有效执法证的执法人员：" + why,
                "Post " + post + " handles " + powers.size() + " powers (area: " + area + ") but has no certified "
                        + "officer on " + date + ": " + whyEn);
    }

    private void add(AllocationIssue issue, Iterable<PowerCode> powers, Iterable<PostId> posts,
            BilingualText message, LegalBasis basis) {
        List<PowerCode> powerList = new ArrayList<>();
        powers.forEach(powerList::add);
        List<PostId> postList = new ArrayList<>();
        posts.forEach(postList::add);
        findings.add(new AllocationFinding(issue, powerList, postList, message, basis));
    }

    private Set<PowerKind> kindsOf(Set<PowerCode> codes) {
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

    private String postLabels(List<PostId> posts) {
        return posts.stream().map(this::postLabel).collect(Collectors.joining("、"));
    }

    private static String join(Iterable<?> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.toString()));
        return String.join(", ", out);
    }
}
