package io.github.quanze.examples;

import static io.github.quanze.procedure.StepKind.CLOSING;
import static io.github.quanze.procedure.StepKind.COLLECTIVE_DECISION;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.EVIDENCE_PRESERVATION;
import static io.github.quanze.procedure.StepKind.EXECUTION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.HEAD_APPROVAL;
import static io.github.quanze.procedure.StepKind.HEARING;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.timelimit.DeadlineStatus;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private static final List<OfficerId> HANDLERS = List.of(OfficerId.of("O-06"), OfficerId.of("O-07"),
            OfficerId.of("O-08"), OfficerId.of("O-09"));
    private static final OfficerId CLERK = OfficerId.of("O-05");
    private static final OfficerId DEPUTY = OfficerId.of("O-02");
    private static final OfficerId DIRECTOR = OfficerId.of("O-01");
    private static final OfficerId LEGAL = OfficerId.of("O-11");
    private static final OfficerId CHIEF = OfficerId.of("O-03");

    /** The slips a generated case may carry; a slip that needs a hearing or a major case does nothing without it. */
    enum Slip { NONE, ONE_INVESTIGATOR, CLERK_INVESTIGATES, LATE_HEARING_NOTICE, LATE_SERVICE, NO_LEGALITY_REVIEW,
        INVESTIGATOR_DECIDES, DECISION_BEFORE_NOTICE, STALLED }

    private final int cases;
    private final long seed;
    private final Organization organization = TobaccoBureau.organization();
    private final WorkingDayCalendar calendar = WorkingDayCalendar.national();

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
        Slip slip = random.nextInt(3) == 0 ? Slip.values()[1 + random.nextInt(Slip.values().length - 1)] : Slip.NONE;
        return generate(n, random, slip);
    }

    /** Generates the {@code n}-th case with the given slip. */
    CaseRecord generate(int n, SplittableRandom random, Slip slip) {
        LocalDate opened = calendar.workingDayOnOrAfter(FIRST_OPENED.plusDays(random.nextInt(DAYS_OPENED)));
        boolean major = random.nextInt(3) == 0;
        boolean hearing = random.nextInt(3) == 0;
        List<OfficerId> team = team(random);
        History h = new History(opened);
        h.add(FILING, opened, team.get(0));
        h.add(HEAD_APPROVAL, h.later(random.nextInt(2)), DEPUTY);
        h.add(EVIDENCE_PRESERVATION, h.last, team.get(0), team.get(1));
        LocalDate investigated = h.later(1 + random.nextInt(5));
        switch (slip) {
            case ONE_INVESTIGATOR -> h.add(INVESTIGATION, investigated, team.get(0));
            case CLERK_INVESTIGATES -> h.add(INVESTIGATION, investigated, team.get(0), CLERK);
            default -> h.add(INVESTIGATION, investigated, team.get(0), team.get(1));
        }
        LocalDate noticed = h.later(2 + random.nextInt(5));
        if (slip == Slip.DECISION_BEFORE_NOTICE) {
            h.add(DECISION, noticed, DEPUTY);
        }
        h.add(NOTICE, noticed, team.get(0), team.get(1));
        if (slip == Slip.STALLED) {
            return h.record(n, major, hearing);
        }
        if (hearing) {
            h.add(new CaseEvent.HearingRequested(h.later(1 + random.nextInt(3))));
        }
        h.add(STATEMENT_AND_DEFENCE, h.later(hearing ? 0 : 1 + random.nextInt(3)), team.get(0));
        if (hearing) {
            LocalDate notified = h.later(1);
            h.add(HEARING_NOTICE, notified, team.get(0));
            int gap = slip == Slip.LATE_HEARING_NOTICE ? 3 + random.nextInt(4) : 7 + random.nextInt(5);
            h.add(HEARING, calendar.plusWorkingDays(notified, gap), random.nextBoolean() ? LEGAL : CHIEF);
        }
        if (major) {
            if (slip != Slip.NO_LEGALITY_REVIEW) {
                h.add(LEGALITY_REVIEW, h.later(1 + random.nextInt(3)), LEGAL);
            }
            h.add(COLLECTIVE_DECISION, h.later(1 + random.nextInt(2)), DIRECTOR);
        }
        if (slip != Slip.DECISION_BEFORE_NOTICE) {
            h.add(DECISION, h.later(1 + random.nextInt(3)), slip == Slip.INVESTIGATOR_DECIDES ? team.get(0) : DEPUTY);
        }
        h.add(SERVICE, h.later(slip == Slip.LATE_SERVICE ? 8 + random.nextInt(5) : random.nextInt(6)),
                team.get(0), team.get(1));
        h.add(EXECUTION, h.later(5 + random.nextInt(15)), team.get(0));
        h.add(CLOSING, h.later(1 + random.nextInt(5)), team.get(0));
        return h.record(n, major, hearing);
    }

    private static List<OfficerId> team(SplittableRandom random) {
        int first = random.nextInt(HANDLERS.size());
        int second = (first + 1 + random.nextInt(HANDLERS.size() - 1)) % HANDLERS.size();
        return List.of(HANDLERS.get(first), HANDLERS.get(second));
    }

    /** A history being written, which stops at the first event after the day of the check. */
    private final class History {
        private final LocalDate opened;
        private final List<CaseEvent> events = new ArrayList<>();
        private LocalDate last;
        private boolean stopped;

        History(LocalDate opened) {
            this.opened = opened;
            this.last = opened;
        }

        LocalDate later(int workingDays) {
            return stopped ? last : calendar.plusWorkingDays(last, workingDays);
        }

        void add(StepKind step, LocalDate date, OfficerId... officers) {
            add(CaseEvent.performed(step, date, officers));
        }

        void add(CaseEvent event) {
            stopped |= event.date().isAfter(CHECKED);
            if (!stopped) {
                events.add(event);
                last = event.date();
            }
        }

        CaseRecord record(int n, boolean major, boolean hearing) {
            return CaseRecord.builder().id(String.format("示烟罚〔%d〕%d号", opened.getYear(), n))
                    .procedure(TobaccoProcedures.PRESERVATION_CASE).organization(organization)
                    .area(TobaccoCatalogue.AREA).opened(opened).major(major).hearingEligible(hearing)
                    .calendar(calendar).build()
                    .appendAll(events);
        }
    }

    private void row(String label, int count) {
        line(String.format("%8d  %s", count, label));
    }
}
