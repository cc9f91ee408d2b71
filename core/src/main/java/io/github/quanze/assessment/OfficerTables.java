package io.github.quanze.assessment;

import static io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import static io.github.quanze.rule.Cell.anyOf;
import static io.github.quanze.rule.Cell.atLeast;
import static io.github.quanze.rule.Cell.is;
import static io.github.quanze.rule.Cell.yes;

import io.github.quanze.rule.Aggregation;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.sanction.LegalWording;
import java.util.Comparator;
import java.util.function.Function;

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

    /** Reads the rating table's columns from an officer's year. */
    static final FactSchema<OfficerYear> YEAR = FactSchema.<OfficerYear>builder("officer year")
            .intColumn("graveFaults", OfficerYear::graveFaults)
            .intColumn("seriousFaults", OfficerYear::seriousFaults)
            .intColumn("minorFaults", OfficerYear::minorFaults)
            .intColumn("failedFiles", OfficerYear::failedFiles)
            .intColumn("filesBelowExcellent", OfficerYear::filesBelowExcellent)
            .intColumn("reviewedFiles", OfficerYear::reviewedFiles)
            .build();

    /** Reads the card table's columns from an officer's year and rating. */
    static final FactSchema<CardGrounds> GROUNDS = FactSchema.<CardGrounds>builder("card grounds")
            .intColumn("graveFaults", g -> g.year().graveFaults())
            .intColumn("seriousFaults", g -> g.year().seriousFaults())
            .enumColumn("rating", OfficerRating.class, CardGrounds::rating)
            .booleanColumn("secondIncompetentYear", CardGrounds::isSecondIncompetentYear)
            .build();

    private OfficerTables() {}

    /** A count in a year: more is graver. */
    private static Column count(String name) {
        return Column.ofInt(name, 0, Integer.MAX_VALUE).graverWhenGreater();
    }

    /** The default rating table. */
    static DecisionTable<OfficerYear, OfficerRating> ratings() {
        return spec(RATING_TABLE, OfficerRating::label)
                .columns(count("graveFaults"), count("seriousFaults"), count("minorFaults"), count("failedFiles"),
                        count("filesBelowExcellent"),
                        // unordered: more files reviewed is neither graver nor lighter
                        Column.ofInt("reviewedFiles", 0, Integer.MAX_VALUE))
                .row("RATING.COMPETENT").basis(RATING_BASIS)
                        .title(BilingualText.of("无下列情形的，评为合格", "rated competent where nothing below applies"))
                        .then(OfficerRating.COMPETENT)
                .row("RATING.EXCELLENT").basis(RATING_BASIS)
                        .title(BilingualText.of("年度内无执法过错，经评查的案卷均为优秀的，评为优秀",
                                "no fault in the year and every reviewed file excellent: excellent"))
                        .when("graveFaults", is(0)).when("seriousFaults", is(0)).when("minorFaults", is(0))
                        .when("failedFiles", is(0)).when("filesBelowExcellent", is(0))
                        .when("reviewedFiles", atLeast(1))
                        .then(OfficerRating.EXCELLENT).overrides("RATING.COMPETENT")
                .row("RATING.BASIC.SERIOUS_FAULT").basis(RATING_BASIS)
                        .title(BilingualText.of("年度内有严重过错的，评为基本合格", "a serious fault in the year: basically "
                                + "competent"))
                        .when("seriousFaults", atLeast(1))
                        .then(OfficerRating.BASIC).overrides("RATING.COMPETENT")
                .row("RATING.BASIC.FAILED_FILE").basis(RATING_BASIS)
                        .title(BilingualText.of("年度内承办的案卷经评查不合格的，评为基本合格",
                                "a case file of the year failed review: basically competent"))
                        .when("failedFiles", atLeast(1))
                        .then(OfficerRating.BASIC).overrides("RATING.COMPETENT")
                .row("RATING.BASIC.REPEATED_MINOR").basis(RATING_BASIS)
                        .title(BilingualText.of("年度内一般过错三次以上的，评为基本合格",
                                "three or more minor faults in the year: basically competent"))
                        .when("minorFaults", atLeast(REPEATED))
                        .then(OfficerRating.BASIC).overrides("RATING.COMPETENT")
                .row("RATING.INCOMPETENT.GRAVE_FAULT").basis(RATING_BASIS)
                        .title(BilingualText.of("年度内有特别严重过错的，评为不合格", "a grave fault in the year: incompetent"))
                        .when("graveFaults", atLeast(1))
                        .then(OfficerRating.INCOMPETENT).overrides("RATING.COMPETENT")
                .row("RATING.INCOMPETENT.REPEATED_SERIOUS").basis(RATING_BASIS)
                        .title(BilingualText.of("年度内严重过错三次以上的，评为不合格",
                                "three or more serious faults in the year: incompetent"))
                        .when("seriousFaults", atLeast(REPEATED))
                        .then(OfficerRating.INCOMPETENT).overrides("RATING.COMPETENT", "RATING.BASIC.SERIOUS_FAULT")
                .row("RATING.INCOMPETENT.REPEATED_FAILED_FILE").basis(RATING_BASIS)
                        .title(BilingualText.of("年度内三件以上案卷经评查不合格的，评为不合格",
                                "three or more case files of the year failed review: incompetent"))
                        .when("failedFiles", atLeast(REPEATED))
                        .then(OfficerRating.INCOMPETENT).overrides("RATING.COMPETENT", "RATING.BASIC.FAILED_FILE")
                .build()
                .compile(YEAR);
    }

    /** The default card table. */
    static DecisionTable<CardGrounds, OfficerCard> cards() {
        return spec(CARD_TABLE, OfficerCard::label)
                .columns(count("graveFaults"), count("seriousFaults"),
                        Column.ofEnum("rating", OfficerRating.class).graverWhenGreater(),
                        Column.ofBoolean("secondIncompetentYear").graverWhenGreater())
                .row("CARD.GREEN").basis(CARD_BASIS)
                        .title(BilingualText.of("无下列情形的，为绿卡", "green card where nothing below applies"))
                        .then(OfficerCard.GREEN)
                .row("CARD.YELLOW.SERIOUS_FAULT").basis(CARD_BASIS)
                        .title(BilingualText.of("年度内有严重过错的，给予黄卡：暂停执法、离岗培训",
                                "a serious fault in the year: yellow card, enforcement suspended and off-post training"))
                        .when("seriousFaults", atLeast(1))
                        .then(OfficerCard.YELLOW).overrides("CARD.GREEN")
                .row("CARD.YELLOW.RATING").basis(CARD_BASIS)
                        .title(BilingualText.of("年度考核为基本合格或者不合格的，给予黄卡：暂停执法、离岗培训",
                                "rated basically competent or incompetent: yellow card, enforcement suspended and "
                                        + "off-post training"))
                        .when("rating", anyOf(OfficerRating.BASIC, OfficerRating.INCOMPETENT))
                        .then(OfficerCard.YELLOW).overrides("CARD.GREEN")
                .row("CARD.RED.GRAVE_FAULT").basis(CARD_BASIS)
                        .title(BilingualText.of("年度内有特别严重过错的，给予红卡：取消执法资格",
                                "a grave fault in the year: red card, qualification revoked"))
                        .when("graveFaults", atLeast(1))
                        .then(OfficerCard.RED).overrides("CARD.GREEN")
                .row("CARD.RED.SECOND_INCOMPETENT_YEAR").basis(CARD_BASIS)
                        .title(BilingualText.of("连续两年考核不合格的，给予红卡：取消执法资格",
                                "incompetent two years in a row: red card, qualification revoked"))
                        .when("secondIncompetentYear", yes())
                        .then(OfficerCard.RED).overrides("CARD.GREEN")
                .build()
                .compile(GROUNDS);
    }

    /**
     * A table whose applicable rows all count and whose worst outcome wins, so an explanation lists every ground,
     * worded as a decision.
     */
    private static <O extends Comparable<O>> TableSpec.Builder<O> spec(String name,
            Function<? super O, io.github.quanze.text.BilingualText> label) {
        return TableSpec.<O>builder(name, HitPolicy.COLLECT)
                .aggregation(Aggregation.heaviest(Comparator.<O>naturalOrder()))
                .order(Comparator.<O>naturalOrder())
                .wording(LegalWording.of(label));
    }
}
