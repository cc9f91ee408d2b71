package io.github.quanze.examples.reliability;

import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.disparity.DisparitySettings;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.referral.JointOperation;
import io.github.quanze.referral.JointTeam;
import io.github.quanze.referral.MeetingRule;
import io.github.quanze.referral.TeamOfficer;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bad inputs to assessment (评议考核), disparity of like cases (同案不同罚) and joint enforcement (联合执法). */
final class OversightRows {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final AgencyId CITY = AgencyId.of("SYC");
    private static final AgencyId COUNTY = AgencyId.of("XJ");
    private static final BilingualText NAME = BilingualText.of("执法质量", "enforcement quality");

    private OversightRows() {}

    static List<BadInput> assessment() {
        Rows rows = new Rows("assessment");
        rows.call("section with a blank code", () -> new AssessmentScheme.Section(" ", NAME, 50),
                IllegalArgumentException.class, "Assessment section code", "blank");
        rows.call("item naming a blank section", () -> new AssessmentScheme.Item("PASS", " ",
                Indicator.CASE_FILE_PASS_RATE, 10, 100, 60), IllegalArgumentException.class,
                "Assessment item 'PASS'", "section", "blank");
        rows.building("scheme without a section", () -> AssessmentScheme.builder("县考核方案"),
                AssessmentScheme.Builder::build, IllegalArgumentException.class, "'县考核方案'", "no section");
        rows.building("sections adding up to 60 points", () -> AssessmentScheme.builder("县考核方案")
                .section(new AssessmentScheme.Section("QUALITY", NAME, 60)), AssessmentScheme.Builder::build,
                IllegalArgumentException.class, "'县考核方案'", "add up to 60 points", "100");
        rows.building("item of a section the scheme lacks", () -> AssessmentScheme.DEFAULT.toBuilder("县考核方案")
                .item(new AssessmentScheme.Item("EXTRA", "NOPE", Indicator.CASE_FILE_PASS_RATE, 5, 100, 60)),
                AssessmentScheme.Builder::build, IllegalArgumentException.class, "'县考核方案'", "'EXTRA'", "NOPE");
        rows.builder("bonus cap of 101 points", () -> AssessmentScheme.DEFAULT.toBuilder("县考核方案"),
                AssessmentScheme.Builder::build, b -> b.bonusCap(101), IllegalArgumentException.class,
                "Assessment scheme", "101");
        rows.builder("excellent threshold below the pass threshold", () -> AssessmentScheme.DEFAULT
                .toBuilder("县考核方案"), AssessmentScheme.Builder::build, b -> b.thresholds(60, 90),
                IllegalArgumentException.class, "Assessment scheme", "60", "90");
        rows.builder("minimum coverage of 101 points", () -> AssessmentScheme.DEFAULT.toBuilder("县考核方案"),
                AssessmentScheme.Builder::build, b -> b.minimumCoverage(101), IllegalArgumentException.class,
                "Assessment scheme", "101");
        rows.builder("removing an item the scheme lacks", () -> AssessmentScheme.DEFAULT.toBuilder("县考核方案"),
                AssessmentScheme.Builder::build, b -> b.removeItem("NOPE"), IllegalArgumentException.class,
                "'县考核方案'", "no item 'NOPE' to remove");
        rows.call("period that ends before it starts", () -> period(TO, FROM, 0, 0, 0), IllegalArgumentException.class,
                "Agency period SYC", "must not end (2026-01-01) before it starts (2026-12-31)");
        rows.call("period with more files passed than reviewed", () -> period(FROM, TO, 10, 11, 0),
                IllegalArgumentException.class, "Agency period SYC", "filesPassed", "11");
        rows.call("period with a negative count of cases", () -> period(FROM, TO, 0, 0, -1),
                IllegalArgumentException.class, "Agency period SYC", "cases", "-1");
        return rows.rows();
    }

    static List<BadInput> disparity() {
        Rows rows = new Rows("disparity");
        rows.call("spread ratio below one", () -> new DisparitySettings(new BigDecimal("0.5"), 5),
                IllegalArgumentException.class, "spreadRatio must be at least", "0.5");
        rows.call("groups of one case", () -> new DisparitySettings(new BigDecimal("1.5"), 1),
                IllegalArgumentException.class, "minimumGroupSize must be at least 2", "1");
        rows.builder("decided penalty of no officer", OversightRows::undecided, b -> b.officers("冯刚").build(),
                b -> b.officers(List.of()), IllegalArgumentException.class,
                "officers must name at least one officer");
        rows.builder("decided penalty naming an officer twice", OversightRows::undecided,
                b -> b.officers("冯刚").build(), b -> b.officers("冯刚", "冯刚"), IllegalArgumentException.class,
                "officers must be distinct", "冯刚");
        rows.builder("fine of zero yuan", OversightRows::undecided, b -> b.officers("冯刚").build(),
                b -> b.fine(BigDecimal.ZERO), IllegalArgumentException.class, "fine", "more than 0 yuan", "0");
        rows.building("fine for a decision not to penalise", () -> DecidedPenalty.builder().caseId("罚〔2026〕1号")
                .agency("示例县烟草专卖局").officers("冯刚").item("TL-58").profile(Circumstances.none())
                .level(TierLevel.NO_PENALTY).fine(new BigDecimal("500")), DecidedPenalty.Builder::build,
                IllegalArgumentException.class,
                "NO_PENALTY", "罚〔2026〕1号");
        rows.building("decided penalty without a case id", () -> DecidedPenalty.builder().agency("示例县烟草专卖局")
                .officers("冯刚").item("TL-58").profile(Circumstances.none()).level(TierLevel.values()[2]),
                DecidedPenalty.Builder::build, IllegalStateException.class, "missing required fields", "caseId");
        rows.builder("one case added twice", () -> DisparityAnalysis.create().add(decided().build()),
                DisparityAnalysis::cases, a -> a.add(decided().build()), IllegalArgumentException.class,
                "'罚〔2026〕1号'", "already added");
        rows.builder("analysis merged into itself", () -> DisparityAnalysis.create().add(decided().build()),
                DisparityAnalysis::cases, a -> a.merge(a), IllegalArgumentException.class, "merged into itself");
        return rows.rows();
    }

    static List<BadInput> referral() {
        Rows rows = new Rows("referral");
        rows.call("no meeting a month", () -> MeetingRule.monthly(0), IllegalArgumentException.class,
                "meetings per month must be 1 to", "0");
        rows.call("joint operation of no agency", () -> JointOperation.of("OP-1", "T-1", FROM, Set.of(), List.of()),
                IllegalArgumentException.class, "Joint operation OP-1", "at least one agency");
        rows.call("joint operation naming a case twice", () -> JointOperation.of("OP-1", "T-1", FROM,
                Set.of(CITY, COUNTY), List.of("罚〔2026〕1号", "罚〔2026〕1号")), IllegalArgumentException.class,
                "Joint operation OP-1", "twice");
        rows.call("liaison with a blank name", () -> TeamOfficer.of(CITY, OfficerId.of("O-01"), " "),
                IllegalArgumentException.class, "name", "blank");
        rows.builder("member agency added twice", OversightRows::team, JointTeam.Builder::build,
                b -> b.member(TeamOfficer.of(COUNTY, OfficerId.of("O-14"), "李平")), IllegalArgumentException.class,
                "member XJ is added twice");
        rows.builder("lead agency added as a member", OversightRows::team, JointTeam.Builder::build,
                b -> b.member(TeamOfficer.of(CITY, OfficerId.of("O-02"), "陈立新")), IllegalArgumentException.class,
                "member SYC is the lead agency");
        rows.builder("follow-up within a negative number of days", () -> JointTeam.builder().id("T-1")
                .established(FROM).lead(TeamOfficer.of(CITY, OfficerId.of("O-01"), "王建国"))
                .member(TeamOfficer.of(COUNTY, OfficerId.of("O-13"), "沈平")).scope("烟草专卖")
                .meetings(MeetingRule.monthly(1)).feedbackWithin(5).rule(rule()), b -> b.followUpWithin(3).build(),
                b -> b.followUpWithin(-1), IllegalArgumentException.class, "Joint team", "0 to", "-1");
        rows.builder("scope naming one area twice", OversightRows::team, JointTeam.Builder::build,
                b -> b.scope("市场监管", "市场监管"), IllegalArgumentException.class, "scope", "市场监管");
        return rows.rows();
    }

    private static AgencyPeriod period(LocalDate from, LocalDate to, long reviewed, long passed, long cases) {
        return new AgencyPeriod(CITY, "示例市烟草专卖局", from, to, reviewed, passed, 0, 0, cases, 0, 0, 0, Map.of(),
                Map.of(), 0, 0, 0, Map.of(), false, false, false, 0, 0, 0, 0);
    }

    private static DecidedPenalty.Builder undecided() {
        return DecidedPenalty.builder().caseId("罚〔2026〕1号").agency("示例县烟草专卖局").item("TL-58")
                .profile(Circumstances.none()).level(TierLevel.values()[2]);
    }

    private static DecidedPenalty.Builder decided() {
        return undecided().officers("冯刚");
    }

    private static LegalBasis rule() {
        return LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 26));
    }

    private static JointTeam.Builder team() {
        return JointTeam.builder().id("T-1").established(FROM).lead(TeamOfficer.of(CITY, OfficerId.of("O-01"), "王建国"))
                .member(TeamOfficer.of(COUNTY, OfficerId.of("O-13"), "沈平")).scope("烟草专卖")
                .meetings(MeetingRule.monthly(1)).followUpWithin(3).feedbackWithin(5).rule(rule());
    }
}
