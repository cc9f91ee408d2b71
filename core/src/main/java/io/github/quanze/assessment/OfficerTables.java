package io.github.quanze.assessment;

import static io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Aggregation;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.RuleId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The default tables of officer ratings and cards (执法人员考核等次表、红黄绿卡表).
 * <p>
 * Interpretation, throughout. 国办发〔2005〕37号 makes the annual appraisal a ground for measures against officers
 * ("根据年度考核情况…给予批评教育、离岗培训、调离执法岗位、取消执法资格等处理") and its implementing opinions grade officers
 * 优秀/合格/基本合格/不合格 (fymate.net lar/168785), but no text read says which facts earn which grade, nor which
 * earn a card (seed 004; 镇安县). The defaults read the grades of the civil-service appraisal across
 * (《公务员考核规定（试行）》 of 2007, as news reports quote it: 基本称职 for "在工作中有较大失误", 不称职 for
 * "在工作中因严重失误、失职造成重大损失或者恶劣社会影响") onto the fault tiers: a serious fault (严重过错) or a failed case
 * file makes the year 基本合格, a grave fault (特别严重过错) 不合格; three of a kind in one year count one grade worse,
 * as three faults in a year aggravate in the municipal measures (一年内三次以上, e.g. fymate.net lar/173094 Art 36); 优秀 needs at least one
 * reviewed file, every file 优秀, and no fault. Cards: yellow (暂停执法、接受培训, as 镇安县 describes it) after a serious
 * fault or a 基本合格 (or worse) year, red (取消执法资格) after a grave fault or a second 不合格 year in a row, the
 * ground on which the implementing opinion calls for 取消执法资格.
 * <p>
 * Both tables collect every applicable row and keep the worst outcome, so an explanation lists every ground; each
 * row that worsens the outcome is an exception to the default row, so the default row fires only when nothing else
 * does. Both pass {@link DecisionTable#verify()}: no gap, and no graver input with a better outcome.
 */
final class OfficerTables {

    static final String RATING_TABLE = "执法人员年度考核等次表";
    static final String CARD_TABLE = "执法人员红黄绿卡表";

    /** Three of a kind in one year count one grade worse. */
    static final int REPEATED = 3;

    static final Provision OPINIONS = Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS);
    static final Provision CIVIL_SERVICE_GRADES = Provision.of(CIVIL_SERVANTS_LAW, 38);
    private static final LegalBasis RATING_BASIS = LegalBasis.of(OPINIONS, CIVIL_SERVICE_GRADES);
    private static final LegalBasis CARD_BASIS = LegalBasis.of(OPINIONS);

    private static final int MAX = Integer.MAX_VALUE - 1;

    static final Column<OfficerYear> GRAVE_FAULTS = count("graveFaults", OfficerYear::graveFaults);
    static final Column<OfficerYear> SERIOUS_FAULTS = count("seriousFaults", OfficerYear::seriousFaults);
    static final Column<OfficerYear> MINOR_FAULTS = count("minorFaults", OfficerYear::minorFaults);
    static final Column<OfficerYear> FAILED_FILES = count("failedFiles", OfficerYear::failedFiles);
    static final Column<OfficerYear> FILES_BELOW_EXCELLENT = count("filesBelowExcellent",
            OfficerYear::filesBelowExcellent);
    /** Unordered: more files reviewed is neither graver nor lighter. */
    static final Column<OfficerYear> REVIEWED_FILES = Column.ofInt("reviewedFiles", 0, MAX,
            OfficerYear::reviewedFiles);
    private static final List<Column<OfficerYear>> RATING_COLUMNS = List.of(GRAVE_FAULTS, SERIOUS_FAULTS,
            MINOR_FAULTS, FAILED_FILES, FILES_BELOW_EXCELLENT, REVIEWED_FILES);

    static final Column<CardGrounds> CARD_GRAVE_FAULTS = Column.<CardGrounds>ofInt("graveFaults", 0, MAX,
            g -> g.year().graveFaults()).graverWhenGreater();
    static final Column<CardGrounds> CARD_SERIOUS_FAULTS = Column.<CardGrounds>ofInt("seriousFaults", 0, MAX,
            g -> g.year().seriousFaults()).graverWhenGreater();
    static final Column<CardGrounds> RATING = Column.<CardGrounds, OfficerRating>ofEnum("rating",
            OfficerRating.class, CardGrounds::rating).graverWhenGreater();
    static final Column<CardGrounds> SECOND_INCOMPETENT_YEAR = Column.<CardGrounds>ofBoolean(
            "secondIncompetentYear", CardGrounds::isSecondIncompetentYear).graverWhenGreater();
    private static final List<Column<CardGrounds>> CARD_COLUMNS = List.of(CARD_GRAVE_FAULTS, CARD_SERIOUS_FAULTS,
            RATING, SECOND_INCOMPETENT_YEAR);

    private OfficerTables() {}

    private static Column<OfficerYear> count(String name, ToIntFunction<OfficerYear> reader) {
        return Column.<OfficerYear>ofInt(name, 0, MAX, reader).graverWhenGreater();
    }

    /** The default rating table. */
    static DecisionTable<OfficerYear, OfficerRating> ratings() {
        Rows<OfficerYear, OfficerRating> t = new Rows<>(RATING_TABLE, RATING_COLUMNS, RATING_BASIS,
                Comparator.naturalOrder(), OfficerRating::label);
        RuleId base = t.row("RATING.COMPETENT", BilingualText.of("无下列情形的，评为合格",
                "rated competent where nothing below applies"), OfficerRating.COMPETENT, t.cells());
        t.exception(base, "RATING.EXCELLENT", BilingualText.of("年度内无执法过错，经评查的案卷均为优秀的，评为优秀",
                        "no fault in the year and every reviewed file excellent: excellent"), OfficerRating.EXCELLENT,
                t.cells().with(GRAVE_FAULTS, Cell.is(0)).with(SERIOUS_FAULTS, Cell.is(0))
                        .with(MINOR_FAULTS, Cell.is(0)).with(FAILED_FILES, Cell.is(0))
                        .with(FILES_BELOW_EXCELLENT, Cell.is(0)).with(REVIEWED_FILES, Cell.atLeast(1)));
        RuleId serious = t.exception(base, "RATING.BASIC.SERIOUS_FAULT", BilingualText.of(
                        "年度内有严重过错的，评为基本合格", "a serious fault in the year: basically competent"),
                OfficerRating.BASIC, t.cells().with(SERIOUS_FAULTS, Cell.atLeast(1)));
        RuleId failed = t.exception(base, "RATING.BASIC.FAILED_FILE", BilingualText.of(
                        "年度内承办的案卷经评查不合格的，评为基本合格", "a case file of the year failed review: basically competent"),
                OfficerRating.BASIC, t.cells().with(FAILED_FILES, Cell.atLeast(1)));
        t.exception(base, "RATING.BASIC.REPEATED_MINOR", BilingualText.of(
                        "年度内一般过错三次以上的，评为基本合格", "three or more minor faults in the year: basically competent"),
                OfficerRating.BASIC, t.cells().with(MINOR_FAULTS, Cell.atLeast(REPEATED)));
        t.exception(base, "RATING.INCOMPETENT.GRAVE_FAULT", BilingualText.of(
                        "年度内有特别严重过错的，评为不合格", "a grave fault in the year: incompetent"),
                OfficerRating.INCOMPETENT, t.cells().with(GRAVE_FAULTS, Cell.atLeast(1)));
        t.exception(List.of(base, serious), "RATING.INCOMPETENT.REPEATED_SERIOUS", BilingualText.of(
                        "年度内严重过错三次以上的，评为不合格", "three or more serious faults in the year: incompetent"),
                OfficerRating.INCOMPETENT, t.cells().with(SERIOUS_FAULTS, Cell.atLeast(REPEATED)));
        t.exception(List.of(base, failed), "RATING.INCOMPETENT.REPEATED_FAILED_FILE", BilingualText.of(
                        "年度内三件以上案卷经评查不合格的，评为不合格", "three or more case files of the year failed review: incompetent"),
                OfficerRating.INCOMPETENT, t.cells().with(FAILED_FILES, Cell.atLeast(REPEATED)));
        return t.build();
    }

    /** The default card table. */
    static DecisionTable<CardGrounds, OfficerCard> cards() {
        Rows<CardGrounds, OfficerCard> t = new Rows<>(CARD_TABLE, CARD_COLUMNS, CARD_BASIS,
                Comparator.naturalOrder(), OfficerCard::label);
        RuleId base = t.row("CARD.GREEN", BilingualText.of("无下列情形的，为绿卡", "green card where nothing below applies"),
                OfficerCard.GREEN, t.cells());
        t.exception(base, "CARD.YELLOW.SERIOUS_FAULT", BilingualText.of("年度内有严重过错的，给予黄卡：暂停执法、离岗培训",
                        "a serious fault in the year: yellow card, enforcement suspended and off-post training"),
                OfficerCard.YELLOW, t.cells().with(CARD_SERIOUS_FAULTS, Cell.atLeast(1)));
        t.exception(base, "CARD.YELLOW.RATING", BilingualText.of("年度考核为基本合格或者不合格的，给予黄卡：暂停执法、离岗培训",
                        "rated basically competent or incompetent: yellow card, enforcement suspended and off-post "
                                + "training"),
                OfficerCard.YELLOW, t.cells().with(RATING, Cell.in(OfficerRating.BASIC, OfficerRating.INCOMPETENT)));
        t.exception(base, "CARD.RED.GRAVE_FAULT", BilingualText.of("年度内有特别严重过错的，给予红卡：取消执法资格",
                        "a grave fault in the year: red card, qualification revoked"),
                OfficerCard.RED, t.cells().with(CARD_GRAVE_FAULTS, Cell.atLeast(1)));
        t.exception(base, "CARD.RED.SECOND_INCOMPETENT_YEAR", BilingualText.of(
                        "连续两年考核不合格的，给予红卡：取消执法资格", "incompetent two years in a row: red card, "
                                + "qualification revoked"),
                OfficerCard.RED, t.cells().with(SECOND_INCOMPETENT_YEAR, Cell.yes()));
        return t.build();
    }

    /** A table under construction, every row on one basis, whose cells are set by column, every other column any. */
    private static final class Rows<F, O> {
        private final List<Column<F>> columns;
        private final LegalBasis basis;
        private final DecisionTable.Builder<F, O> builder;

        Rows(String name, List<Column<F>> columns, LegalBasis basis, Comparator<? super O> order,
                Function<? super O, BilingualText> describer) {
            this.columns = columns;
            this.basis = basis;
            this.builder = DecisionTable.<F, O>builder(name, HitPolicy.COLLECT).aggregation(Aggregation.heaviest(order))
                    .order(order).describer(describer);
            columns.forEach(builder::input);
        }

        Cells<F> cells() {
            Cell[] cells = new Cell[columns.size()];
            Arrays.fill(cells, Cell.any());
            return new Cells<>(columns, cells);
        }

        RuleId row(String id, BilingualText title, O outcome, Cells<F> cells) {
            builder.row(id, title, basis, outcome, cells.cells);
            return RuleId.of(id);
        }

        RuleId exception(RuleId base, String id, BilingualText title, O outcome, Cells<F> cells) {
            return exception(List.of(base), id, title, outcome, cells);
        }

        RuleId exception(List<RuleId> bases, String id, BilingualText title, O outcome, Cells<F> cells) {
            RuleId rule = row(id, title, outcome, cells);
            bases.forEach(b -> builder.exception(rule, b));
            return rule;
        }

        DecisionTable<F, O> build() {
            return builder.build();
        }
    }

    /** A row's cells by column. Immutable: each setter returns a copy. */
    private static final class Cells<F> {
        private final List<Column<F>> columns;
        private final Cell[] cells;

        Cells(List<Column<F>> columns, Cell[] cells) {
            this.columns = columns;
            this.cells = cells;
        }

        Cells<F> with(Column<F> column, Cell cell) {
            Cell[] copy = cells.clone();
            copy[columns.indexOf(column)] = cell;
            return new Cells<>(columns, copy);
        }
    }
}
