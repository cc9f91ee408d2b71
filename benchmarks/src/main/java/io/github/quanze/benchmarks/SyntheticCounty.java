package io.github.quanze.benchmarks;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.AgencyTally;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.assessment.OfficerAppraisals;
import io.github.quanze.assessment.OfficerYear;
import io.github.quanze.assessment.ReconsiderationOutcome;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.Role;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A synthetic county's year of assessment (评议考核) for benchmarks, generated from a seed: the ranking of
 * {@code agencies} agencies, each assessed by the default scheme on tallies drawn from its own quality (case files
 * passed, cases late, legality reviews, survey, publications; one agency in twenty also has a reconsideration
 * corrected), and the appraisals of {@value #OFFICERS_PER_AGENCY} officers per agency, most of them without a fault,
 * some with a late case (minor), a case of unclear facts (serious) or a bribe (grave), so that every card occurs.
 *
 * @param ranking  the agencies' ranking
 * @param officers  the officers' appraisals, agency by agency
 */
public record SyntheticCounty(AgencyRanking ranking, List<OfficerAppraisal> officers) {

    /** The officers of each agency. */
    public static final int OFFICERS_PER_AGENCY = 20;

    private static final int YEAR = 2026;
    private static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    private static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    /**
     * Generates a county.
     *
     * @param agencies  the number of agencies, at least 1
     * @param seed  the seed; the same arguments give the same county
     * @return the county, not null
     */
    public static SyntheticCounty generate(int agencies, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        OfficerAppraisals appraisals = OfficerAppraisals.defaults();
        List<AgencyAssessment> assessed = new ArrayList<>();
        List<OfficerAppraisal> officers = new ArrayList<>();
        for (int a = 0; a < agencies; a++) {
            String id = String.format("A%04d", a + 1);
            int quality = random.nextInt(11);
            int files = 10 + random.nextInt(20);
            int passed = Math.min(files, files * quality / 10 + random.nextInt(3));
            int cases = 20 + random.nextInt(200);
            int reviews = 1 + random.nextInt(20);
            int surveyed = 50 + random.nextInt(100);
            int published = 10 + random.nextInt(50);
            AgencyTally tally = AgencyTally.of(AgencyId.of(id), "某县第" + (a + 1) + "行政执法单位", FROM, TO)
                    .caseFiles(files, passed, (long) files * (60 + quality * 4), files * 100L)
                    .cases(cases, random.nextInt(1 + cases * (11 - quality) / 50))
                    .legalityReviews(reviews, Math.min(reviews, reviews * (5 + quality) / 15))
                    .survey(surveyed, surveyed * (60 + quality * 3) / 100)
                    .publications(published, published * (50 + quality * 5) / 100);
            if (random.nextInt(20) == 0) {
                tally.reconsiderations(ReconsiderationOutcome.VARIED, 1);
            }
            assessed.add(AssessmentScheme.DEFAULT.assess(tally.toPeriod()));
            for (int o = 0; o < OFFICERS_PER_AGENCY; o++) {
                Officer officer = Officer.builder().id(OfficerId.of(id + "-" + o)).name("执法人员" + id + "-" + o)
                        .agency(AgencyId.of(id)).addPost(PostId.of(id + "-P" + o % 4)).build();
                int draw = random.nextInt(100);
                List<Fault> faults = draw < 80 ? List.of() : List.of(draw < 92 ? fault(officer, FaultType.OVERDUE,
                        FaultForm.ORDINARY_NEGLIGENCE, Consequence.MINOR) : draw < 98 ? fault(officer,
                        FaultType.FACTS_UNCLEAR, FaultForm.GROSS_NEGLIGENCE, Consequence.SERIOUS)
                        : fault(officer, FaultType.CORRUPTION, FaultForm.INTENT, Consequence.SERIOUS));
                officers.add(appraisals.appraise(OfficerYear.of(officer, Year.of(YEAR), List.of(), faults,
                        Optional.empty())));
            }
        }
        return new SyntheticCounty(AgencyRanking.of(assessed), List.copyOf(officers));
    }

    private static Fault fault(Officer officer, FaultType type, FaultForm form, Consequence consequence) {
        return Fault.builder().subject(FaultSubject.officer(officer.id(), officer.name())).type(type).form(form)
                .consequence(consequence).role(Role.HANDLER).responsibility(Responsibility.DIRECT)
                .actDate(LocalDate.of(YEAR, 6, 18)).description("评查发现的过错（示例）").build();
    }
}
