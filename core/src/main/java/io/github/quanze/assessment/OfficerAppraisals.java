package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.internal.Lists;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.sanction.SanctionKind;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Annual appraisal of enforcement officers (执法人员年度考核): rates each officer's year from the case files they
 * answer for and their faults, decides the card (红黄绿卡) the year calls for, and states the consequences of the
 * rating, all on the rule API.
 * <p>
 * {@link #defaults()} uses {@link #defaultRatingTable()} and {@link #defaultCardTable()}, interpretations described
 * there; an agency with its own 考核办法 takes a table, changes its specification and compiles it
 * again ({@link DecisionTable#withSpec}), and builds its own with {@link #of}. The consequences are fixed: a 基本合格 or 不合格 rating bars an excellent civil-service
 * rating of the year, and a second 不合格 year in a row calls for 取消执法资格 or 调离执法岗位 (an implementing opinion of
 * 国办发〔2005〕37号 read at fymate.net lar/168785, whose title was not retrieved, so the rules cite 37号 itself; for
 * comparison, 公务员法 Art 88(1) dismisses a civil servant rated 不称职 two years in a row, a different appraisal).
 * <pre>{@code
 * OfficerAppraisals appraisals = OfficerAppraisals.defaults();
 * List<OfficerAppraisal> y2025 = appraisals.appraiseAll(organization, Year.of(2025), reports, faults, List.of());
 * List<OfficerAppraisal> y2026 = appraisals.appraiseAll(organization, Year.of(2026), reports, faults, y2025);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfficerAppraisals {

    private static final OfficerAppraisals DEFAULTS = new OfficerAppraisals(OfficerTables.ratings(),
            OfficerTables.cards());

    private static final RatingConsequence NO_EXCELLENT = new RatingConsequence(
            RatingConsequence.Kind.NO_EXCELLENT_CIVIL_SERVICE_RATING, List.of(),
            LegalBasis.of(OfficerTables.OPINIONS, OfficerTables.CIVIL_SERVICE_GRADES));
    private static final RatingConsequence SECOND_INCOMPETENT = new RatingConsequence(
            RatingConsequence.Kind.SECOND_INCOMPETENT_YEAR,
            List.of(SanctionKind.QUALIFICATION_REVOKED, SanctionKind.REMOVAL_FROM_POST),
            LegalBasis.of(OfficerTables.OPINIONS));

    private final DecisionTable<OfficerYear, OfficerRating> ratings;
    private final DecisionTable<CardGrounds, OfficerCard> cards;

    private OfficerAppraisals(DecisionTable<OfficerYear, OfficerRating> ratings,
            DecisionTable<CardGrounds, OfficerCard> cards) {
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /**
     * Returns the appraisal with the default tables.
     *
     * @return the appraisal, not null
     */
    public static OfficerAppraisals defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains an appraisal with tables of one's own.
     *
     * @param ratings  the rating table, which must rate every officer-year, not null
     * @param cards  the card table, which must decide every rated year, not null
     * @return the appraisal, not null
     */
    public static OfficerAppraisals of(DecisionTable<OfficerYear, OfficerRating> ratings,
            DecisionTable<CardGrounds, OfficerCard> cards) {
        return new OfficerAppraisals(ratings, cards);
    }

    /**
     * Returns the default rating table, to verify or to adapt. Interpretation (no text read grades the facts):
     * 合格 by default; 优秀 with at least one reviewed file, every file 优秀 and no fault; 基本合格 for a serious fault, a
     * failed file or three minor faults; 不合格 for a grave fault, three serious faults or three failed files.
     *
     * @return the table, not null
     */
    public static DecisionTable<OfficerYear, OfficerRating> defaultRatingTable() {
        return DEFAULTS.ratings;
    }

    /**
     * Returns the default card table, to verify or to adapt. Interpretation (no thresholds were found): GREEN by
     * default; YELLOW for a serious fault or a 基本合格 or 不合格 year; RED for a grave fault or a second 不合格 year in
     * a row.
     *
     * @return the table, not null
     */
    public static DecisionTable<CardGrounds, OfficerCard> defaultCardTable() {
        return DEFAULTS.cards;
    }

    /** @return the rating table, not null */
    public DecisionTable<OfficerYear, OfficerRating> ratingTable() {
        return ratings;
    }

    /** @return the card table, not null */
    public DecisionTable<CardGrounds, OfficerCard> cardTable() {
        return cards;
    }

    /**
     * Appraises one officer's year.
     *
     * @param organization  the organization the officer belongs to, not null
     * @param officer  the officer, not null
     * @param year  the year rated, not null
     * @param reports  case-file review results of any officers and years; those of the officer in the year count,
     *        not null
     * @param faults  faults of any subjects and years; those of the officer in the year count, not null
     * @param previousYear  appraisals of the year before, of any officers; the officer's, if there, gives the
     *        previous rating, not null
     * @return the appraisal, not null
     * @throws IllegalArgumentException if the organization does not know the officer, or an appraisal of the year
     *         before is of another year or repeats an officer
     */
    public OfficerAppraisal appraise(Organization organization, OfficerId officer, Year year,
            Collection<ReviewReport> reports, Collection<Fault> faults, Collection<OfficerAppraisal> previousYear) {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(officer, "officer");
        Officer known = organization.findOfficer(officer).orElseThrow(() -> new IllegalArgumentException(
                "Cannot appraise officer '" + officer + "': the organization does not know them"));
        Map<OfficerId, OfficerRating> previous = previousRatings(year, previousYear);
        return appraise(OfficerYear.of(known, year, reports, faults, Optional.ofNullable(previous.get(officer))));
    }

    /**
     * Appraises the year of every officer of an organization, such as all the officers of a county's agencies.
     * Each file and fault is read once, so the cost grows with the files, faults and officers, not their product.
     *
     * @param organization  the organization, not null
     * @param year  the year rated, not null
     * @param reports  case-file review results of any years; those of the year count, not null
     * @param faults  faults of any subjects and years; officers' faults of the year count, not null
     * @param previousYear  appraisals of the year before, not null
     * @return one appraisal per officer, in the organization's officer order, not null
     * @throws IllegalArgumentException if a file of the year or an officer's fault of the year names an officer the
     *         organization does not know, or an appraisal of the year before is of another year or repeats an
     *         officer
     */
    public List<OfficerAppraisal> appraiseAll(Organization organization, Year year, Collection<ReviewReport> reports,
            Collection<Fault> faults, Collection<OfficerAppraisal> previousYear) {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(year, "year");
        Map<OfficerId, OfficerRating> previous = previousRatings(year, previousYear);
        Map<OfficerId, List<ReviewReport>> files = new HashMap<>();
        for (ReviewReport report : Lists.copyOf("reports", reports)) {
            if (!OfficerYear.isIn(year, report.date())) {
                continue;
            }
            Set<OfficerId> people = new LinkedHashSet<>();
            report.handlers().forEach(p -> people.add(p.officer()));
            report.defects().forEach(d -> d.people().stream().map(Involvement::officer).forEach(people::add));
            for (OfficerId id : people) {
                checkArgument(organization.findOfficer(id).isPresent(),
                        "Case file %s names officer '%s', whom the organization does not know", report.caseId(), id);
                files.computeIfAbsent(id, k -> new ArrayList<>()).add(report);
            }
        }
        Map<OfficerId, List<Fault>> own = new HashMap<>();
        for (Fault fault : Lists.copyOf("faults", faults)) {
            if (fault.subject().kind() != FaultSubject.Kind.OFFICER || !OfficerYear.isIn(year, fault.actDate())) {
                continue;
            }
            OfficerId id = OfficerId.of(fault.subject().id());
            checkArgument(organization.findOfficer(id).isPresent(),
                    "Fault of %s names officer '%s', whom the organization does not know", fault.actDate(), id);
            if (OfficerYear.counts(fault)) {
                own.computeIfAbsent(id, k -> new ArrayList<>()).add(fault);
            }
        }
        List<OfficerAppraisal> appraisals = new ArrayList<>();
        for (Officer officer : organization.officers()) {
            appraisals.add(appraise(OfficerYear.sorted(officer, year, files.getOrDefault(officer.id(), List.of()),
                    own.getOrDefault(officer.id(), List.of()), Optional.ofNullable(previous.get(officer.id())))));
        }
        return appraisals;
    }

    /**
     * Appraises the facts of an officer's year.
     *
     * @param facts  the facts, not null
     * @return the appraisal, not null
     * @throws IllegalStateException if a table has no row for the facts
     */
    public OfficerAppraisal appraise(OfficerYear facts) {
        Objects.requireNonNull(facts, "facts");
        Decision<OfficerRating> rating = decided(ratings.decide(facts), facts);
        Decision<OfficerCard> card = decided(cards.decide(new CardGrounds(facts, rating.outcome().get())), facts);
        List<RatingConsequence> consequences = new ArrayList<>();
        OfficerRating grade = rating.outcome().get();
        if (grade.barsExcellentCivilServiceRating()) {
            consequences.add(NO_EXCELLENT);
        }
        if (new CardGrounds(facts, grade).isSecondIncompetentYear()) {
            consequences.add(SECOND_INCOMPETENT);
        }
        return new OfficerAppraisal(facts, rating, card, consequences);
    }

    private static <O> Decision<O> decided(Decision<O> decision, OfficerYear facts) {
        if (decision.outcome().isEmpty()) {
            throw new IllegalStateException(String.format("Table '%s' decides nothing for officer %s in %s: a table "
                    + "of officer appraisals must cover every input (verify() lists its gaps)", decision.ruleSet(),
                    facts.officer(), facts.year()));
        }
        return decision;
    }

    private static Map<OfficerId, OfficerRating> previousRatings(Year year, Collection<OfficerAppraisal> previous) {
        Objects.requireNonNull(year, "year");
        Map<OfficerId, OfficerRating> ratings = new HashMap<>();
        for (OfficerAppraisal a : Lists.copyOf("previousYear", previous)) {
            // compared by value: Year.minusYears fails on the first year java.time holds
            checkArgument(a.year().getValue() == (long) year.getValue() - 1, "Appraisal of officer %s for %s is not "
                    + "of the year before %s", a.officer(), a.year(), year);
            checkArgument(ratings.put(a.officer(), a.rating()) == null,
                    "Officer %s has two appraisals for %s", a.officer(), a.year());
        }
        return ratings;
    }

    @Override
    public String toString() {
        return "OfficerAppraisals{" + ratings.name() + ", " + cards.name() + "}";
    }
}
