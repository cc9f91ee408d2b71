package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Severity;
import io.github.quanze.testing.Rendering;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The wording of the time-limit package, pinned in both languages, and a text for every finding. */
class TimeLimitMessagesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_LICENSING_LAW, 42,
            1));
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    private static TimeLimitFinding finding(TimeLimitFinding.Issue issue, Parameters details) {
        return new TimeLimitFinding(issue, details, BASIS);
    }

    @Example
    void findings_renderTheirDetails() {
        assertThat(finding(TimeLimitFinding.Issue.INTERRUPTION_AFTER_EXPIRY, Parameters.builder()
                .put("expired", DAY).put("interruptedOn", LocalDate.of(2026, 6, 1)).put("reason", BilingualText.of("重新起算", "restarted")).build())
                .message()).isEqualTo(BilingualText.of("期限已于2026-03-12届满，2026-06-01的中断（重新起算）不能使其重新计算",
                        "the limit ran out on 2026-03-12; the interruption on 2026-06-01 (restarted) cannot restart it"));
        Parameters unapproved = Parameters.builder().put("amount", 1).put("unit", PeriodUnit.WORKING_DAYS).build();
        assertThat(finding(TimeLimitFinding.Issue.EXTENSION_WITHOUT_APPROVAL, unapproved).message())
                .isEqualTo(BilingualText.of("期限延长1个工作日未经批准", "extension by 1 working day was not approved"));
        assertThat(finding(TimeLimitFinding.Issue.EXTENSION_WITHOUT_APPROVAL, Parameters.builder()
                .putAll(unapproved).put("approver", "本行政机关负责人").build()).message())
                .isEqualTo(BilingualText.of("期限延长1个工作日未经批准（应当经本行政机关负责人批准）",
                        "extension by 1 working day was not approved (本行政机关负责人 must approve it)"));
        assertThat(finding(TimeLimitFinding.Issue.EXTENSION_AFTER_EXPIRY, Parameters.builder()
                .put("approvedOn", LocalDate.of(2026, 4, 15)).put("expired", LocalDate.of(2026, 4, 14)).build())
                .message()).isEqualTo(BilingualText.of("延长于2026-04-15批准，期限已于2026-04-14届满",
                        "extension approved on 2026-04-15, after the limit ran out on 2026-04-14"));
        assertThat(finding(TimeLimitFinding.Issue.EXTENSION_NOT_PROVIDED, Parameters.empty()).message())
                .isEqualTo(BilingualText.of("该期限的规定未设延长，延长须有其他法律、法规、规章依据",
                        "the provision sets no extension; another law, regulation or rule must allow it"));
        assertThat(finding(TimeLimitFinding.Issue.EXTENSION_OVER_CAP, Parameters.builder().put("total", 40)
                .put("cap", 30).put("unit", PeriodUnit.DAYS).build()).message())
                .isEqualTo(BilingualText.of("延长共40日，超过法定上限30日",
                        "extended by 40 days in all, beyond the cap of 30 days"));
    }

    @Example
    void findings_areDataWithACodeAndASeverity() {
        TimeLimitFinding f = finding(TimeLimitFinding.Issue.EXTENSION_NOT_PROVIDED, Parameters.empty());
        assertThat(f.code()).isEqualTo("TIMELIMIT.EXTENSION_NOT_PROVIDED");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.parameters()).isSameAs(f.details());
        assertThat(TimeLimitFinding.Issue.EXTENSION_OVER_CAP.severity()).isEqualTo(Severity.ERROR);
    }

    @Example
    void aFindingWithDetailsThatDoNotFitItsIssueIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> finding(TimeLimitFinding.Issue.EXTENSION_OVER_CAP,
                Parameters.builder().put("total", 40).put("unit", PeriodUnit.DAYS).build()))
                .withMessage("TIMELIMIT.EXTENSION_OVER_CAP: parameter 'cap' is required, but absent; present: "
                        + "[total, unit]");
        assertThatIllegalArgumentException().isThrownBy(() -> finding(TimeLimitFinding.Issue.EXTENSION_NOT_PROVIDED,
                Parameters.builder().put("total", 40).build()))
                .withMessage("TIMELIMIT.EXTENSION_NOT_PROVIDED: parameter 'total' is not one of its parameters []");
        assertThatIllegalArgumentException().isThrownBy(() -> finding(TimeLimitFinding.Issue.EXTENSION_AFTER_EXPIRY,
                Parameters.builder().put("approvedOn", "2026-04-15").put("expired", DAY).build()))
                .withMessage("TIMELIMIT.EXTENSION_AFTER_EXPIRY: Parameter 'approvedOn' must be a date, but was a "
                        + "text '2026-04-15'");
    }

    @Example
    void status_rendersItsDaysInTheLimitsKindOfDay() {
        assertThat(new DeadlineStatus(DeadlineStatus.State.ON_TIME, 5, Optional.empty(), true).describe())
                .isEqualTo(BilingualText.of("未到期，尚余5个工作日", "on time, 5 working days left"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.DUE_SOON, 1, Optional.empty()).describe())
                .isEqualTo(BilingualText.of("即将到期，尚余1日", "due soon, 1 day left"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.DUE_TODAY, 0, Optional.empty()).describe())
                .isEqualTo(BilingualText.of("今日到期", "due today"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.OVERDUE, 1, Optional.empty()).describe())
                .isEqualTo(BilingualText.of("已逾期1日", "overdue by 1 day"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.MET, 42, Optional.of(DAY)).describe())
                .isEqualTo(BilingualText.of("按期完成，提前42日（2026-03-12完成）", "met 42 days early (done on 2026-03-12)"));
        assertThat(new DeadlineStatus(DeadlineStatus.State.MET_LATE, 6, Optional.of(DAY), false).describe())
                .isEqualTo(BilingualText.of("逾期6日完成（2026-03-12完成）", "met 6 days late (done on 2026-03-12)"));
    }

    @Example
    void status_isDataWithACodeAndASeverity() {
        DeadlineStatus late = new DeadlineStatus(DeadlineStatus.State.MET_LATE, 6, Optional.of(DAY));
        assertThat(late.code()).isEqualTo("TIMELIMIT.STATUS.MET_LATE");
        assertThat(late.severity()).isEqualTo(Severity.ERROR);
        assertThat(late.parameters()).isEqualTo(Parameters.builder().put("state", DeadlineStatus.State.MET_LATE)
                .put("days", 6).put("workingDays", false).put("metOn", DAY).build());
        assertThat(new DeadlineStatus(DeadlineStatus.State.DUE_SOON, 1, Optional.empty()).severity())
                .isEqualTo(Severity.WARNING);
        assertThat(new DeadlineStatus(DeadlineStatus.State.ON_TIME, 9, Optional.empty()).severity())
                .isEqualTo(Severity.INFO);
    }

    @Example
    void notice_isTitledInEachLanguageFromItsData() {
        assertThat(Notice.of("国务院办公厅关于2026年部分节假日安排的通知", "国办发明电〔2025〕7号", LocalDate.of(2025, 11, 4))
                .label()).isEqualTo(BilingualText.of("国务院办公厅关于2026年部分节假日安排的通知",
                        "State Council General Office notice on the holidays of 2026"));
        assertThat(Notice.of("国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知", "国发明电〔2015〕1号",
                LocalDate.of(2015, 5, 13)).label().en()).isEqualTo("State Council notice Guo Fa Ming Dian [2015] No. 1");
        assertThat(new Notice("国务院办公厅关于调整2019年劳动节假期安排的通知", Optional.empty(),
                Optional.of(LocalDate.of(2019, 3, 22))).label().en()).isEqualTo(
                        "State Council General Office notice of 2019-03-22");
        // a local authority's notice is user data: its title as written in both languages
        Notice local = new Notice("某市人民政府关于调休的通知", Optional.empty(), Optional.empty());
        assertThat(local.label()).isEqualTo(BilingualText.of(local.title(), local.title()));
        // every notice of the bundled calendar has an English title without Chinese
        for (int year = CALENDAR.firstYear(); year <= CALENDAR.lastYear(); year++) {
            CALENDAR.year(year).sources().forEach(n -> assertThat(n.label().en()).doesNotContainPattern("\\p{IsHan}"));
        }
    }

    @Example
    void explain_rendersTheWholeCountInBothLanguages() {
        Deadline decision = StatutoryLimits.LICENCE_DECISION.count(LocalDate.of(2025, 9, 26))
                .exclude(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 17), BilingualText.of("检测", "testing"))
                .extend(10, "局长", LocalDate.of(2025, 10, 20)).on(CALENDAR);
        String basis = StatutoryLimits.LICENCE_DECISION.basis().orElseThrow().toString();
        String basisEn = StatutoryLimits.LICENCE_DECISION.basis().orElseThrow().toEnglish();
        String name = StatutoryLimits.LICENCE_DECISION.name().orElseThrow().zh();
        String nameEn = StatutoryLimits.LICENCE_DECISION.name().orElseThrow().en();
        String notice = "国务院办公厅关于2025年部分节假日安排的通知";
        String noticeEn = "State Council General Office notice on the holidays of 2025";
        assertThat(decision.explain().zh()).isEqualTo(String.join("\n",
                "期限：" + name + "，20个工作日（" + basis + "）",
                "起算日2025-09-26不计入（《中华人民共和国民法典》第二百零一条第一款）",
                "2025-09-28（星期日） 国庆节、中秋节调休上班，计入（" + notice + "）",
                "2025-10-01至2025-10-08 国庆节、中秋节放假，不计入（" + notice + "）",
                "2025-10-11（星期六） 国庆节、中秋节调休上班，计入（" + notice + "）",
                "2025-10-13至2025-10-17 不计算在期限内：检测，顺延5个工作日",
                "2025-10-20 延长10个工作日，经局长批准",
                "届满日：" + decision.due()));
        assertThat(decision.explain().en()).isEqualTo(String.join("\n",
                "Time limit: " + nameEn + ", 20 working days (" + basisEn + ")",
                "start day 2025-09-26 not counted (Art 201(1), Civil Code of the People's Republic of China)",
                "2025-09-28 (Sunday) make-up working day for National Day and Mid-Autumn Festival, counted (" + noticeEn
                        + ")",
                "2025-10-01 to 2025-10-08 National Day and Mid-Autumn Festival holiday, skipped (" + noticeEn + ")",
                "2025-10-11 (Saturday) make-up working day for National Day and Mid-Autumn Festival, counted ("
                        + noticeEn + ")",
                "2025-10-13 to 2025-10-17 not counted: testing, adding 5 working days",
                "2025-10-20 extended by 10 working days, approved by 局长",
                "due: " + decision.due()));
    }

    @Example
    void explainOnADay_endsWithTheStatus() {
        Deadline fine = StatutoryLimits.FINE_PAYMENT.from(LocalDate.of(2026, 9, 20), CALENDAR);
        assertThat(fine.explain(LocalDate.of(2026, 10, 10)).zh()).startsWith(fine.explain().zh() + "\n")
                .endsWith("\n2026-10-10：已逾期2日");
        assertThat(fine.explain(LocalDate.of(2026, 10, 6)).en()).endsWith("\non 2026-10-06: due soon, 2 days left");
    }

    @Example
    void explain_ofAnInterruptionAndAnUnapprovedExtension() {
        Deadline interrupted = TimeLimit.ofDays(10).citing(BASIS).extendable(new Extension(10, "本行政机关负责人", BASIS))
                .count(LocalDate.of(2026, 3, 2)).interrupt(LocalDate.of(2026, 3, 5), "补正材料")
                .extend(2, null, LocalDate.of(2026, 3, 6)).on(CALENDAR);
        assertThat(interrupted.explain().zh().lines()).contains("2026-03-05 期限中断，重新计算：补正材料",
                "2026-03-06 延长2日，未经批准", "问题：期限延长2日未经批准（应当经本行政机关负责人批准）");
        assertThat(interrupted.explain().en().lines()).contains("2026-03-05 interrupted and restarted: 补正材料",
                "2026-03-06 extended by 2 days, not approved",
                "Finding: extension by 2 days was not approved (本行政机关负责人 must approve it)");
    }

    @Property
    void everyFindingRendersInBothLanguages(@ForAll("findings") TimeLimitFinding finding) {
        Rendering.assertEnglish(finding.message());
        assertThat(finding.code()).isEqualTo("TIMELIMIT." + finding.issue().name());
    }

    /**
     * A count through any part of the national calendar, with time not counted and an extension whose reason and
     * approver are ASCII, explains itself in English without a Chinese character: holidays and notices included.
     */
    @Property
    void anyCountExplainsItselfInEnglishWithoutChinese(@ForAll @IntRange(min = 0, max = 6500) int offset,
            @ForAll @IntRange(min = 1, max = 60) int amount, @ForAll boolean working) {
        LocalDate start = LocalDate.of(2008, 1, 2).plusDays(offset);
        TimeLimit limit = (working ? TimeLimit.ofWorkingDays(amount) : TimeLimit.ofDays(amount))
                .citing(LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_LICENSING_LAW, 42, 1)));
        Deadline deadline = limit.count(start).exclude(start.plusDays(3), start.plusDays(5),
                BilingualText.of("检测", "testing")).extend(2, "Director", start.plusDays(1)).on(CALENDAR);
        Rendering.assertEnglish(deadline.explain());
    }

    @Provide
    Arbitrary<TimeLimitFinding> findings() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 5000).map(DAY::plusDays);
        Arbitrary<Long> amounts = Arbitraries.longs().between(1, Integer.MAX_VALUE * 2L);
        Arbitrary<PeriodUnit> units = Arbitraries.of(PeriodUnit.class);
        Arbitrary<TimeLimitFinding.Issue> issues = Arbitraries.of(TimeLimitFinding.Issue.class);
        return Combinators.combine(issues, dates, dates, amounts, amounts, units, Arbitraries.of(true, false))
                .as((issue, a, b, m, n, unit, named) -> {
                    Parameters.Builder p = Parameters.builder();
                    switch (issue) {
                        case INTERRUPTION_AFTER_EXPIRY:
                            p.put("expired", a).put("interruptedOn", b)
                                    .put("reason", BilingualText.of("重新起算", "restarted"));
                            break;
                        case EXTENSION_WITHOUT_APPROVAL:
                            p.put("amount", m).put("unit", unit);
                            if (named) {
                                p.put("approver", "Director");
                            }
                            break;
                        case EXTENSION_AFTER_EXPIRY:
                            p.put("approvedOn", a).put("expired", b);
                            break;
                        case EXTENSION_OVER_CAP:
                            p.put("total", m).put("cap", n).put("unit", unit);
                            break;
                        default:
                            break;
                    }
                    return new TimeLimitFinding(issue, p.build(), BASIS);
                });
    }
}
