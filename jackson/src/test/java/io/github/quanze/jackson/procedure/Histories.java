package io.github.quanze.jackson.procedure;

import static io.github.quanze.procedure.StepKind.CLOSING;
import static io.github.quanze.procedure.StepKind.COLLECTIVE_DECISION;
import static io.github.quanze.procedure.StepKind.DECISION;
import static io.github.quanze.procedure.StepKind.EXECUTION;
import static io.github.quanze.procedure.StepKind.FILING;
import static io.github.quanze.procedure.StepKind.HEARING;
import static io.github.quanze.procedure.StepKind.HEARING_NOTICE;
import static io.github.quanze.procedure.StepKind.HEARING_RIGHT_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.jackson.testing.CaseBureau;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ExcludedActivity;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates ordinary penalty cases of the {@link CaseBureau}, after the idea of the examples' case generator: correct or
 * with a slip (one investigator, a clerk investigating, a late hearing notice, a late service, no legality review,
 * an investigator deciding), stopped at a random length, with documents, a recorded decision, a suspension and an
 * extension now and then.
 */
final class Histories {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.national();
    private static final List<OfficerId> HANDLERS = List.of(CaseBureau.WANG, CaseBureau.LI, CaseBureau.ZHAO);

    private Histories() {
    }

    /** A case opened in 2021-2025 with up to {@code length} events. */
    static CaseRecord generate(String id, SplittableRandom r, int length) {
        LocalDate opened = CALENDAR.workingDayOnOrAfter(LocalDate.of(2021, 1, 4).plusDays(r.nextInt(1800)));
        boolean major = r.nextInt(3) == 0;
        boolean hearing = r.nextInt(3) == 0;
        int slip = r.nextInt(10);
        OfficerId a = HANDLERS.get(r.nextInt(3));
        OfficerId b = HANDLERS.get((HANDLERS.indexOf(a) + 1 + r.nextInt(2)) % 3);
        List<CaseEvent> events = new ArrayList<>();
        LocalDate[] last = {opened};
        java.util.function.IntFunction<LocalDate> later = n -> last[0] = CALENDAR.plusWorkingDays(last[0], n);
        events.add(step(FILING, opened, List.of(a), r));
        events.add(step(INVESTIGATION, later.apply(1 + r.nextInt(5)), slip == 1 ? List.of(a)
                : slip == 2 ? List.of(a, CaseBureau.SUN) : List.of(a, b), r));
        if (r.nextInt(8) == 0) {
            events.add(new CaseEvent.Suspended(later.apply(1), ExcludedActivity.APPRAISAL,
                    r.nextBoolean() ? Optional.of(last[0]) : Optional.empty()));
            events.add(new CaseEvent.Resumed(later.apply(1 + r.nextInt(10))));
        }
        LocalDate noticed = later.apply(2 + r.nextInt(5));
        events.add(step(NOTICE, noticed, List.of(a, b), r));
        if (hearing) {
            events.add(step(HEARING_RIGHT_NOTICE, noticed, List.of(a, b), r));
            events.add(new CaseEvent.HearingRequested(later.apply(1 + r.nextInt(3))));
        }
        if (r.nextInt(6) == 0) {
            events.add(new CaseEvent.Waived(STATEMENT_AND_DEFENCE, later.apply(1)));
        } else {
            events.add(step(STATEMENT_AND_DEFENCE, later.apply(1 + r.nextInt(3)), List.of(a), r));
        }
        if (hearing) {
            LocalDate notified = later.apply(1);
            events.add(step(HEARING_NOTICE, notified, List.of(a), r));
            last[0] = CALENDAR.plusWorkingDays(notified, slip == 3 ? 2 : 7 + r.nextInt(5));
            events.add(step(HEARING, last[0], List.of(CaseBureau.ZHOU), r));
        }
        if (major) {
            if (slip != 5) {
                events.add(step(LEGALITY_REVIEW, later.apply(1 + r.nextInt(3)), List.of(CaseBureau.WU), r));
            }
            events.add(step(COLLECTIVE_DECISION, later.apply(1 + r.nextInt(2)), List.of(CaseBureau.CHEN), r));
        }
        if (r.nextInt(6) == 0) {
            events.add(new CaseEvent.Extended(DECISION, 30, r.nextBoolean() ? Optional.of(CaseBureau.CHEN)
                    : Optional.empty(), later.apply(1), r.nextBoolean() ? Optional.of(last[0]) : Optional.empty()));
        }
        LocalDate decided = later.apply(1 + r.nextInt(3));
        List<OfficerId> deciders = slip == 6 ? List.of(CaseBureau.CHEN, a) : List.of(CaseBureau.CHEN);
        events.add(r.nextBoolean() ? step(DECISION, decided, deciders, r)
                : new CaseEvent.StepPerformed(DECISION, decided, deciders, List.of("行政处罚决定书"),
                        Optional.of(r.nextBoolean() ? PenaltyDecision.of(PartyType.CITIZEN, PenaltyKind.WARNING)
                                : PenaltyDecision.fine(PartyType.LEGAL_PERSON,
                                        new BigDecimal(100 + r.nextInt(50000)).movePointLeft(r.nextInt(3))))));
        events.add(step(SERVICE, later.apply(slip == 4 ? 8 + r.nextInt(5) : r.nextInt(6)), List.of(a, b), r));
        events.add(step(EXECUTION, later.apply(5 + r.nextInt(15)), List.of(a), r));
        events.add(step(CLOSING, later.apply(1 + r.nextInt(5)), List.of(a), r));
        CaseRecord.Builder builder = CaseRecord.builder().id(id).procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(CaseBureau.BUREAU_ORGANIZATION).area(CaseBureau.AREA).opened(opened).hearingEligible(hearing);
        if (major) {
            builder.grounds(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION, CaseGround.COMPLEX_LEGAL_RELATIONS);
        }
        return builder.build().appendAll(events.subList(0, Math.min(length, events.size())));
    }

    private static CaseEvent.StepPerformed step(StepKind step, LocalDate date, List<OfficerId> officers,
            SplittableRandom r) {
        CaseEvent.StepPerformed p = CaseEvent.performed(step, date, officers.toArray(OfficerId[]::new));
        return r.nextInt(3) == 0 ? p.with(step.label().zh() + "笔录", "附件" + r.nextInt(9)) : p;
    }
}
