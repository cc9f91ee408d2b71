package io.github.quanze.allocation;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.CATALOGUE;
import static io.github.quanze.testing.Fixtures.CODE_INSPECTION;
import static io.github.quanze.testing.Fixtures.DATE_2024_06_01;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Check;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;

class AllocationRulesTest {

    private static final AllocationContext CONTEXT = AllocationContext.of(CATALOGUE, ORGANIZATION,
            AllocationTable.builder(AGENCY_CITY).add(Allocation.leadHandler(CODE_INSPECTION, POST_INSPECTOR)).build(),
            DATE_2024_06_01);

    @Example
    void defaults_areOneCheckPerIssueWithItsCodeAndBasis() {
        assertThat(AllocationRules.defaults()).extracting(c -> c.ref().id().value())
                .containsExactly(Arrays.stream(AllocationIssue.values())
                        .filter(issue -> issue != AllocationIssue.CHECK_FAILED).map(AllocationIssue::code)
                        .toArray(String[]::new));
        assertThatIllegalArgumentException().isThrownBy(() -> AllocationRules.check(AllocationIssue.CHECK_FAILED))
                .withMessage("Issue CHECK_FAILED has no built-in check: it reports a check that failed while the audit "
                        + "ran");
        assertThat(AllocationRules.check(AllocationIssue.NO_APPROVER).ref().basis().toString())
                .contains("第五十七条第一款").contains("《中华人民共和国行政强制法》第十八条第（一）项");
    }

    @Example
    void run_withSomeChecksLeftOut_reportsOnlyTheRest() {
        AllocationReport all = AllocationAudit.run(CONTEXT, AllocationRules.defaults());
        assertThat(all.findings(AllocationIssue.UNALLOCATED)).hasSize(3);
        List<Check<AllocationContext, AllocationFinding>> some = new ArrayList<>(AllocationRules.defaults());
        some.remove(AllocationRules.defaults().get(AllocationIssue.UNALLOCATED.ordinal()));
        AllocationReport fewer = AllocationAudit.run(CONTEXT, some);
        assertThat(fewer.findings(AllocationIssue.UNALLOCATED)).isEmpty();
        assertThat(fewer.findings()).hasSize(all.findings().size() - 3);
        assertThat(AllocationAudit.run(CATALOGUE, ORGANIZATION, CONTEXT.table(), DATE_2024_06_01)).isEqualTo(all);
    }

    @Example
    void run_withAnAgencysOwnCheck_addsItsFindings() {
        Check<AllocationContext, AllocationFinding> ownRule = new Check<>() {
            @Override
            public RuleRef ref() {
                return RuleRef.of("LOCAL.LICENCE_POST", BilingualText.of("许可职权须由许可岗承办",
                        "licences are handled by the licence post"),
                        LegalBasis.of(Provision.wholeOf(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS)));
            }

            @Override
            public List<AllocationFinding> check(AllocationContext context) {
                return context.table().forPost(POST_INSPECTOR).isEmpty() ? List.of()
                        : List.of(AllocationFinding.of(AllocationIssue.SPLIT_WITHOUT_LEAD, List.of(CODE_INSPECTION),
                                List.of(POST_INSPECTOR), Parameters.builder().put("powerName", "本地检查")
                                        .put("postLabels", List.of("本地岗位")).put("leads", 0).build(),
                                (LegalBasis) ref().basis()));
            }
        };
        List<Check<AllocationContext, AllocationFinding>> checks = new ArrayList<>(AllocationRules.defaults());
        checks.add(ownRule);
        AllocationReport report = AllocationAudit.run(CONTEXT, checks);
        assertThat(report.findings()).filteredOn(f -> f.parameters().has("powerName")
                && f.parameters().text("powerName").equals("本地检查")).singleElement().satisfies(f -> {
                    assertThat(f.issue()).isEqualTo(AllocationIssue.SPLIT_WITHOUT_LEAD);
                    assertThat(f.posts()).containsExactly(POST_INSPECTOR);
                    assertThat(f.message().zh()).contains("本地岗位", "未确定主办岗位");
                });
        checks.add(AllocationRules.check(AllocationIssue.UNALLOCATED));
        assertThatIllegalArgumentException().isThrownBy(() -> AllocationAudit.run(CONTEXT, checks))
                .withMessage("Rule set '职权分解检查' has duplicate rule id 'ALLOCATION.UNALLOCATED'");
    }

    @Example
    void run_withACheckThatThrows_reportsItAsAnErrorAndKeepsTheOtherFindings() {
        Check<AllocationContext, AllocationFinding> broken = new Check<>() {
            @Override
            public RuleRef ref() {
                return RuleRef.of("LOCAL.BROKEN", BilingualText.of("本地规则", "local rule"),
                        LegalBasis.of(Provision.wholeOf(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS)));
            }

            @Override
            public List<AllocationFinding> check(AllocationContext context) {
                throw new IllegalStateException("no data source");
            }
        };
        List<Check<AllocationContext, AllocationFinding>> checks = new ArrayList<>(AllocationRules.defaults());
        checks.add(broken);
        AllocationReport report = AllocationAudit.run(CONTEXT, checks);
        AllocationReport without = AllocationAudit.run(CONTEXT, AllocationRules.defaults());
        assertThat(report.findings(AllocationIssue.CHECK_FAILED)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.code()).isEqualTo("ALLOCATION.CHECK_FAILED");
            assertThat(f.parameters().text("check")).isEqualTo("LOCAL.BROKEN");
            assertThat(f.parameters().text("error")).isEqualTo("java.lang.IllegalStateException: no data source");
            assertThat(f.message()).isEqualTo(BilingualText.of(
                    "检查 LOCAL.BROKEN「本地规则」执行失败（java.lang.IllegalStateException: no data source），"
                            + "本报告缺少该项检查的结果，应当修正后重新检查",
                    "Check LOCAL.BROKEN (local rule) failed (java.lang.IllegalStateException: no data source); this "
                            + "report lacks its findings, so run the audit again once the check is fixed"));
            assertThat(f.basis()).isEqualTo(broken.ref().basis());
            assertThat(f.powers()).isEmpty();
        });
        assertThat(report.findings()).hasSize(without.findings().size() + 1).containsAll(without.findings());
        assertThat(report.hasErrors()).isTrue();
    }

    @Example
    void ruleIds_areStable() {
        assertThat(AllocationRules.check(AllocationIssue.FOREIGN_POST).ref().id())
                .isEqualTo(RuleId.of("ALLOCATION.FOREIGN_POST"));
    }

    @Example
    void check_returnsFindingsNoCallerCanChange() {
        AllocationContext context = AllocationContext.of(CATALOGUE, ORGANIZATION, CONTEXT.table(), DATE_2024_06_01);
        AllocationReport before = AllocationAudit.run(context, AllocationRules.defaults());
        assertThat(before.findings()).isNotEmpty();
        for (Check<AllocationContext, AllocationFinding> check : AllocationRules.defaults()) {
            List<AllocationFinding> found = check.check(context);
            assertThatExceptionOfType(UnsupportedOperationException.class).as("%s", check).isThrownBy(found::clear);
            assertThatExceptionOfType(UnsupportedOperationException.class).as("%s", check)
                    .isThrownBy(() -> found.add(before.findings().get(0)));
        }
        assertThat(AllocationAudit.run(context, AllocationRules.defaults())).isEqualTo(before);
    }
}
