package io.github.quanze.examples;

import io.github.quanze.assessment.LitigationOutcome;
import io.github.quanze.assessment.ReconsiderationOutcome;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.review.ReviewerFinding;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A year of the county's enforcement (2025), generated from a seed: each agency's penalty cases, the review of a
 * sample of their files by the county's review team (案卷评查), and the outcomes the assessment counts besides
 * (reconsideration and litigation results, complaints, the satisfaction survey). An agency's diligence sets how
 * often its cases slip, how many defects reviewers find and how its outcomes turn out.
 * <p>
 * Most agencies publish their penalty decisions under the rule of 国办发〔2018〕118号 (seven working days) and say
 * which records were made of each step (行政处罚法 Art 47); some do neither, and have no data for those
 * indicators. A late publication or an unrecorded step is rarer the more diligent the agency.
 */
final class CountyYear {

    /** The year assessed. */
    static final int YEAR = 2025;

    /** The day the year's cases are replayed and their files reviewed. */
    static final LocalDate REVIEWED = LocalDate.of(YEAR, 12, 31);

    /** The closed files reviewed per agency (all of them if it has fewer). */
    static final int SAMPLE = 10;

    private static final LocalDate FIRST_OPENED = LocalDate.of(YEAR, 1, 2);
    private static final int DAYS_OPENED = (int) (LocalDate.of(YEAR, 9, 30).toEpochDay() - FIRST_OPENED.toEpochDay());
    private static final String REVIEWER = "县司法局案卷评查组";
    /** Mixed into the seed of the stream the three systems draw from. */
    private static final long THREE_SYSTEMS_STREAM = 0x2018_0118L;
    /** The share of agencies that set the publication rule of 118号 on their cases. */
    private static final double PUBLISHING = 0.85;
    /** The share of agencies whose case systems say which records were made of each step. */
    private static final double STATING_RECORDS = 0.8;
    private static final ReconsiderationOutcome[] CORRECTIONS = {ReconsiderationOutcome.VARIED,
            ReconsiderationOutcome.ANNULLED, ReconsiderationOutcome.CONFIRMED_ILLEGAL,
            ReconsiderationOutcome.PERFORMANCE_ORDERED, ReconsiderationOutcome.CONFIRMED_VOID};
    private static final LitigationOutcome[] LOSSES = {LitigationOutcome.ANNULLED,
            LitigationOutcome.PERFORMANCE_ORDERED, LitigationOutcome.CONFIRMED_ILLEGAL, LitigationOutcome.CONFIRMED_VOID,
            LitigationOutcome.VARIED};
    private static final String[] FORM_DEFECTS = {"DOCUMENTS.IRREGULAR", "DOCUMENTS.MISSING", "FILING.PAGES",
            "FILING.ORDER", "FILING.INDEX", "FILING.LATE"};
    private static final String[] CONTENT_DEFECTS = {"EVIDENCE.DEFECT", "LAW.IMPRECISE", "LAW.DISPROPORTIONATE",
            "DOCUMENTS.REASONING"};

    /**
     * One agency's year.
     *
     * @param member  the agency
     * @param cases  its cases, as recorded by the end of the year
     * @param reviews  the review results of its sampled files
     * @param outcomes  what the assessment counts besides the cases
     */
    record AgencyYear(County.Member member, List<CaseRecord> cases, List<ReviewReport> reviews, Outcomes outcomes) {}

    /**
     * The year's outcomes of an agency outside its case files, entered by the assessment office.
     *
     * @param reconsiderations  decided reconsiderations of its acts, by result (行政复议法 Arts 63–68)
     * @param lawsuits  decided lawsuits, by result (行政诉讼法 Arts 69–70, 72, 74, 75, 77)
     * @param complaints  complaints against its enforcement found justified
     * @param surveyed  评议卡 returned
     * @param satisfied  of those, satisfied or very satisfied
     * @param perfunctory  whether it dealt with the responsibility system perfunctorily (消极应付)
     * @param falsified  whether it falsified its assessment material (弄虚作假)
     */
    record Outcomes(Map<ReconsiderationOutcome, Integer> reconsiderations, Map<LitigationOutcome, Integer> lawsuits,
            int complaints, int surveyed, int satisfied, boolean perfunctory, boolean falsified) {}

    private CountyYear() {}

    /** Generates the year of every agency of a county. */
    static List<AgencyYear> generate(County county, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // the three systems of 118号 draw from a stream of their own: the rest of the year is as without them
        SplittableRandom threeSystems = new SplittableRandom(seed ^ THREE_SYSTEMS_STREAM);
        WorkingDayCalendar calendar = WorkingDayCalendar.national();
        List<AgencyYear> years = new ArrayList<>();
        for (County.Member m : county.members()) {
            CaseGenerator generator = new CaseGenerator(ProcedureTemplates.PENALTY_ORDINARY, county.organization(),
                    m.area(), m.staff(), calendar, REVIEWED);
            CaseGenerator.Practice practice = new CaseGenerator.Practice(threeSystems.nextDouble() < PUBLISHING,
                    threeSystems.nextDouble() < STATING_RECORDS, m.diligence(), threeSystems.split());
            int count = 10 + random.nextInt(111);
            List<CaseRecord> cases = new ArrayList<>();
            List<ReviewReport> reviews = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                LocalDate opened = calendar.workingDayOnOrAfter(FIRST_OPENED.plusDays(random.nextInt(DAYS_OPENED)));
                CaseRecord record = generator.generate(String.format("%s罚〔%d〕%d号", m.id().value(), YEAR, i), opened,
                        random, CaseGenerator.slip(random, m.diligence()), practice);
                cases.add(record);
                // the review team samples closed files: case-file review scores the file of a closed case only
                if (reviews.size() < SAMPLE && record.isClosed()) {
                    reviews.add(CaseFileReview.review(file(record, m.diligence(), random), ReviewStandards.DEFAULT,
                            REVIEWED));
                }
            }
            years.add(new AgencyYear(m, cases, reviews, outcomes(count, m.diligence(), random)));
        }
        return years;
    }

    /** A sampled file with what the review team finds in it: more, and graver, the less diligent the agency. */
    private static CaseFile file(CaseRecord record, double diligence, SplittableRandom random) {
        CaseFile file = CaseFile.of(record);
        double slack = 1 - diligence;
        for (String criterion : FORM_DEFECTS) {
            if (random.nextDouble() < slack) {
                file = file.with(new ReviewerFinding(criterion, 1 + random.nextInt(3), "评查发现", REVIEWER, REVIEWED,
                        List.of()));
            }
        }
        for (String criterion : CONTENT_DEFECTS) {
            if (random.nextDouble() < slack / 2) {
                file = file.with(new ReviewerFinding(criterion, 1 + random.nextInt(2), "评查发现", REVIEWER, REVIEWED,
                        List.of()));
            }
        }
        return file;
    }

    private static Outcomes outcomes(int cases, double diligence, SplittableRandom random) {
        double slack = 1 - diligence;
        Map<ReconsiderationOutcome, Integer> reconsiderations = new EnumMap<>(ReconsiderationOutcome.class);
        for (int i = random.nextInt(2 + cases / 15); i > 0; i--) {
            reconsiderations.merge(random.nextDouble() >= 0.04 + slack * 0.4 ? ReconsiderationOutcome.UPHELD
                    : CORRECTIONS[random.nextInt(CORRECTIONS.length)], 1, Integer::sum);
        }
        Map<LitigationOutcome, Integer> lawsuits = new EnumMap<>(LitigationOutcome.class);
        for (int i = random.nextInt(1 + cases / 30); i > 0; i--) {
            lawsuits.merge(random.nextDouble() >= 0.03 + slack * 0.3 ? LitigationOutcome.CLAIM_DISMISSED
                    : LOSSES[random.nextInt(LOSSES.length)], 1, Integer::sum);
        }
        int surveyed = 40 + random.nextInt(160);
        int satisfied = (int) Math.round(surveyed * Math.min(1, 0.7 + diligence * 0.28 + random.nextDouble() * 0.04));
        return new Outcomes(reconsiderations, lawsuits, (int) (random.nextDouble() * slack * 8), surveyed, satisfied,
                slack > 0.45 && random.nextInt(3) == 0, slack > 0.47 && random.nextInt(4) == 0);
    }
}
