package io.github.quanze.allocation;

import static io.github.quanze.testing.Rendering.assertRendered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.testkit.text.TextArbitraries;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The wording of allocation findings: exact sentences for several issues, and every issue rendered from data. */
class AllocationMessagesTest {

    private static final LegalBasis BASIS = LegalBasis.of(Provision.wholeOf(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS));
    private static final PowerCode PENALTY = PowerCode.of("CF-002");
    private static final PostId INSPECTOR = PostId.of("JC");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Example
    void unallocated_namesThePowerAndItsKind() {
        AllocationFinding f = AllocationFinding.of(AllocationIssue.UNALLOCATED, List.of(PENALTY), List.of(),
                Parameters.builder().put("powerName", "对无准运证运输烟草专卖品的处罚")
                        .put("kind", PowerKind.ADMINISTRATIVE_PENALTY).build(), BASIS);
        assertThat(f.message()).isEqualTo(BilingualText.of("职权CF-002「对无准运证运输烟草专卖品的处罚」（行政处罚）未分解到任何岗位",
                "Power CF-002 (对无准运证运输烟草专卖品的处罚, administrative penalty) is not allocated to any post"));
    }

    @Example
    void splitWithLeads_countsTheLeads() {
        AllocationFinding f = AllocationFinding.of(AllocationIssue.SPLIT_WITHOUT_LEAD, List.of(PENALTY),
                List.of(INSPECTOR, PostId.of("XK")), Parameters.builder().put("powerName", "对无证运输的处罚")
                        .put("postLabels", List.of("JC「稽查岗」", "XK")).put("leads", 2).build(), BASIS);
        assertThat(f.message()).isEqualTo(BilingualText.of(
                "职权CF-002「对无证运输的处罚」由 2 个岗位承办（JC「稽查岗」、XK），确定了 2 个主办岗位，职责交叉重复",
                "Power CF-002 (对无证运输的处罚) is handled by 2 posts (JC「稽查岗」, XK) with 2 leads; duties overlap"));
    }

    @Example
    void handlerAlsoReviews_saysWhichReview() {
        Parameters.Builder details = Parameters.builder().put("powerName", "对无证运输的处罚").put("postLabel", "JC「稽查岗」");
        AllocationFinding legal = AllocationFinding.of(AllocationIssue.HANDLER_ALSO_REVIEWS, List.of(PENALTY),
                List.of(INSPECTOR), details.put("role", PostRole.LEGAL_REVIEWER).build(), BASIS);
        assertThat(legal.message()).isEqualTo(BilingualText.of(
                "岗位JC「稽查岗」对职权CF-002「对无证运输的处罚」既承办又法制审核，自己审核自己",
                "Post JC「稽查岗」 both handles and legally reviews power CF-002 (对无证运输的处罚), reviewing its own work"));
        AllocationFinding plain = AllocationFinding.of(AllocationIssue.HANDLER_ALSO_REVIEWS, List.of(PENALTY),
                List.of(INSPECTOR), Parameters.builder().put("powerName", "对无证运输的处罚").put("postLabel", "JC「稽查岗」")
                        .put("role", PostRole.REVIEWER).build(), BASIS);
        assertThat(plain.message().zh()).isEqualTo("岗位JC「稽查岗」对职权CF-002「对无证运输的处罚」既承办又审核，自己审核自己");
        assertThat(plain.compareTo(legal)).as("审核 sorts before 法制审核, as the sentences do").isNegative();
    }

    @Example
    void noCertifiedOfficer_listsFiveOfficersThenTheNumber() {
        List<Certification> answers = IntStream.rangeClosed(1, 6).mapToObj(i -> new Certification(
                OfficerId.of("O-" + i), "烟草专卖", DAY, i == 1 ? CertificationOutcome.NO_CREDENTIAL
                        : CertificationOutcome.EXPIRED, i == 1 ? Optional.empty() : Optional.of("ZF-" + i)))
                .collect(Collectors.toList());
        AllocationFinding f = new AllocationFinding(AllocationIssue.NO_CERTIFIED_OFFICER, List.of(PENALTY),
                List.of(INSPECTOR), answers.stream().map(Certification::officer).collect(Collectors.toList()),
                staffing().put("certifications", answers).build(), BASIS);
        assertThat(f.message()).isEqualTo(BilingualText.of(
                "岗位JC「稽查岗」承办 1 项职权（执法领域：烟草专卖），在 2026-06-30 没有持有效执法证的执法人员：O-1 未取得执法证；"
                        + "O-2 ZF-2 执法证已过有效期；O-3 ZF-3 执法证已过有效期；O-4 ZF-4 执法证已过有效期；O-5 ZF-5 执法证已过有效期"
                        + "等 6 人",
                "Post JC「稽查岗」 handles 1 power (area: 烟草专卖) but has no certified officer on 2026-06-30: O-1 holds no "
                        + "enforcement certificate; O-2 ZF-2 certificate expired; O-3 ZF-3 certificate expired; O-4 ZF-4 "
                        + "certificate expired; O-5 ZF-5 certificate expired and others, 6 in all"));
        AllocationFinding vacant = AllocationFinding.of(AllocationIssue.NO_CERTIFIED_OFFICER, List.of(PENALTY),
                List.of(INSPECTOR), staffing().put("certifications", List.of()).build(), BASIS);
        assertThat(vacant.message().zh()).endsWith("没有持有效执法证的执法人员：岗位无人在岗");
        assertThat(vacant.message().en()).endsWith("no certified officer on 2026-06-30: the post is vacant");
    }

    @Example
    void unknownPost_listsFivePowersThenTheNumber() {
        List<PowerCode> powers = IntStream.rangeClosed(1, 7).mapToObj(i -> PowerCode.of("P-" + i))
                .collect(Collectors.toList());
        AllocationFinding f = AllocationFinding.of(AllocationIssue.UNKNOWN_POST, powers, List.of(PostId.of("GHOST")),
                Parameters.empty(), BASIS);
        assertThat(f.message()).isEqualTo(BilingualText.of(
                "岗位 GHOST 不在机构设置中，却分解了 7 项职权（P-1、P-2、P-3、P-4、P-5、等 7 项）",
                "Post GHOST is not in the organization but is allocated 7 powers (P-1, P-2, P-3, P-4, P-5, and others, "
                        + "7 in all)"));
    }

    @Example
    void aFindingWithoutTheDetailsOfItsIssue_isRejectedWhenMade() {
        assertThatIllegalArgumentException().isThrownBy(() -> AllocationFinding.of(AllocationIssue.UNALLOCATED,
                List.of(PENALTY), List.of(), Parameters.builder().put("powerName", "处罚").build(), BASIS))
                .withMessage("ALLOCATION.UNALLOCATED: parameter 'kind' is required, but absent; present: [powerName]");
        assertThatIllegalArgumentException().isThrownBy(() -> AllocationFinding.of(AllocationIssue.SPLIT_WITHOUT_LEAD,
                List.of(PENALTY), List.of(INSPECTOR), Parameters.builder().put("powerName", "处罚")
                        .put("postLabels", List.of("JC")).put("leads", "两个").build(), BASIS))
                .withMessage("ALLOCATION.SPLIT_WITHOUT_LEAD: Parameter 'leads' must be a whole number, but was a text "
                        + "'两个'");
        assertThatIllegalArgumentException().isThrownBy(() -> AllocationFinding.of(AllocationIssue.NO_HANDLER,
                List.of(PENALTY), List.of(INSPECTOR), Parameters.builder().put("powerName", "处罚")
                        .put("power", "CF-009").build(), BASIS))
                .withMessage("ALLOCATION.NO_HANDLER: parameter 'power' is not one of its parameters [powerName]");
        assertThatIllegalArgumentException().isThrownBy(() -> AllocationFinding.of(AllocationIssue.NO_HANDLER,
                List.of(), List.of(INSPECTOR), Parameters.builder().put("powerName", "处罚").build(), BASIS))
                .withMessage("Allocation finding 'ALLOCATION.NO_HANDLER' must name the power it concerns");
        assertThatIllegalArgumentException().isThrownBy(() -> AllocationFinding.of(AllocationIssue.NO_HANDLER,
                List.of(PENALTY), List.of(), Parameters.builder().put("powerName", "处罚").build(), BASIS))
                .withMessage("Allocation finding 'ALLOCATION.NO_HANDLER' must name the post it concerns");
    }

    @Property
    void everyIssue_rendersInBothLanguagesFromRandomData(@ForAll("findings") AllocationFinding finding) {
        assertRendered(finding.message());
        assertThat(finding.code()).isEqualTo("ALLOCATION." + finding.issue().name());
    }

    @Example
    void everyIssue_hasADetailSchema() {
        assertThat(AllocationMessages.SCHEMAS).containsOnlyKeys(AllocationIssue.values());
    }

    @Provide
    Arbitrary<AllocationFinding> findings() {
        Arbitrary<List<PowerCode>> powers = Arbitraries.integers().between(1, 999).map(i -> PowerCode.of("P-" + i))
                .list().ofMinSize(1).ofMaxSize(8).uniqueElements();
        Arbitrary<List<PostId>> posts = Arbitraries.integers().between(1, 99).map(i -> PostId.of("POST-" + i))
                .list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        return Arbitraries.of(AllocationIssue.class).flatMap(issue -> Combinators.combine(powers, posts,
                TextArbitraries.parameters(AllocationMessages.SCHEMAS.get(issue), Map.of("postLabels",
                        TextArbitraries.lines(), "certifications", TextArbitraries.certifications())))
                .as((p, q, details) -> new AllocationFinding(issue, p, q, officers(details), details, BASIS)));
    }

    private static List<OfficerId> officers(Parameters details) {
        List<OfficerId> officers = new ArrayList<>();
        if (details.has("certifications")) {
            details.list("certifications").forEach(c -> officers.add(((Certification) c).officer()));
        }
        return officers;
    }

    private static Parameters.Builder staffing() {
        return Parameters.builder().put("postLabel", "JC「稽查岗」").put("area", "烟草专卖").put("date", DAY);
    }
}
