package io.github.quanze.examples;

import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseNote;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.timelimit.DeadlineStatus;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The legal results (法律结果) of {@code batch --cases N --seed S} ({@link BatchExample}): the summary the command
 * prints (cases, closed, without violation, with a missed deadline, violations by kind, deadlines by status), then
 * each generated case in one line (violations, deadlines, notes), so that a result moving from one case to another
 * shows too.
 */
final class BatchResults {

    /** The command's defaults. */
    static final int CASES = 1000;
    static final long SEED = 2026;

    private BatchResults() {}

    static Digest digest(int cases, long seed) {
        BatchExample batch = new BatchExample(new PrintWriter(Writer.nullWriter()), Locale.ENGLISH, cases, seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        Map<ViolationKind, Integer> byKind = new EnumMap<>(ViolationKind.class);
        Map<DeadlineStatus.State, Integer> byState = new EnumMap<>(DeadlineStatus.State.class);
        int clean = 0;
        int closed = 0;
        int missed = 0;
        for (int n = 1; n <= cases; n++) {
            CaseRecord record = batch.generate(n, random);
            CaseState state = record.replay(BatchExample.CHECKED);
            clean += state.isClean() ? 1 : 0;
            closed += state.closed() ? 1 : 0;
            missed += state.deadlines().stream().anyMatch(d -> d.status().isMissed()) ? 1 : 0;
            state.violations().forEach(v -> byKind.merge(v.kind(), 1, Integer::sum));
            state.deadlines().forEach(d -> byState.merge(d.status().state(), 1, Integer::sum));
            lines.add(caseLine(n, record, state));
        }
        Digest d = new Digest().section("batch");
        d.line("cases=" + cases, "seed=" + seed, "checked=" + BatchExample.CHECKED);
        d.line("closed=" + closed, "withoutViolation=" + clean, "withMissedDeadline=" + missed);
        d.section("batch.violations-by-kind");
        for (ViolationKind kind : ViolationKind.values()) {
            d.line(kind + "=" + byKind.getOrDefault(kind, 0));
        }
        d.section("batch.deadlines-by-status");
        for (DeadlineStatus.State state : DeadlineStatus.State.values()) {
            d.line(state + "=" + byState.getOrDefault(state, 0));
        }
        d.section("batch.cases");
        lines.forEach(d::line);
        return d;
    }

    /** One case: when it opened, whether it is closed, its violations and its deadlines, compactly. */
    static String caseLine(int n, CaseRecord record, CaseState state) {
        return "case " + n + " opened=" + record.opened() + " closed=" + state.closed() + " pending="
                + Digest.list(state.pending()) + " violations=" + state.violations().stream()
                .map(BatchResults::violation).collect(Collectors.joining(",", "[", "]")) + " deadlines="
                + state.deadlines().stream().map(BatchResults::deadline).collect(Collectors.joining(",", "[", "]"))
                + " notes=" + state.notes().stream().map(BatchResults::note).collect(Collectors.joining(",", "[", "]"));
    }

    /** A violation as {@code KIND:STEP:date:[officer:ROLE,…]}. */
    private static String violation(ProcedureViolation v) {
        return v.kind() + ":" + v.step() + ":" + v.date() + ":" + LegalLines.people(v.people());
    }

    /** A note as {@code KIND:STEP:date}. */
    private static String note(CaseNote n) {
        return n.kind() + ":" + n.step() + ":" + n.date();
    }

    /** A deadline as {@code STEP:due:STATE:days}. */
    private static String deadline(CaseDeadline d) {
        return d.step() + ":" + d.deadline().due() + ":" + d.status().state() + ":" + d.status().days();
    }
}
