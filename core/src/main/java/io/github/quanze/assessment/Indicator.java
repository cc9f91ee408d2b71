package io.github.quanze.assessment;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LITIGATION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_RECONSIDERATION_LAW;
import static io.github.quanze.basis.Instruments.HENAN_ENFORCEMENT_REGULATION;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;
import static io.github.quanze.basis.Instruments.THREE_SYSTEMS_OPINIONS;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.util.Arrays;

/**
 * An indicator of agency assessment (评议考核指标), computed per agency from the cases and outcomes of a period.
 * <p>
 * 国办发〔2005〕37号 names what the assessment looks at: 行政执法程序是否合法, 行政执法决定的行政复议行政诉讼结果,
 * 案卷质量情况, and external evaluation (外部评议, 群众满意程度); its text is read as quoted by implementing notices
 * (seed 002 and the municipal notices). Which figures measure these, and how each is computed, is an interpretation the constants document.
 * Two indicators measure the three systems of 国办发〔2018〕118号 that came later: {@link #PUBLICATION_ON_TIME_RATE}
 * and {@link #RECORDING_COMPLETENESS_RATE}.
 * Every indicator is a ratio scaled to 100 (a percentage, points of 100, or per 100 cases) except
 * {@link #COMPLAINT_COUNT}; an agency without the cases a ratio needs has no data for it
 * ({@link IndicatorValue#noData(Indicator)}), never 0 %.
 */
public enum Indicator implements Labelled {
    /** 案卷合格率: files graded 合格 or 优秀 over files reviewed (案卷质量情况, 37号; annual review, 河南 Art 40). */
    CASE_FILE_PASS_RATE("案卷合格率", "case-file pass rate", Direction.HIGHER_IS_BETTER, Unit.PERCENT,
            LegalBasis.of(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS), Provision.of(HENAN_ENFORCEMENT_REGULATION,
                    40))),
    /**
     * 案卷平均得分: the points of the files reviewed over the points their standards carry, times 100; with the default
     * standard of 100 points, the plain average score. Interpretation of 案卷质量情况 (37号).
     */
    CASE_FILE_AVERAGE_SCORE("案卷平均得分", "case-file average score", Direction.HIGHER_IS_BETTER, Unit.POINTS,
            LegalBasis.of(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS))),
    /**
     * 超期率: cases in which a time limit was missed over cases handled. Interpretation of 行政执法程序是否合法
     * (37号); a missed deadline is what {@link io.github.quanze.procedure.ViolationKind#MISSED_DEADLINE} reports.
     */
    OVERDUE_RATE("案件超期率", "overdue rate", Direction.LOWER_IS_BETTER, Unit.PERCENT,
            LegalBasis.of(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS))),
    /**
     * 法制审核率: decisions reviewed for legality over the decisions that needed it (行政处罚法 Art 58: "未经法制审核或者
     * 审核未通过的，不得作出决定").
     */
    LEGALITY_REVIEW_COVERAGE("法制审核率", "legality-review coverage", Direction.HIGHER_IS_BETTER, Unit.PERCENT,
            LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 58))),
    /**
     * 复议纠错率: reconsideration decisions that vary, annul, confirm illegal, order performance or confirm void
     * (行政复议法 Arts 63–67) over the decisions made; see {@link ReconsiderationOutcome#corrects()}.
     */
    RECONSIDERATION_CORRECTION_RATE("复议纠错率", "reconsideration correction rate", Direction.LOWER_IS_BETTER,
            Unit.PERCENT, articles(ADMINISTRATIVE_RECONSIDERATION_LAW, 63, 64, 65, 66, 67)),
    /**
     * 诉讼败诉率: judgments the agency lost (行政诉讼法 Arts 70, 72, 73, 74, 75, 77) over the judgments given; see
     * {@link LitigationOutcome#isLoss()}.
     */
    LITIGATION_LOSS_RATE("诉讼败诉率", "litigation loss rate", Direction.LOWER_IS_BETTER, Unit.PERCENT,
            articles(ADMINISTRATIVE_LITIGATION_LAW, 70, 72, 73, 74, 75, 77)),
    /**
     * 投诉举报件数: complaints and reports about the agency's enforcement received in the period, as entered.
     * Interpretation: 37号 names the channels of external evaluation (公众意见箱、专线电话 …) but no complaint figure;
     * seed 003 asks for complaints to be handled in a closed loop (受理办理、回应息访).
     */
    COMPLAINT_COUNT("投诉举报件数", "complaints", Direction.LOWER_IS_BETTER, Unit.COUNT,
            LegalBasis.of(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS))),
    /** 每百件案件投诉数: complaints per 100 cases handled; interpretation, to compare agencies of different size. */
    COMPLAINTS_PER_100_CASES("每百件案件投诉数", "complaints per 100 cases", Direction.LOWER_IS_BETTER,
            Unit.PER_100_CASES, LegalBasis.of(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS))),
    /**
     * 群众满意率: satisfied responses over responses to 评议卡、问卷 and the like (外部评议中群众满意程度, 37号), entered
     * as data.
     */
    SATISFACTION_RATE("群众满意率", "satisfaction rate", Direction.HIGHER_IS_BETTER, Unit.PERCENT,
            LegalBasis.of(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS))),
    /**
     * 按期公示率 (执法决定公示率): decisions published on time over the decisions whose publication has come to be
     * judged (国办发〔2018〕118号 事后公开: 行政许可、行政处罚决定 within 7 working days, others within 20; 行政处罚法
     * Art 48 第一款).
     * <p>
     * Our interpretation of what counts, as {@link AgencyTally#addCase(io.github.quanze.procedure.CaseRecord,
     * io.github.quanze.procedure.CaseState)} counts it from a replayed case: a case counts only if it has a
     * {@link io.github.quanze.procedure.PublicationRule} (the agency found that its decision must be published) and
     * its decision was made by the day of the replay; of those, a decision counts once it was published or its time
     * ran out, whichever is first — a decision still within its time and not yet published is neither on time nor
     * late, and is left out. It is on time if the replay found no
     * {@link io.github.quanze.procedure.ViolationKind#PUBLICATION_OVERDUE}, so the indicator and the violations the
     * replay reports agree. A case without a rule, or without its decision, is not counted either way: an agency
     * none of whose cases has a rule has no data, never 0 %. Withdrawal after the decision is overturned (Art 48
     * 第二款) is not part of this indicator: it follows few decisions, and its violations are reported on their own.
     */
    PUBLICATION_ON_TIME_RATE("按期公示率", "on-time publication rate", Direction.HIGHER_IS_BETTER, Unit.PERCENT,
            LegalBasis.of(Provision.wholeOf(THREE_SYSTEMS_OPINIONS), Provision.of(ADMINISTRATIVE_PENALTY_LAW, 48))),
    /**
     * 全过程记录完整率: step performances whose records are complete over the step performances that had to leave
     * a record and whose event states which records were made (行政处罚法 Art 47: "以文字、音像等形式…进行全过程
     * 记录"; 国办发〔2018〕118号 执法全过程记录, 全程音像记录).
     * <p>
     * Our interpretation of what counts, as {@link AgencyTally#addCase(io.github.quanze.procedure.CaseRecord,
     * io.github.quanze.procedure.CaseState)} counts it: every performance of a step (each
     * {@link io.github.quanze.procedure.CaseEvent.StepPerformed} up to the day of the replay) whose step has at least
     * one {@link io.github.quanze.procedure.RecordRequirement} and whose event says which records were made
     * ({@link io.github.quanze.procedure.CaseEvent.StepPerformed#records()} present); it is complete if the records
     * it states meet every requirement of its step, as the replay checks them
     * ({@link io.github.quanze.procedure.ViolationKind#RECORD_MISSING},
     * {@link io.github.quanze.procedure.ViolationKind#AUDIO_VIDEO_MISSING}). An event that does not say which records
     * were made is not counted either way: absence of data is not absence of a record, and an agency whose events
     * never say has no data, never 0 %. A step counts once per performance, because each performance must be
     * recorded.
     */
    RECORDING_COMPLETENESS_RATE("全过程记录完整率", "full-process recording completeness", Direction.HIGHER_IS_BETTER,
            Unit.PERCENT, LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 47),
                    Provision.wholeOf(THREE_SYSTEMS_OPINIONS)));

    /** Which way an indicator is better (指标方向). */
    public enum Direction {
        /** 越高越好. */
        HIGHER_IS_BETTER,
        /** 越低越好. */
        LOWER_IS_BETTER
    }

    /** The unit an indicator's value is in (计量单位). */
    public enum Unit {
        /** 百分比: part over whole, times 100. */
        PERCENT,
        /** 分: points of 100. */
        POINTS,
        /** 件: a plain count. */
        COUNT,
        /** 件/百案: per 100 cases. */
        PER_100_CASES;

        /**
         * Formats a value in this unit, with at most two decimals: 12.5%, 3件.
         *
         * @param value  the value
         * @return the text in Chinese and English, not null
         */
        public BilingualText format(double value) {
            return AssessmentMessages.format(this, value);
        }
    }

    private final BilingualText label;
    private final Direction direction;
    private final Unit unit;
    private final LegalBasis basis;

    Indicator(String zh, String en, Direction direction, Unit unit, LegalBasis basis) {
        this.label = BilingualText.of(zh, en);
        this.direction = direction;
        this.unit = unit;
        this.basis = basis;
    }

    /**
     * Returns the indicator's name in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns which way the indicator is better.
     *
     * @return the direction, not null
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns the unit of its values.
     *
     * @return the unit, not null
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Returns the provisions the indicator rests on.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    private static LegalBasis articles(LegalInstrument instrument, int... articles) {
        return new LegalBasis(Arrays.stream(articles).mapToObj(a -> Provision.of(instrument, a)).toList());
    }

    /**
     * Checks whether one value is better than another on this indicator.
     *
     * @param value  a value
     * @param other  the other value
     * @return true if {@code value} is strictly better
     */
    public boolean isBetter(double value, double other) {
        return direction == Direction.HIGHER_IS_BETTER ? value > other : value < other;
    }
}
