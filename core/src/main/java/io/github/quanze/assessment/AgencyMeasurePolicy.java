package io.github.quanze.assessment;

import io.github.quanze.review.Grade;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.quanze.basis.Instruments.HENAN_ENFORCEMENT_REGULATION;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;

import com.google.common.collect.Sets;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.sanction.LegalWording;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What follows an agency's assessment (评议考核结果的运用): the measures of 国办发〔2005〕37号 as a decision table.
 * <p>
 * 37号 (as quoted by its implementing notices, such as seed 002's 大连 notice and those of 盐城 and 银川): "对行政执法部门的行政执法行为在行政复议行政诉讼中被认定违法
 * 和变更、撤销等比例较高的，对外部评议中群众满意程度较低或者对推行行政执法责任制消极应付、弄虚作假的，责令行政执法部门限期
 * 整改；情况严重的，给予通报批评或者取消评比先进资格", and "对行政执法绩效突出的行政执法部门…予以表彰". The table reads
 * levels, not raw figures: the policy's thresholds turn the correction and loss rates and the satisfaction rate into
 * a {@link Level}, so an embedding government sets its own thresholds without touching the rows, and the rows can
 * be verified once.
 * <p>
 * Rows (hit policy COLLECT, measures united; commendation dropped when any sanction applies):
 * <ul>
 * <li>a concerning correction or loss rate, concerning satisfaction, 消极应付 or 弄虚作假 → 限期整改 (37号);</li>
 * <li>a serious correction or loss rate, or serious dissatisfaction → 通报批评 as well (37号 "情况严重");</li>
 * <li>情况严重 found by the assessing body, such as a rectification not done in time → 通报批评 and 取消评比先进资格
 * (37号; 河南省行政执法条例 Art 44 "逾期不改正的，给予通报批评、取消评比先进资格等处理");</li>
 * <li>graded 不合格 → 限期整改 (interpretation: a failed assessment is the clearest sign of 违法或者不当 enforcement);</li>
 * <li>graded 优秀 → 表彰 (interpretation of 绩效突出);</li>
 * <li>none of the above → no measure ({@code MEASURE.NONE}, which every other row overrides, so that the table has
 * no gap).</li>
 * </ul>
 * Interpretation: the default thresholds (a correction or loss rate from 15 % concerning and from 30 % serious;
 * satisfaction below 80 % concerning and below 60 % serious) are not in any text found; 37号 says only "比例较高" and
 * "满意程度较低". Where a rate has no data, it is normal. Which of 通报批评 and 取消评比先进资格 a serious case gets,
 * which 37号 leaves open ("或者"), is the default's choice above. Each row may be replaced through {@link #table()}
 * and {@link #of}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AgencyMeasurePolicy {

    private static final Provision OPINIONS = Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS);
    private static final RuleId NONE = RuleId.of("MEASURE.NONE");

    /** Reads the measures table's columns from the facts. */
    private static final FactSchema<Facts> FACTS = FactSchema.<Facts>builder("assessment facts")
            .enumColumn("correction", Level.class, Facts::correction)
            .enumColumn("satisfaction", Level.class, Facts::satisfaction)
            .booleanColumn("perfunctory", Facts::perfunctory)
            .booleanColumn("falsified", Facts::falsified)
            .booleanColumn("severe", Facts::severe)
            .enumColumn("standing", Standing.class, Facts::standing)
            .build();

    /** The default thresholds, as percentages: correction 15 and 30, satisfaction 80 and 60. */
    /**
     * The fewest decided reconsiderations or lawsuits whose correction or loss rate the national policy reads, and
     * the fewest survey responses whose satisfaction it reads; below them the rate counts as normal. 37号 speaks of
     * 比例较高 and 满意程度较低, which one lost suit or one unhappy card does not show; the numbers are an
     * interpretation.
     */
    public static final long MINIMUM_DECIDED = 5;
    /** See {@link #MINIMUM_DECIDED}. */
    public static final long MINIMUM_RESPONSES = 30;

    private static final AgencyMeasurePolicy NATIONAL = new AgencyMeasurePolicy(defaultTable(), 15, 30, 80, 60,
            MINIMUM_DECIDED, MINIMUM_RESPONSES);

    /** How far an indicator is from what is expected (指标程度), mildest first. */
    public enum Level implements Labelled {
        /** 正常: no concern, or no data. */
        NORMAL("正常", "normal"),
        /** 较差: 比例较高 or 满意程度较低 (37号). */
        CONCERNING("较差", "concerning"),
        /** 严重: bad enough to be 情况严重 (37号). */
        SERIOUS("严重", "serious");

        private final BilingualText label;

        Level(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        /** @return the level's name in Chinese and English, not null */
        @Override
        public BilingualText label() {
            return label;
        }
    }

    /** An agency's standing by its grade (考核等次情况), best first. */
    public enum Standing {
        /** 优秀. */
        OUTSTANDING,
        /** 合格, or not scored. */
        ORDINARY,
        /** 不合格. */
        FAILED
    }

    /**
     * The facts the measures table reads (考核结果运用事实).
     *
     * @param correction  the worse level of the reconsideration correction rate and the litigation loss rate, not null
     * @param satisfaction  the level of dissatisfaction, not null
     * @param perfunctory  消极应付
     * @param falsified  弄虚作假
     * @param severe  情况严重 found by the assessing body
     * @param standing  the standing by grade, not null
     */
    public record Facts(Level correction, Level satisfaction, boolean perfunctory, boolean falsified, boolean severe,
            Standing standing) {

        /**
         * Creates the facts.
         *
         * @param correction  the worse level of the reconsideration correction rate and the litigation loss rate, not
         *         null
         * @param satisfaction  the level of dissatisfaction, not null
         * @param perfunctory  消极应付
         * @param falsified  弄虚作假
         * @param severe  情况严重 found by the assessing body
         * @param standing  the standing by grade, not null
         */
        public Facts {
            Objects.requireNonNull(correction, "correction");
            Objects.requireNonNull(satisfaction, "satisfaction");
            Objects.requireNonNull(standing, "standing");
        }
    }

    private final DecisionTable<Facts, Set<AgencyMeasure>> table;
    private final double correctionConcerning;
    private final double correctionSerious;
    private final double satisfactionConcerning;
    private final double satisfactionSerious;
    private final long minimumDecided;
    private final long minimumResponses;


    private AgencyMeasurePolicy(DecisionTable<Facts, Set<AgencyMeasure>> table, double correctionConcerning,
            double correctionSerious, double satisfactionConcerning, double satisfactionSerious, long minimumDecided,
            long minimumResponses) {
        checkArgument(minimumDecided >= 1 && minimumResponses >= 1, "Agency measure policy: minimum counts must be at "
                + "least 1, but were decided %s, responses %s", minimumDecided, minimumResponses);
        this.minimumDecided = minimumDecided;
        this.minimumResponses = minimumResponses;
        this.table = Objects.requireNonNull(table, "table");
        checkArgument(0 < correctionConcerning && correctionConcerning <= correctionSerious && correctionSerious <= 100,
                "Agency measure policy: correction thresholds must satisfy 0 < concerning <= serious <= 100, but were "
                        + "concerning %s, serious %s", correctionConcerning, correctionSerious);
        checkArgument(100 >= satisfactionConcerning && satisfactionConcerning >= satisfactionSerious
                        && satisfactionSerious > 0,
                "Agency measure policy: satisfaction thresholds must satisfy 100 >= concerning >= serious > 0, but "
                        + "were concerning %s, serious %s", satisfactionConcerning, satisfactionSerious);
        this.correctionConcerning = correctionConcerning;
        this.correctionSerious = correctionSerious;
        this.satisfactionConcerning = satisfactionConcerning;
        this.satisfactionSerious = satisfactionSerious;
    }

    /**
     * Returns the default policy: the national table and the default thresholds.
     *
     * @return the policy, not null
     */
    public static AgencyMeasurePolicy national() {
        return NATIONAL;
    }

    /**
     * Obtains a policy with a table and thresholds of the embedding government's choosing.
     *
     * @param table  the table, such as {@code national().table()} with rows replaced, not null
     * @param correctionConcerning  the correction or loss rate (%) from which it is 比例较高
     * @param correctionSerious  the rate (%) from which it is serious, at least {@code correctionConcerning}
     * @param satisfactionConcerning  the satisfaction rate (%) below which it is 满意程度较低
     * @param satisfactionSerious  the rate (%) below which it is serious, at most {@code satisfactionConcerning}
     * @return the policy, not null
     * @throws IllegalArgumentException if the thresholds are out of order or outside 0 to 100; the message names them
     */
    public static AgencyMeasurePolicy of(DecisionTable<Facts, Set<AgencyMeasure>> table, double correctionConcerning,
            double correctionSerious, double satisfactionConcerning, double satisfactionSerious) {
        return new AgencyMeasurePolicy(table, correctionConcerning, correctionSerious, satisfactionConcerning,
                satisfactionSerious, MINIMUM_DECIDED, MINIMUM_RESPONSES);
    }

    /**
     * Returns a copy that reads rates from smaller or larger samples.
     *
     * @param decided  the fewest decided reconsiderations or lawsuits whose rate is read, at least 1
     * @param responses  the fewest survey responses whose satisfaction is read, at least 1
     * @return the policy, not null
     * @throws IllegalArgumentException if a minimum is less than 1
     */
    public AgencyMeasurePolicy withMinimums(long decided, long responses) {
        return new AgencyMeasurePolicy(table, correctionConcerning, correctionSerious, satisfactionConcerning,
                satisfactionSerious, decided, responses);
    }

    /**
     * Returns the table, to verify or to adapt.
     *
     * @return the table, not null
     */
    public DecisionTable<Facts, Set<AgencyMeasure>> table() {
        return table;
    }

    /**
     * Reads the facts of an assessment through the thresholds.
     *
     * @param assessment  the assessment, not null
     * @return the facts, not null
     */
    public Facts facts(AgencyAssessment assessment) {
        AgencyPeriod p = Objects.requireNonNull(assessment, "assessment").period();
        Level correction = worse(correctionLevel(p.indicator(Indicator.RECONSIDERATION_CORRECTION_RATE)),
                correctionLevel(p.indicator(Indicator.LITIGATION_LOSS_RATE)));
        Level satisfaction = Level.NORMAL;
        IndicatorValue s = p.indicator(Indicator.SATISFACTION_RATE);
        if (s.hasData() && s.whole() >= minimumResponses) {
            double rate = s.value().getAsDouble();
            satisfaction = rate < satisfactionSerious ? Level.SERIOUS
                    : rate < satisfactionConcerning ? Level.CONCERNING : Level.NORMAL;
        }
        Standing standing = assessment.grade().map(g -> g == Grade.EXCELLENT ? Standing.OUTSTANDING
                : g == Grade.FAIL ? Standing.FAILED : Standing.ORDINARY).orElse(Standing.ORDINARY);
        return new Facts(correction, satisfaction, p.perfunctory(), p.falsified(), p.severe(), standing);
    }

    /**
     * Decides the measures that follow an assessment.
     *
     * @param assessment  the assessment, not null
     * @return the decision: the measures (possibly none), the rows that fired and their basis, not null
     */
    public Decision<Set<AgencyMeasure>> decide(AgencyAssessment assessment) {
        return table.decide(facts(Objects.requireNonNull(assessment, "assessment")));
    }

    private Level correctionLevel(IndicatorValue value) {
        if (!value.hasData() || value.whole() < minimumDecided) {
            return Level.NORMAL;
        }
        double rate = value.value().getAsDouble();
        return rate >= correctionSerious ? Level.SERIOUS : rate >= correctionConcerning ? Level.CONCERNING
                : Level.NORMAL;
    }

    private static Level worse(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Unites the measures of every row that fired; commendation goes when any sanction comes. */
    private static Set<AgencyMeasure> unite(List<Set<AgencyMeasure>> outcomes) {
        EnumSet<AgencyMeasure> all = EnumSet.noneOf(AgencyMeasure.class);
        outcomes.forEach(all::addAll);
        if (all.stream().anyMatch(AgencyMeasure::isSanction)) {
            all.remove(AgencyMeasure.COMMENDATION);
        }
        return Sets.immutableEnumSet(all);
    }

    private static Set<AgencyMeasure> measures(AgencyMeasure... measures) {
        return measures.length == 0 ? Sets.immutableEnumSet(EnumSet.noneOf(AgencyMeasure.class))
                : Sets.immutableEnumSet(EnumSet.of(measures[0], measures));
    }

    /**
     * Returns the schema the measures table reads {@link Facts} through, to compile a table of the embedding
     * government's own ({@link TableSpec#compile}).
     *
     * @return the schema, not null
     */
    public static FactSchema<Facts> schema() {
        return FACTS;
    }

    private static DecisionTable<Facts, Set<AgencyMeasure>> defaultTable() {
        LegalBasis opinions = LegalBasis.of(OPINIONS);
        LegalBasis henan = LegalBasis.of(OPINIONS, Provision.of(HENAN_ENFORCEMENT_REGULATION, 44));
        Cell concerning = Cell.anyOf(Level.CONCERNING, Level.SERIOUS);
        Cell serious = Cell.is(Level.SERIOUS);
        String none = NONE.value();
        return TableSpec.<Set<AgencyMeasure>>builder("行政执法部门评议考核结果运用表", HitPolicy.COLLECT)
                .columns(Column.ofEnum("correction", Level.class).graverWhenGreater(),
                        Column.ofEnum("satisfaction", Level.class).graverWhenGreater(),
                        Column.ofBoolean("perfunctory").graverWhenGreater(),
                        Column.ofBoolean("falsified").graverWhenGreater(),
                        Column.ofBoolean("severe").graverWhenGreater(),
                        Column.ofEnum("standing", Standing.class).graverWhenGreater())
                .aggregation(AgencyMeasurePolicy::unite)
                .order(AgencyMeasure.HEAVIER)
                .wording(LegalWording.of(AgencyMeasure::describe))
                .row("MEASURE.CORRECTION").basis(opinions)
                        .title(BilingualText.of("行政复议、行政诉讼中被认定违法和变更、撤销等比例较高的，责令限期整改",
                                "a high share of acts corrected in reconsideration or lost in litigation: "
                                        + "rectification"))
                        .when("correction", concerning)
                        .then(measures(AgencyMeasure.RECTIFICATION)).overrides(none)
                .row("MEASURE.CORRECTION.SERIOUS").basis(opinions)
                        .title(BilingualText.of("被纠错比例严重偏高，属情况严重的，给予通报批评",
                                "a seriously high share corrected or lost: public reprimand"))
                        .when("correction", serious)
                        .then(measures(AgencyMeasure.RECTIFICATION, AgencyMeasure.REPRIMAND)).overrides(none)
                .row("MEASURE.SATISFACTION").basis(opinions)
                        .title(BilingualText.of("外部评议中群众满意程度较低的，责令限期整改",
                                "low public satisfaction in external evaluation: rectification"))
                        .when("satisfaction", concerning)
                        .then(measures(AgencyMeasure.RECTIFICATION)).overrides(none)
                .row("MEASURE.SATISFACTION.SERIOUS").basis(opinions)
                        .title(BilingualText.of("群众满意程度严重偏低，属情况严重的，给予通报批评",
                                "seriously low public satisfaction: public reprimand"))
                        .when("satisfaction", serious)
                        .then(measures(AgencyMeasure.RECTIFICATION, AgencyMeasure.REPRIMAND)).overrides(none)
                .row("MEASURE.PERFUNCTORY").basis(opinions)
                        .title(BilingualText.of("对推行行政执法责任制消极应付的，责令限期整改",
                                "perfunctory in implementing the responsibility system: rectification"))
                        .when("perfunctory", Cell.yes())
                        .then(measures(AgencyMeasure.RECTIFICATION)).overrides(none)
                .row("MEASURE.FALSIFIED").basis(opinions)
                        .title(BilingualText.of("弄虚作假的，责令限期整改", "falsification: rectification"))
                        .when("falsified", Cell.yes())
                        .then(measures(AgencyMeasure.RECTIFICATION)).overrides(none)
                .row("MEASURE.SEVERE").basis(henan)
                        .title(BilingualText.of("情况严重或者逾期不改正的，给予通报批评、取消评比先进资格",
                                "a serious case, or one not rectified in time: public reprimand and loss of award "
                                        + "eligibility"))
                        .when("severe", Cell.yes())
                        .then(measures(AgencyMeasure.RECTIFICATION, AgencyMeasure.REPRIMAND,
                                AgencyMeasure.AWARD_INELIGIBILITY)).overrides(none)
                .row("MEASURE.FAILED").basis(opinions)
                        .title(BilingualText.of("评议考核不合格的，责令限期整改", "failed the assessment: rectification"))
                        .when("standing", Cell.is(Standing.FAILED))
                        .then(measures(AgencyMeasure.RECTIFICATION)).overrides(none)
                .row("MEASURE.COMMENDATION").basis(opinions)
                        .title(BilingualText.of("行政执法绩效突出（考核优秀）的，予以表彰",
                                "outstanding enforcement (graded excellent): commendation"))
                        .when("standing", Cell.is(Standing.OUTSTANDING))
                        .then(measures(AgencyMeasure.COMMENDATION)).overrides(none)
                .row(none).basis(opinions)
                        .title(BilingualText.of("未出现上列情形的，不予处理", "none of the above: no measure"))
                        .then(measures())
                .build()
                .compile(FACTS);
    }

    @Override
    public String toString() {
        return "AgencyMeasurePolicy{" + table.name() + ", correction " + correctionConcerning + "/" + correctionSerious
                + ", satisfaction " + satisfactionConcerning + "/" + satisfactionSerious + "}";
    }
}
