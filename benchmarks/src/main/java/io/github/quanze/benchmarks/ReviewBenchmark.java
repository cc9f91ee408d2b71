package io.github.quanze.benchmarks;

import io.github.quanze.power.AgencyId;
import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.AgencyTally;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewDefect;
import io.github.quanze.review.ReviewReport;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.review.ReviewerFinding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures a province's year of case-file review (案卷评查): scoring {@code files} case files against the default
 * standard, each replayed into its violations and scored with its reviewers' findings, then aggregating the
 * results into the assessments, grades and ranking of the agencies (评议考核, default scheme), one agency for every
 * {@value #FILES_PER_AGENCY} files; once on one thread and once with a parallel stream.
 * <p>
 * Files come from {@link CaseHistories#mixed} (a third major, a third with a hearing, a quarter with one slip), a
 * quarter of them with one to three reviewer findings. The province has 25,000, 100,000 or 400,000 files, every one
 * generated on its own (one random stream from a fixed seed, an id of its own) and reviewed once per run: no file
 * is reviewed twice, and the number of agencies grows with the files, so that the whole computation, review,
 * aggregation and ranking, should take four times as long from one size to the next. (At 100,000 files the
 * province is the one measured before: 1,000 agencies.) File {@code i} is a case of agency {@code i % agencies},
 * handled by its staff, so that the review report names that agency. The setup checks that the ids are distinct.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar ReviewBenchmark -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ReviewBenchmark {

    /** How many files an agency has in the year. */
    static final int FILES_PER_AGENCY = 100;
    static final LocalDate REVIEWED = CaseHistories.AS_OF;
    private static final String[] FINDINGS = {"DOCUMENTS.IRREGULAR", "FILING.PAGES", "FILING.ORDER",
            "EVIDENCE.DEFECT", "LAW.IMPRECISE"};

    /** How many files the province reviews. */
    @Param({"25000", "100000", "400000"})
    public int files;

    private int agencies;
    private CaseFile[] province;

    /** Generates the files, each once. */
    @Setup(Level.Trial)
    public void setUp() {
        agencies = files / FILES_PER_AGENCY;
        CaseHistories histories = new CaseHistories(agencies);
        SplittableRandom random = new SplittableRandom(20260101L);
        province = new CaseFile[files];
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < files; i++) {
            CaseHistories.Generated generated = histories.mixed(random, i % agencies);
            if (!ids.add(generated.id())) {
                throw new IllegalStateException("Two files have id " + generated.id());
            }
            CaseFile file = CaseFile.of(histories.record(generated));
            if (random.nextInt(4) == 0) {
                for (int f = 1 + random.nextInt(3); f > 0; f--) {
                    file = file.with(new ReviewerFinding(FINDINGS[random.nextInt(FINDINGS.length)],
                            1 + random.nextInt(3), "评查发现", "评查组", REVIEWED, List.of()));
                }
            }
            province[i] = file;
        }
    }

    /**
     * Reviews every file on one thread, folds each result into its agency's period, assesses every agency on the
     * default scheme and ranks them.
     *
     * @return the ranking, so that nothing is optimised away
     */
    @Benchmark
    public AgencyRanking sequential() {
        AgencyTally[] periods = new AgencyTally[agencies];
        for (int a = 0; a < agencies; a++) {
            periods[a] = period(a);
        }
        long[] overdue = new long[agencies];
        for (int i = 0; i < files; i++) {
            ReviewReport report = review(i);
            periods[i % agencies].addReport(report);
            overdue[i % agencies] += overdue(report);
        }
        List<AgencyAssessment> assessed = new ArrayList<>(agencies);
        for (int a = 0; a < agencies; a++) {
            assessed.add(AssessmentScheme.DEFAULT.assess(periods[a].cases(filesOf(a), overdue[a]).toPeriod()));
        }
        return AgencyRanking.of(assessed);
    }

    /**
     * The same with a parallel stream: each agency's files are reviewed and folded on whichever thread takes the
     * agency (a map over immutable files, a reduce by agency), then the assessments are ranked.
     *
     * @return the ranking, so that nothing is optimised away
     */
    @Benchmark
    public AgencyRanking parallel() {
        List<AgencyAssessment> assessed = IntStream.range(0, agencies).parallel().mapToObj(a -> {
            AgencyTally period = period(a);
            long overdue = 0;
            for (int i = a; i < files; i += agencies) {
                ReviewReport report = review(i);
                period.addReport(report);
                overdue += overdue(report);
            }
            return AssessmentScheme.DEFAULT.assess(period.cases(filesOf(a), overdue).toPeriod());
        }).toList();
        return AgencyRanking.of(assessed);
    }

    /** An agency's period with what the assessment counts besides its files: a survey of 100 returned cards. */
    private AgencyTally period(int agency) {
        return AgencyTally.of(AgencyId.of("A" + agency), "机关" + agency, LocalDate.of(2026, 1, 1), REVIEWED)
                .survey(100, 70 + agency % 30);
    }

    private int filesOf(int agency) {
        return files / agencies + (agency < files % agencies ? 1 : 0);
    }

    private static int overdue(ReviewReport report) {
        for (ReviewDefect d : report.defects()) {
            if (d.criterion().code().equals("PROCEDURE.OVERDUE")) {
                return 1;
            }
        }
        return 0;
    }

    private ReviewReport review(int i) {
        return CaseFileReview.review(province[i], ReviewStandards.DEFAULT, REVIEWED);
    }
}
