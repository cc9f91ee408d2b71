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
import java.util.List;
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
 * results into the assessments, grades and ranking of {@value #AGENCIES} agencies (评议考核, default scheme); once on
 * one thread and once with a parallel stream.
 * <p>
 * Files come from {@link CaseHistories#mixed} (a third major, a third with a hearing, a quarter with one slip), a
 * quarter of them with one to three reviewer findings. At most {@value #DISTINCT} files are distinct; larger runs
 * review them again in turn (a review keeps nothing between files, so a file reviewed twice costs twice), which
 * keeps a million files within the default heap. File {@code i} is a case of agency {@code i % AGENCIES}, handled
 * by its staff, so that the review report names that agency.
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

    static final int AGENCIES = 1_000;
    static final int DISTINCT = 100_000;
    static final LocalDate REVIEWED = CaseHistories.AS_OF;
    private static final String[] FINDINGS = {"DOCUMENTS.IRREGULAR", "FILING.PAGES", "FILING.ORDER",
            "EVIDENCE.DEFECT", "LAW.IMPRECISE"};

    /** How many files the province reviews. */
    @Param({"10000", "100000", "1000000"})
    public int files;

    private CaseFile[] distinct;

    /** Generates the distinct files. */
    @Setup(Level.Trial)
    public void setUp() {
        CaseHistories histories = new CaseHistories(AGENCIES);
        SplittableRandom random = new SplittableRandom(20260101L);
        distinct = new CaseFile[Math.min(files, DISTINCT)];
        for (int i = 0; i < distinct.length; i++) {
            CaseFile file = CaseFile.of(histories.record(histories.mixed(random, i % AGENCIES)));
            if (random.nextInt(4) == 0) {
                for (int f = 1 + random.nextInt(3); f > 0; f--) {
                    file = file.with(new ReviewerFinding(FINDINGS[random.nextInt(FINDINGS.length)],
                            1 + random.nextInt(3), "评查发现", "评查组", REVIEWED, List.of()));
                }
            }
            distinct[i] = file;
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
        AgencyTally[] periods = new AgencyTally[AGENCIES];
        for (int a = 0; a < AGENCIES; a++) {
            periods[a] = period(a);
        }
        long[] overdue = new long[AGENCIES];
        for (int i = 0; i < files; i++) {
            ReviewReport report = review(i);
            periods[i % AGENCIES].addReport(report);
            overdue[i % AGENCIES] += overdue(report);
        }
        List<AgencyAssessment> assessed = new ArrayList<>(AGENCIES);
        for (int a = 0; a < AGENCIES; a++) {
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
        List<AgencyAssessment> assessed = IntStream.range(0, AGENCIES).parallel().mapToObj(a -> {
            AgencyTally period = period(a);
            long overdue = 0;
            for (int i = a; i < files; i += AGENCIES) {
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
        return files / AGENCIES + (agency < files % AGENCIES ? 1 : 0);
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
        return CaseFileReview.review(distinct[i % distinct.length], ReviewStandards.DEFAULT, REVIEWED);
    }
}
