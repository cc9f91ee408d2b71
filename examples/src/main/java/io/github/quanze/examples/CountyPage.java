package io.github.quanze.examples;

import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.publish.report.SupervisorReport;
import io.github.quanze.text.BilingualText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The county's report as a web page ({@code county --html}): the supervisor's report of quanze-publish, with the
 * county's ranking, grades, indicators and officers' cards, the timeline of the first county case that missed a
 * deadline, and the fines of item TL-58 in the tobacco bureau's generated year of decided penalties with the analysis
 * of like cases ({@link DiscretionYear}, where officer O-19 fines below the standard).
 */
final class CountyPage {

    /** The violation item whose fines are drawn: 销售非法生产的烟草专卖品 (TobaccoFrame, 烟草专卖法实施条例 Art 58). */
    static final String ITEM = "TL-58";

    private CountyPage() {}

    /** Builds the report from the county's values. */
    static SupervisorReport report(AgencyRanking ranking, List<OfficerAppraisal> appraisals,
            List<CountyYear.AgencyYear> years) {
        List<DecidedPenalty> decided = DiscretionYear.generate(DiscretionExample.YEAR_CASES,
                DiscretionExample.YEAR_SEED);
        SupervisorReport.Builder report = SupervisorReport.builder(BilingualText.of("县行政执法评议考核报告（"
                        + CountyYear.YEAR + "年度）", "County law-enforcement assessment report, " + CountyYear.YEAR),
                        ranking)
                .publisher(BilingualText.of("县人民政府行政执法考核领导小组", "County law-enforcement assessment group"))
                .officers(appraisals)
                .disparity(DisparityAnalysis.create().addAll(decided).report(), ITEM, decided);
        lateCase(years).ifPresent(late -> report.caseTimeline(late.record(), late.state()));
        return report.build();
    }

    /** Writes {@code county-YEAR.html} into the folder, whole or not at all, and returns its path. */
    static Path write(Path directory, AgencyRanking ranking, List<OfficerAppraisal> appraisals,
            List<CountyYear.AgencyYear> years) {
        Path file = directory.resolve("county-" + CountyYear.YEAR + ".html");
        String html = report(ranking, appraisals, years).html();
        try {
            // a file of the usual permissions beside the target, moved over it once whole
            Path temporary = directory.resolve("." + file.getFileName() + ".tmp");
            try {
                Files.writeString(temporary, html, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new Main.UsageException("Cannot write the web report to " + file + ": " + e);
        }
        return file;
    }

    /** A case of the county with its state on the day the files were reviewed. */
    record ReplayedCase(CaseRecord record, CaseState state) {
    }

    /**
     * The first case of the county, in agency order, that missed a deadline; the first case if none did; empty if
     * the county has no case.
     */
    static Optional<ReplayedCase> lateCase(List<CountyYear.AgencyYear> years) {
        ReplayedCase first = null;
        for (CountyYear.AgencyYear y : years) {
            for (CaseRecord record : y.cases()) {
                ReplayedCase replayed = new ReplayedCase(record, record.replay(CountyYear.REVIEWED));
                if (replayed.state().deadlines().stream().anyMatch(d -> d.status().isMissed())) {
                    return Optional.of(replayed);
                }
                first = first == null ? replayed : first;
            }
        }
        return Optional.ofNullable(first);
    }
}
