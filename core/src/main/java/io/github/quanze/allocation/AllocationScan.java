package io.github.quanze.allocation;

import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_COERCION;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_PENALTY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.power.AgencyId;
import io.github.quanze.organization.Certification;
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
    private static final int SHOWN = 5;

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
        add(AllocationIssue.UNKNOWN_POWER, List.of(power), posts, BilingualText.of(
                "职权分解表分解了权责清单「" + catalogue.name() + "」中没有的职权 " + power + "（岗位："
                        + postLabels(posts) + "）",
                "The table allocates power " + power + ", which catalogue '" + catalogue.name()
                        + "' does not hold (posts: " + join(posts) + ")"),
                AllocationBases.OPINIONS);
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
            String shown = abbreviate(powers, "、", "等 " + powers.size() + " 项");
            String shownEn = abbreviate(powers, ", ", "and others, " + powers.size() + " in all");
            if (agency.isEmpty()) {
                add(AllocationIssue.UNKNOWN_POST, powers, List.of(post), BilingualText.of(
                        "岗位 " + post + " 不在机构设置中，却分解了 " + powers.size() + " 项职权（" + shown + "）",
                        "Post " + post + " is not in the organization but is allocated " + powers.size()
                                + " powers (" + shownEn + ")"),
                        AllocationBases.OPINIONS);
            } else {
                add(AllocationIssue.FOREIGN_POST, powers, List.of(post), BilingualText.of(
                        "岗位" + postLabel(post) + "属于执法主体 " + agency.get() + "，不属于本主体 " + table.agency()
                                + "，却分解了职权 " + shown,
                        "Post " + post + " belongs to agency " + agency.get() + ", not " + table.agency()
                                + ", but is allocated " + shownEn),
                        AllocationBases.ownAgency(kindsOf(powers)));
            }
        }
    }

    private void unallocated(Power power) {
        add(AllocationIssue.UNALLOCATED, List.of(power.code()), List.of(), BilingualText.of(
                "职权" + power.label() + "（" + power.kind().label().zh() + "）未分解到任何岗位",
                "Power " + power.code() + " (" + power.name() + ", " + power.kind().label().en()
                        + ") is not allocated to any post"),
                AllocationBases.OPINIONS);
    }

    private void checkPower(Power power, PowerAllocations allocated) {
        List<PostId> handlers = allocated.handlers;
        if (handlers.isEmpty()) {
            add(AllocationIssue.NO_HANDLER, List.of(power.code()),
                    allocated.allocations.stream().map(Allocation::post).distinct().collect(Collectors.toList()),
                    BilingualText.of("职权" + power.label() + "已分解但没有承办岗位，仅有审核或者批准岗位",
                            "Power " + power.code() + " is allocated for review or approval only; no post handles it"),
                    AllocationBases.OPINIONS);
        } else if (handlers.size() > 1 && allocated.leads != 1) {
            int leads = allocated.leads;
            add(AllocationIssue.SPLIT_WITHOUT_LEAD, List.of(power.code()), handlers, BilingualText.of(
                    "职权" + power.label() + "由 " + handlers.size() + " 个岗位承办（" + postLabels(handlers) + "），"
                            + (leads == 0 ? "未确定主办岗位" : "确定了 " + leads + " 个主办岗位") + "，职责交叉重复",
                    "Power " + power.code() + " is handled by " + handlers.size() + " posts (" + join(handlers)
                            + ") with " + (leads == 0 ? "no lead" : leads + " leads") + "; duties overlap"),
                    AllocationBases.OPINIONS);
        }
        allocated.handleAndApprove.forEach(post -> handlerApproves(power, post));
        allocated.handleAndReview.forEach(post -> handlerReviews(power, post, false));
        allocated.handleAndLegallyReview.forEach(post -> handlerReviews(power, post, true));
        for (PostId post : handlers) {
            handled.computeIfAbsent(post, k -> new LinkedHashMap<>(4))
                    .computeIfAbsent(power.enforcementArea(), k -> new ArrayList<>()).add(power);
        }
        if (!allocated.approved && NEED_APPROVER.contains(power.kind())) {
            add(AllocationIssue.NO_APPROVER, List.of(power.code()), List.of(), BilingualText.of(
                    "职权" + power.label() + "属于" + power.kind().label().zh() + "，但没有分解负责人批准岗位",
                    "Power " + power.code() + " is an " + power.kind().label().en()
                            + " power but no post approves it"),
                    AllocationBases.approver(power.kind()));
        }
    }

    /** One post that handles a power must not also approve it (审查与决定分离). */
    private void handlerApproves(Power power, PostId post) {
        add(AllocationIssue.HANDLER_ALSO_APPROVES, List.of(power.code()), List.of(post), BilingualText.of(
                "岗位" + postLabel(post) + "对职权" + power.label() + "既承办（调查）又批准（决定），"
                        + "违反审查与决定分离、权力制衡",
                "Post " + post + " both handles (investigates) and approves (decides) power " + power.code()
                        + "; investigation and decision must be separate"),
                AllocationBases.separation(EnumSet.of(power.kind())));
    }

    /** One post that handles a power must not review its own work. */
    private void handlerReviews(Power power, PostId post, boolean legal) {
        add(AllocationIssue.HANDLER_ALSO_REVIEWS, List.of(power.code()), List.of(post), BilingualText.of(
                "岗位" + postLabel(post) + "对职权" + power.label() + "既承办又" + (legal ? "法制审核" : "审核")
                        + "，自己审核自己",
                "Post " + post + " both handles and " + (legal ? "legally reviews" : "reviews") + " power "
                        + power.code() + ", reviewing its own work"),
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
            organization.officersAt(post).forEach(o -> answers.add(organization.certification(o.id(), area, date)));
            List<PowerCode> codes = powers.stream().map(Power::code).collect(Collectors.toList());
            add(AllocationIssue.NO_CERTIFIED_OFFICER, codes, List.of(post), noCertifiedOfficer(post, area, codes,
                    answers), AllocationBases.certified(kindsOfPowers(powers)));
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
            add(AllocationIssue.FEWER_THAN_TWO_CERTIFIED, codes, List.of(post), BilingualText.of(
                    "岗位" + postLabel(post) + "承办 " + needTwo.size() + " 项处罚或者强制职权（执法领域：" + area
                            + "），在 " + date + " 只有 1 名持证执法人员，执法人员不得少于两人",
                    "Post " + post + " handles " + needTwo.size() + " penalty or coercive powers (area: " + area
                            + ") with only one certified officer on " + date + "; at least two are required"),
                    AllocationBases.twoOfficers(kindsOfPowers(needTwo)));
        }
    }

    private BilingualText noCertifiedOfficer(PostId post, String area, List<PowerCode> powers,
            List<Certification> certifications) {
        String why;
        String whyEn;
        if (certifications.isEmpty()) {
            why = "岗位无人在岗";
            whyEn = "the post is vacant";
        } else {
            why = certifications.stream().limit(SHOWN)
                    .map(c -> c.officer() + " " + c.credentialNumber().map(n -> n + " ").orElse("")
                            + c.outcome().label().zh())
                    .collect(Collectors.joining("；"))
                    + (certifications.size() > SHOWN ? "等 " + certifications.size() + " 人" : "");
            whyEn = certifications.stream().limit(SHOWN)
                    .map(c -> c.officer() + " " + c.credentialNumber().map(n -> n + " ").orElse("")
                            + c.outcome().label().en())
                    .collect(Collectors.joining("; "))
                    + (certifications.size() > SHOWN ? " and others, " + certifications.size() + " in all"
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

    private String postLabels(List<PostId> posts) {
        return posts.stream().map(this::postLabel).collect(Collectors.joining("、"));
    }

    /** Lists up to {@value #SHOWN} codes, then says how many there are in all. */
    private static String abbreviate(List<PowerCode> codes, String separator, String more) {
        String shown = codes.stream().sorted().limit(SHOWN).map(PowerCode::toString)
                .collect(Collectors.joining(separator));
        return codes.size() > SHOWN ? shown + separator + more : shown;
    }

    private static String join(Iterable<?> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.toString()));
        return String.join(", ", out);
    }
}
