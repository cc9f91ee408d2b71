package io.github.quanze.examples;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A supervision platform's monthly check (执法监督): a batch of the tobacco bureau's cases, generated from a seed,
 * replayed on one day and summed up in a table of cases, violations by kind and overdue deadlines.
 * <p>
 * Most generated cases follow the bureau's flow correctly. About one in three carries one slip of the kinds agency
 * systems see: an investigation by one officer, a clerk with no certificate in the team, a hearing notice or a
 * service sent late, a legality review skipped, the investigator signing the decision, a decision taken before the
 * notice, or a case left undecided. The table counts what the library finds, not what was injected.
 */
final class BatchExample extends Report {

    /** The day of the check. */
    static final LocalDate CHECKED = LocalDate.of(2026, 11, 24);

    private static final LocalDate FIRST_OPENED = LocalDate.of(2025, 1, 2);
    /** The last day a case may open: its ninety days to decide (行政处罚法 Art 60) must end in the calendar's data. */
    private static final LocalDate LAST_OPENED = LocalDate.of(2026, 9, 15);
    private static final int DAYS_OPENED = (int) (LAST_OPENED.toEpochDay() - FIRST_OPENED.toEpochDay()) + 1;
    private static final CaseGenerator.Staff STAFF = new CaseGenerator.Staff(List.of(OfficerId.of("O-06"),
            OfficerId.of("O-07"), OfficerId.of("O-08"), OfficerId.of("O-09")), OfficerId.of("O-02"),
            OfficerId.of("O-01"), List.of(OfficerId.of("O-11"), OfficerId.of("O-03")), OfficerId.of("O-11"),
            OfficerId.of("O-05"));

    private final int cases;
    private final long seed;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.national();
    private final CaseGenerator generator = new CaseGenerator(TobaccoProcedures.PRESERVATION_CASE,
            TobaccoBureau.organization(), TobaccoCatalogue.AREA, STAFF, calendar, CHECKED);

    BatchExample(PrintWriter out, Locale locale, int cases, long seed) {
        super(out, locale);
        this.cases = cases;
        this.seed = seed;
    }

    /** Generates, replays and sums up the batch. */
    void run() {
        SplittableRandom random = new SplittableRandom(seed);
        Map<ViolationKind, Integer> byKind = new EnumMap<>(ViolationKind.class);
        Map<DeadlineStatus.State, Integer> byState = new EnumMap<>(DeadlineStatus.State.class);
        int clean = 0;
        int closed = 0;
        int overdueCases = 0;
        for (int i = 1; i <= cases; i++) {
            CaseState state = generate(i, random).replay(CHECKED);
            clean += state.isClean() ? 1 : 0;
            closed += state.closed() ? 1 : 0;
            for (ProcedureViolation v : state.violations()) {
                byKind.merge(v.kind(), 1, Integer::sum);
            }
            for (CaseDeadline d : state.deadlines()) {
                byState.merge(d.status().state(), 1, Integer::sum);
            }
            overdueCases += state.deadlines().stream().anyMatch(d -> d.status().isMissed()) ? 1 : 0;
        }
        line(t("示例市烟草专卖局 案件批量检查（", "Tobacco monopoly bureau of Example City: batch check (")
                + t("检查日 ", "as of ") + CHECKED + t("，随机种子 ", ", seed ") + seed + t("）", ")"));
        row(t("案件数", "cases"), cases);
        row(t("已结案", "closed"), closed);
        row(t("未发现程序违法", "without violation"), clean);
        row(t("有期限逾期的案件", "cases with a missed deadline"), overdueCases);
        line("");
        line(t("程序违法（按类型）", "Violations by kind"));
        for (ViolationKind kind : ViolationKind.values()) {
            row(in(kind.label()), byKind.getOrDefault(kind, 0));
        }
        row(t("合计", "total"), byKind.values().stream().mapToInt(Integer::intValue).sum());
        line("");
        line(t("期限（按状态）", "Deadlines by status"));
        for (DeadlineStatus.State state : DeadlineStatus.State.values()) {
            row(in(state.label()), byState.getOrDefault(state, 0));
        }
    }

    /**
     * Generates the {@code n}-th case: its history up to the day of the check, correct unless its slip says
     * otherwise.
     */
    CaseRecord generate(int n, SplittableRandom random) {
        return generate(n, random, CaseGenerator.slip(random));
    }

    /** Generates the {@code n}-th case with the given slip. */
    CaseRecord generate(int n, SplittableRandom random, CaseGenerator.Slip slip) {
        LocalDate opened = calendar.workingDayOnOrAfter(FIRST_OPENED.plusDays(random.nextInt(DAYS_OPENED)));
        return generator.generate(String.format("示烟罚〔%d〕%d号", opened.getYear(), n), opened, random, slip);
    }

    private void row(String label, int count) {
        line(String.format("%8d  %s", count, label));
    }
}
