package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import io.github.quanze.review.Grade;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency assessment scheme (评议考核方案): sections of items on 100 points, each item scoring one indicator,
 * bonus items (加分) with a cap, and the grade thresholds.
 * <p>
 * An item scores linearly between the value that earns full marks and the value that earns none, clamped to its
 * points: with full marks at a correction rate of 0 % and none at 30 %, a rate of 6 % earns four fifths. The section
 * and item weights, the values, the bonus items and the thresholds are the embedding government's to set
 * ({@link #builder}, {@link #toBuilder}); {@link #DEFAULT} is an interpretation.
 * <p>
 * <b>Indicators without data.</b> Interpretation: an item whose indicator has no data in the period (no decided
 * reconsideration, no survey response …) is left out and its points are spread over the items of its section that
 * have data, in proportion to their points; a section none of whose items has data is left out the same way and
 * its weight spread over the other sections. The agency is judged on what there is: scoring the missing item at
 * full marks would reward an agency for not running a survey or having no file reviewed, and scoring it at zero
 * would punish an agency that nobody sued. But a total that rests on little says little: an agency is scored only
 * if the items with data carry at least {@link #minimumCoverage()} of the 100 points as the scheme sets them
 * (default 50, also an interpretation), so that an agency with no case but a good survey is not graded 优秀 on the
 * survey alone. An agency below that is not scored ({@link AgencyAssessment#isScored()}).
 * <p>
 * Points are kept to two decimals (0.01 points), rounded half up, as totals are published and compared; the bonus
 * is added to the total, which may therefore exceed 100 by up to the bonus cap, and the grade is taken on the total
 * with the bonus.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AssessmentScheme {

    /**
     * The default scheme (默认评议考核方案), in force as an interpretation: the 100-point split of 通用 30, 专用 50 and
     * 外部评议 20 of a municipal assessment measure, the 37号 indicators placed in them, and grades 优秀 from 90 and
     * 合格 from 60 as for case files.
     * <ul>
     * <li>通用 (general) 30: 案件超期率 10 (full at 0 %, none at 10 %), 法制审核率 10 (full at 100 %, none at 80 %),
     * 案卷平均得分 10 (full at 90, none at 60);</li>
     * <li>专用 (sector-specific) 50: 案卷合格率 20 (full at 100 %, none at 60 %), 复议纠错率 15 (full at 0 %, none at
     * 30 %), 诉讼败诉率 15 (full at 0 %, none at 30 %);</li>
     * <li>外部评议 (external) 20: 群众满意率 12 (full at 95 %, none at 60 %), 每百件案件投诉数 8 (full at 0, none at
     * 10);</li>
     * <li>加分 (bonus), at most 5 in all: {@code COMMENDED} 受到上级表彰 2 each, at most 4; {@code MODEL_CASE}
     * 案例被上级采用推广 1 each, at most 3.</li>
     * </ul>
     * Every weight, value and bonus is an interpretation; only the 30/50/20 split and a bonus on top of 100 (哈尔滨
     * 2007: 通用 100 + 加分 10) are found in published measures, and those are municipal.
     * <p>
     * {@link Indicator#PUBLICATION_ON_TIME_RATE} and {@link Indicator#RECORDING_COMPLETENESS_RATE} (国办发〔2018〕
     * 118号) are computed for every period but carry no points here: 37号's assessment, which this scheme follows,
     * predates the three systems and names no weight for them, and adding items would change every agency's total
     * under the default. A government that assesses them adds an item of its own ({@link #toBuilder}), such as
     * {@code new Item("PUBLICATION", "GENERAL", Indicator.PUBLICATION_ON_TIME_RATE, 5, 100, 80)}, with the points of
     * the sections and items adjusted so that they still add up to 100.
     */
    public static final AssessmentScheme DEFAULT = defaultScheme();

    /**
     * A section of the scheme (考核部分), such as 通用指标, with its weight in points of 100.
     *
     * @param code  the section's code, such as {@code GENERAL}, one line without surrounding spaces, not blank
     * @param name  its name, not null
     * @param weight  its weight, 0 to 100; the items of the section add up to it
     */
    public record Section(String code, BilingualText name, int weight) {

        /**
         * Creates a section.
         *
         * @param code  the section's code, such as {@code GENERAL}, one line without surrounding spaces, not blank
         * @param name  its name, not null
         * @param weight  its weight, 0 to 100; the items of the section add up to it
         * @throws IllegalArgumentException if the code is blank, has a control character or surrounding spaces
         */
        public Section {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Texts.checkLine("Assessment section code", code);
        }
    }

    /**
     * An item of the scheme (考核项目): the indicator it scores, its points, and the values at which it earns full
     * marks and none, linear in between and clamped.
     *
     * @param code  the item's code, such as {@code CORRECTION}, one line without surrounding spaces, not blank
     * @param section  the code of its section, one line without surrounding spaces, not blank
     * @param indicator  the indicator it scores, not null
     * @param points  its points, 0 to 100
     * @param fullAt  the value at or beyond which it earns its full points, better than {@code zeroAt}
     * @param zeroAt  the value at or beyond which it earns none
     */
    public record Item(String code, String section, Indicator indicator, int points, double fullAt, double zeroAt) {

        /**
         * Creates an item.
         *
         * @param code  the item's code, such as {@code CORRECTION}, one line without surrounding spaces, not blank
         * @param section  the code of its section, one line without surrounding spaces, not blank
         * @param indicator  the indicator it scores, not null
         * @param points  its points, 0 to 100
         * @param fullAt  the value at or beyond which it earns its full points, better than {@code zeroAt}
         * @param zeroAt  the value at or beyond which it earns none
         * @throws IllegalArgumentException if a code is blank, has a control character or surrounding spaces
         */
        public Item {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(indicator, "indicator");
            Texts.checkLine("Assessment item code", code);
            Texts.checkLine("Assessment item " + Texts.quoted(code) + ": section", section);
        }

        /**
         * Scores a value: the points times its position between zero and full marks, clamped.
         *
         * @param value  the indicator's value
         * @return the points earned, 0 to {@link #points()}
         */
        public double score(double value) {
            double share = (value - zeroAt) / (fullAt - zeroAt);
            return points * Math.max(0, Math.min(1, share));
        }
    }

    /**
     * A bonus item (加分项目): points per time it applies, up to its own cap.
     *
     * @param code  the item's code, such as {@code COMMENDED}, one line without surrounding spaces, not blank
     * @param name  what earns it, not null
     * @param pointsEach  the points each time, positive
     * @param cap  the most it can earn, positive
     */
    public record BonusItem(String code, BilingualText name, double pointsEach, double cap) {

        /**
         * Creates a bonus item.
         *
         * @param code  the item's code, such as {@code COMMENDED}, one line without surrounding spaces, not blank
         * @param name  what earns it, not null
         * @param pointsEach  the points each time, positive
         * @param cap  the most it can earn, positive
         * @throws IllegalArgumentException if the code is blank, has a control character or surrounding spaces
         */
        public BonusItem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Texts.checkLine("Assessment bonus item code", code);
        }
    }

    private final String name;
    private final String note;
    private final List<Section> sections;
    private final List<Item> items;
    private final List<BonusItem> bonusItems;
    private final double bonusCap;
    private final double excellentFrom;
    private final double passFrom;
    private final int minimumCoverage;
    /** The items of each section, in section order. */
    private final Item[][] bySection;

    private AssessmentScheme(Builder b) {
        this.name = b.name;
        this.note = b.note;
        this.sections = ImmutableList.copyOf(b.sections.values());
        this.items = ImmutableList.copyOf(b.items.values());
        this.bonusItems = ImmutableList.copyOf(b.bonusItems.values());
        this.bonusCap = b.bonusCap;
        this.excellentFrom = b.excellentFrom;
        this.passFrom = b.passFrom;
        this.minimumCoverage = b.minimumCoverage;
        this.bySection = new Item[sections.size()][];
        for (int s = 0; s < sections.size(); s++) {
            String code = sections.get(s).code();
            bySection[s] = items.stream().filter(i -> i.section().equals(code)).toArray(Item[]::new);
        }
    }

    /**
     * Starts a scheme with no section, no bonus, a bonus cap of 0, thresholds 优秀 from 90 and 合格 from 60, and a
     * minimum coverage of 50 points.
     *
     * @param name  the scheme's name, such as 某县2026年度行政执法评议考核方案, one line without surrounding spaces,
     *        not blank
     * @return the builder, not null
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns a builder holding this scheme under another name, to adapt it. The note, bonus cap, thresholds and
     * minimum coverage can be set once each on it; sections, items and bonus items are replaced by code.
     *
     * @param name  the new scheme's name, not blank
     * @return the builder, not null
     * @throws IllegalArgumentException if the name is blank, has a control character or surrounding spaces
     */
    public Builder toBuilder(String name) {
        Builder b = new Builder(name);
        b.note = note;
        b.bonusCap = bonusCap;
        b.excellentFrom = excellentFrom;
        b.passFrom = passFrom;
        b.minimumCoverage = minimumCoverage;
        sections.forEach(b::section);
        items.forEach(b::item);
        bonusItems.forEach(b::bonus);
        return b;
    }

    /** @return the name, not null */
    public String name() {
        return name;
    }

    /** @return what the scheme rests on and where it interprets; empty if nothing is said */
    public String note() {
        return note;
    }

    /** @return the sections, in order, not null */
    public List<Section> sections() {
        return sections;
    }

    /** @return the items, in order, not null */
    public List<Item> items() {
        return items;
    }

    /** @return the bonus items, in order, not null */
    public List<BonusItem> bonusItems() {
        return bonusItems;
    }

    /** @return the most bonus points an agency can earn in all */
    public double bonusCap() {
        return bonusCap;
    }

    /** @return the lowest total graded 优秀 */
    public double excellentFrom() {
        return excellentFrom;
    }

    /** @return the lowest total graded 合格 */
    public double passFrom() {
        return passFrom;
    }

    /** @return the points of 100 that the items with data must carry, as the scheme sets them, for a score */
    public int minimumCoverage() {
        return minimumCoverage;
    }

    /**
     * Grades a total.
     *
     * @param total  the total, with the bonus
     * @return the grade, not null
     */
    public Grade grade(double total) {
        return total >= excellentFrom ? Grade.EXCELLENT : total >= passFrom ? Grade.PASS : Grade.FAIL;
    }

    /**
     * Assesses an agency's period (评议考核): indicators, item and section points, bonus, total and grade.
     * Constant time in the number of cases and files behind the period.
     *
     * @param period  the agency's period, not null
     * @return the assessment, not null
     * @throws IllegalArgumentException if the period claims a bonus item the scheme lacks; the message names the
     *         agency, the bonus code and the scheme
     */
    public AgencyAssessment assess(AgencyPeriod period) {
        Objects.requireNonNull(period, "period");
        List<AgencyAssessment.ItemScore> itemScores = new ArrayList<>(items.size());
        List<AgencyAssessment.SectionScore> sectionScores = new ArrayList<>(sections.size());
        double[] earned = new double[sections.size()];
        int[] available = new int[sections.size()];
        int weights = 0;
        int covered = 0;
        for (int s = 0; s < sections.size(); s++) {
            for (Item item : bySection[s]) {
                IndicatorValue value = period.indicator(item.indicator());
                if (value.hasData()) {
                    earned[s] += item.score(value.value().getAsDouble());
                    available[s] += item.points();
                }
            }
            weights += available[s] > 0 ? sections.get(s).weight() : 0;
            covered += available[s];
        }
        boolean scored = weights > 0 && covered >= minimumCoverage;
        double base = 0;
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            boolean counted = available[s] > 0;
            // an item's own points, scaled to its section's weight, then to the weight of sections with data
            double factor = counted && scored ? (double) section.weight() / available[s] * 100.0 / weights : 0;
            for (Item item : bySection[s]) {
                IndicatorValue value = period.indicator(item.indicator());
                double own = value.hasData() ? item.score(value.value().getAsDouble()) : 0;
                itemScores.add(new AgencyAssessment.ItemScore(item, value, own, own * factor));
            }
            double points = earned[s] * factor;
            sectionScores.add(new AgencyAssessment.SectionScore(section, counted, points));
            base += points;
        }
        List<AgencyAssessment.BonusScore> bonuses = new ArrayList<>();
        double bonus = 0;
        for (Map.Entry<String, Long> claim : period.bonusClaims().entrySet()) {
            BonusItem item = bonusItems.stream().filter(i -> i.code().equals(claim.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(String.format("Agency period %s claims bonus "
                            + "item %s, which assessment scheme %s lacks; it has %s", period.agency(),
                            Texts.quoted(claim.getKey()), Texts.quoted(name),
                            bonusItems.stream().map(b -> Texts.quoted(b.code())).toList())));
            double points = Math.min(item.cap(), item.pointsEach() * claim.getValue());
            bonuses.add(new AgencyAssessment.BonusScore(item, claim.getValue(), points));
            bonus += points;
        }
        bonus = scored ? round(Math.min(bonusCap, bonus)) : 0;
        base = scored ? round(base) : 0;
        double total = round(base + bonus);
        return new AgencyAssessment(period, this, itemScores, sectionScores, bonuses, base, bonus, total,
                scored ? Optional.of(grade(total)) : Optional.empty());
    }

    /** Rounds to 0.01, half up, as the scheme keeps points. */
    static double round(double points) {
        // half up on the decimal the number prints as: 1.005 is 1.01, which Math.round(points * 100) gets wrong
        return java.math.BigDecimal.valueOf(points).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AssessmentScheme s && name.equals(s.name) && note.equals(s.note)
                && sections.equals(s.sections) && items.equals(s.items) && bonusItems.equals(s.bonusItems)
                && bonusCap == s.bonusCap && excellentFrom == s.excellentFrom && passFrom == s.passFrom
                && minimumCoverage == s.minimumCoverage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sections, items, bonusItems);
    }

    @Override
    public String toString() {
        return "AssessmentScheme{" + name + ", " + sections.size() + " sections, " + items.size() + " items}";
    }

    private static AssessmentScheme defaultScheme() {
        return builder("行政执法评议考核默认方案")
                .note("通用30、专用50、外部评议20的分值结构见于市级评议考核办法；各项目指标、满分值、零分值、加分项目及"
                        + "等次分数线均为本库的解释性默认值，应由组织考核的人民政府确定")
                .section(new Section("GENERAL", BilingualText.of("通用指标", "general"), 30))
                .section(new Section("SPECIFIC", BilingualText.of("专用指标", "sector-specific"), 50))
                .section(new Section("EXTERNAL", BilingualText.of("外部评议", "external evaluation"), 20))
                .item(new Item("OVERDUE", "GENERAL", Indicator.OVERDUE_RATE, 10, 0, 10))
                .item(new Item("LEGALITY_REVIEW", "GENERAL", Indicator.LEGALITY_REVIEW_COVERAGE, 10, 100, 80))
                .item(new Item("FILE_SCORE", "GENERAL", Indicator.CASE_FILE_AVERAGE_SCORE, 10, 90, 60))
                .item(new Item("FILE_PASS", "SPECIFIC", Indicator.CASE_FILE_PASS_RATE, 20, 100, 60))
                .item(new Item("RECONSIDERATION", "SPECIFIC", Indicator.RECONSIDERATION_CORRECTION_RATE, 15, 0, 30))
                .item(new Item("LITIGATION", "SPECIFIC", Indicator.LITIGATION_LOSS_RATE, 15, 0, 30))
                .item(new Item("SATISFACTION", "EXTERNAL", Indicator.SATISFACTION_RATE, 12, 95, 60))
                .item(new Item("COMPLAINTS", "EXTERNAL", Indicator.COMPLAINTS_PER_100_CASES, 8, 0, 10))
                .bonus(new BonusItem("COMMENDED", BilingualText.of("受到上级表彰", "commended by a superior body"), 2, 4))
                .bonus(new BonusItem("MODEL_CASE", BilingualText.of("案例被上级采用推广",
                        "a case taken up as a model by a superior body"), 1, 3))
                .bonusCap(5)
                .build();
    }

    /**
     * Builds an {@link AssessmentScheme} (评议考核方案). Adding a section, item or bonus item with the code of one
     * already added replaces it in place; the note, bonus cap, thresholds and minimum coverage are set once each.
     * Not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("AssessmentScheme");
        private final String name;
        private String note = "";
        private final Map<String, Section> sections = new LinkedHashMap<>();
        private final Map<String, Item> items = new LinkedHashMap<>();
        private final Map<String, BonusItem> bonusItems = new LinkedHashMap<>();
        private double bonusCap;
        private double excellentFrom = 90;
        private double passFrom = 60;
        private int minimumCoverage = 50;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
            Texts.checkLine("Assessment scheme name", name);
        }

        /**
         * Says what the scheme rests on and where it interprets (说明); empty unless set.
         *
         * @param note  the note, empty or a text with no control character but line breaks, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the note is blank but not empty, or has another control character
         * @throws IllegalStateException if the note is already set
         */
        public Builder note(String note) {
            Objects.requireNonNull(note, "note");
            String checked = Texts.checkTextOrEmpty("Assessment scheme " + Texts.quoted(name) + ": note", note);
            this.note = required.once("note", checked);
            return this;
        }

        /**
         * Adds a section (考核项目类别), or replaces the section of the same code.
         *
         * @param section  the section, not null
         * @return this builder, not null
         * @throws NullPointerException if the section is null
         */
        public Builder section(Section section) {
            Objects.requireNonNull(section, "section");
            sections.put(section.code(), section);
            return this;
        }

        /**
         * Adds an item (考核指标), or replaces the item of the same code.
         *
         * @param item  the item, not null
         * @return this builder, not null
         * @throws NullPointerException if the item is null
         */
        public Builder item(Item item) {
            Objects.requireNonNull(item, "item");
            items.put(item.code(), item);
            return this;
        }

        /**
         * Removes an item, such as one of the scheme the builder was filled from.
         *
         * @param code  the item's code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if there is no such item
         */
        public Builder removeItem(String code) {
            Objects.requireNonNull(code, "code");
            checkArgument(items.remove(code) != null, "Assessment scheme %s has no item %s to remove",
                    Texts.quoted(name), Texts.quoted(code));
            return this;
        }

        /**
         * Adds a bonus item (加分项目), or replaces the bonus item of the same code.
         *
         * @param bonus  the bonus item, not null
         * @return this builder, not null
         * @throws NullPointerException if the bonus item is null
         */
        public Builder bonus(BonusItem bonus) {
            Objects.requireNonNull(bonus, "bonus");
            bonusItems.put(bonus.code(), bonus);
            return this;
        }

        /**
         * Sets the most bonus points an agency can earn in all (加分上限; default 0).
         *
         * @param cap  the cap, 0 to 100
         * @return this builder, not null
         * @throws IllegalArgumentException if the cap is outside 0 to 100; nothing is set
         * @throws IllegalStateException if the cap is already set
         */
        public Builder bonusCap(double cap) {
            this.bonusCap = required.once("bonusCap", cap, c -> checkArgument(c >= 0 && c <= 100, "Assessment scheme "
                    + "%s: bonus cap must be 0 to 100, but was %s", Texts.quote(name), c));
            return this;
        }

        /**
         * Sets the grade thresholds (等次分数线; default 优秀 from 90, 合格 from 60).
         *
         * @param excellentFrom  the lowest total graded 优秀, at least {@code passFrom} and at most 100
         * @param passFrom  the lowest total graded 合格, above 0
         * @return this builder, not null
         * @throws IllegalArgumentException if the thresholds are not {@code 0 < pass <= excellent <= 100}; nothing is
         *         set
         * @throws IllegalStateException if the thresholds are already set
         */
        public Builder thresholds(double excellentFrom, double passFrom) {
            this.excellentFrom = required.once("thresholds", excellentFrom, e -> checkArgument(0 < passFrom
                    && passFrom <= e && e <= 100, "Assessment scheme %s: thresholds must satisfy 0 < pass <= "
                    + "excellent <= 100, but were pass %s, excellent %s", Texts.quote(name), passFrom, e));
            this.passFrom = passFrom;
            return this;
        }

        /**
         * Sets the points of 100, as the scheme sets them, that the items with data must carry for the agency to be
         * scored (default 50).
         *
         * @param points  the points, 0 to 100
         * @return this builder, not null
         * @throws IllegalArgumentException if the points are outside 0 to 100; nothing is set
         * @throws IllegalStateException if the minimum coverage is already set
         */
        public Builder minimumCoverage(int points) {
            this.minimumCoverage = required.once("minimumCoverage", points, p -> checkArgument(p >= 0 && p <= 100,
                    "Assessment scheme %s: minimum coverage must be 0 to 100 points, but was %s", Texts.quote(name),
                    p));
            return this;
        }

        /**
         * Builds the scheme.
         *
         * @return the scheme, not null
         * @throws IllegalArgumentException if a weight is negative or over 100, the sections do not add up to 100,
         *         the items of a section do not add up to its weight, an item refers to a section the scheme lacks,
         *         an item's full-marks value is not better than its zero value, a bonus is not positive or its cap
         *         out of range, the minimum coverage is outside 0 to 100, or the thresholds are not
         *         {@code 0 < pass <= excellent <= 100}; the message names the scheme, the section or item, the
         *         value and the rule
         */
        public AssessmentScheme build() {
            String scheme = Texts.quote(name);
            checkArgument(!sections.isEmpty(), "Assessment scheme %s has no section", scheme);
            int sum = 0;
            for (Section s : sections.values()) {
                checkArgument(s.weight() >= 0 && s.weight() <= 100, "Assessment scheme %s: section %s has weight "
                        + "%s, but a weight must be 0 to 100", scheme, Texts.quoted(s.code()), s.weight());
                sum += s.weight();
            }
            checkArgument(sum == 100, "Assessment scheme %s: sections add up to %s points, but must add up to 100",
                    scheme, sum);
            Map<String, Integer> bySection = new LinkedHashMap<>();
            for (Item i : items.values()) {
                checkArgument(sections.containsKey(i.section()), "Assessment scheme %s: item %s refers to section "
                        + "%s, which the scheme lacks; it has %s", scheme, Texts.quoted(i.code()),
                        Texts.quoted(i.section()), sections.keySet().stream().map(Texts::quote).toList());
                checkArgument(i.points() >= 0 && i.points() <= 100, "Assessment scheme %s: item %s has weight %s, "
                        + "but a weight must be 0 to 100", scheme, Texts.quoted(i.code()), i.points());
                checkArgument(Double.isFinite(i.fullAt()) && Double.isFinite(i.zeroAt())
                                && i.indicator().isBetter(i.fullAt(), i.zeroAt()),
                        "Assessment scheme %s: item %s scores %s, where %s, from full marks at %s to zero at %s, but "
                                + "the full-marks value must be better than the zero value", scheme,
                        Texts.quoted(i.code()), i.indicator(),
                        i.indicator().direction() == Indicator.Direction.HIGHER_IS_BETTER
                                ? "higher is better" : "lower is better", i.fullAt(), i.zeroAt());
                bySection.merge(i.section(), i.points(), Integer::sum);
            }
            for (Section s : sections.values()) {
                int points = bySection.getOrDefault(s.code(), 0);
                checkArgument(points == s.weight(), "Assessment scheme %s: items of section %s add up to %s "
                        + "points, but must add up to the section's weight %s", scheme, Texts.quoted(s.code()), points,
                        s.weight());
            }
            for (BonusItem b : bonusItems.values()) {
                checkArgument(b.pointsEach() > 0 && b.cap() > 0 && b.cap() <= 100, "Assessment scheme %s: bonus "
                        + "item %s has %s points each and cap %s, but both must be positive and the cap at most 100",
                        scheme, Texts.quoted(b.code()), b.pointsEach(), b.cap());
            }
            return new AssessmentScheme(this);
        }
    }
}
