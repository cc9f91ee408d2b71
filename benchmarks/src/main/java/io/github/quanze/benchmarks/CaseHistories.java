package io.github.quanze.benchmarks;

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

import io.github.quanze.organization.Agency;
import io.github.quanze.organization.AgencyId;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Leadership;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated case histories (案件记录) of the ordinary penalty procedure for the replay benchmarks: a bureau of eight
 * certified case handlers, a legal reviewer, a head and a clerk without certificate, and histories of a chosen
 * length, correct or with one slip.
 * <p>
 * A history's length is set by how many times the investigation is recorded (every 询问笔录 and 现场检查笔录 is an
 * event); the investigation spans about ten working days whatever the length, so that longer histories are not
 * also later ones. Cases open between 2025-01-02 and 2026-06-30, so every deadline ends in the calendar's data.
 */
final class CaseHistories {

    /** The day the cases are replayed. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    static final String AREA = "烟草专卖";

    /** The events of a history besides the investigation, for a case neither major nor with a hearing. */
    static final int FIXED_EVENTS = 7;

    private static final LocalDate FIRST_OPENED = LocalDate.of(2025, 1, 2);
    private static final int DAYS_OPENED = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST_OPENED.toEpochDay());
    private static final AgencyId BUREAU = AgencyId.of("BUREAU");
    private static final OfficerId LEGAL = OfficerId.of("L-1");
    private static final OfficerId HEAD = OfficerId.of("A-1");
    private static final OfficerId CLERK = OfficerId.of("C-1");
    private static final int HANDLERS = 8;

    private final Organization organization = bureau();
    private final WorkingDayCalendar calendar = WorkingDayCalendar.national();

    /** The slip a generated history carries. */
    enum Slip { NONE, ONE_INVESTIGATOR, CLERK_INVESTIGATES, NO_NOTICE, LATE_SERVICE }

    /** A generated case: its facts and its events, to be recorded by {@link #record}. */
    record Generated(String id, LocalDate opened, boolean major, boolean hearing, List<CaseEvent> events) {}

    Organization organization() {
        return organization;
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * Generates a case of the given number of events, neither major nor with a hearing, correct.
     *
     * @param events  the number of events, at least {@link #FIXED_EVENTS} + 1
     */
    Generated ofLength(int events, SplittableRandom random) {
        return generate(random, events - FIXED_EVENTS, false, false, Slip.NONE);
    }

    /** Generates a case as a supervision platform sees them: a third major, a third heard, a quarter with a slip. */
    Generated mixed(SplittableRandom random) {
        Slip slip = random.nextInt(4) == 0 ? Slip.values()[1 + random.nextInt(Slip.values().length - 1)] : Slip.NONE;
        return generate(random, 1 + random.nextInt(4), random.nextInt(3) == 0, random.nextInt(3) == 0, slip);
    }

    /** Checks a generated case with the hand-written peer. */
    NaiveCaseCheck.Result naive(Generated g) {
        return NaiveCaseCheck.check(ProcedureTemplates.PENALTY_ORDINARY, organization, AREA, g.major(), g.hearing(),
                g.events(), calendar);
    }

    /** Records a generated case: builds the record and appends its events, which validates them. */
    CaseRecord record(Generated g) {
        CaseRecord.Builder b = CaseRecord.builder().id(g.id()).procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(organization).area(AREA).opened(g.opened()).hearingEligible(g.hearing())
                .calendar(calendar);
        if (g.major()) {
            // a serious violation in a difficult case: 集体讨论 (Art 57 第二款) and 法制审核 (Art 58 第一款第（三）项)
            b.grounds(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION, CaseGround.COMPLEX_LEGAL_RELATIONS);
        }
        return b.build().appendAll(g.events());
    }

    private Generated generate(SplittableRandom random, int investigations, boolean major, boolean hearing,
            Slip slip) {
        LocalDate day = calendar.workingDayOnOrAfter(FIRST_OPENED.plusDays(random.nextInt(DAYS_OPENED)));
        LocalDate opened = day;
        int leader = random.nextInt(HANDLERS);
        OfficerId lead = handler(leader);
        List<CaseEvent> events = new ArrayList<>();
        events.add(CaseEvent.performed(FILING, day, lead));
        int sloppy = random.nextInt(investigations);
        for (int i = 0; i < investigations; i++) {
            if (random.nextInt(investigations) < 10) {
                day = calendar.plusWorkingDays(day, 1);
            }
            OfficerId second = handler(leader + 1 + random.nextInt(HANDLERS - 1));
            if (i == sloppy && slip == Slip.ONE_INVESTIGATOR) {
                events.add(CaseEvent.performed(INVESTIGATION, day, lead));
            } else {
                events.add(CaseEvent.performed(INVESTIGATION, day, lead,
                        i == sloppy && slip == Slip.CLERK_INVESTIGATES ? CLERK : second));
            }
        }
        day = calendar.plusWorkingDays(day, 1 + random.nextInt(3));
        if (slip != Slip.NO_NOTICE) {
            events.add(CaseEvent.performed(NOTICE, day, lead));
        }
        if (hearing) {
            events.add(CaseEvent.performed(HEARING_RIGHT_NOTICE, day, lead));
            events.add(new CaseEvent.HearingRequested(calendar.plusWorkingDays(day, 1)));
        }
        day = calendar.plusWorkingDays(day, 1 + random.nextInt(2));
        events.add(CaseEvent.performed(STATEMENT_AND_DEFENCE, day, lead));
        if (hearing) {
            events.add(CaseEvent.performed(HEARING_NOTICE, day, lead));
            day = calendar.plusWorkingDays(day, 7 + random.nextInt(3));
            events.add(CaseEvent.performed(HEARING, day, LEGAL));
        }
        if (major) {
            day = calendar.plusWorkingDays(day, 1);
            events.add(CaseEvent.performed(LEGALITY_REVIEW, day, LEGAL));
            day = calendar.plusWorkingDays(day, 1);
            events.add(CaseEvent.performed(COLLECTIVE_DECISION, day, HEAD));
        }
        day = calendar.plusWorkingDays(day, 1 + random.nextInt(2));
        events.add(CaseEvent.performed(DECISION, day, HEAD));
        day = calendar.plusWorkingDays(day, slip == Slip.LATE_SERVICE ? 9 : random.nextInt(5));
        events.add(CaseEvent.performed(SERVICE, day, lead));
        day = calendar.plusWorkingDays(day, 5 + random.nextInt(10));
        events.add(CaseEvent.performed(EXECUTION, day, lead));
        events.add(CaseEvent.performed(CLOSING, calendar.plusWorkingDays(day, 1), lead));
        return new Generated("罚" + opened + "-" + random.nextInt(1_000_000), opened, major, hearing, events);
    }

    private static OfficerId handler(int i) {
        return OfficerId.of("H-" + (i % HANDLERS + 1));
    }

    private static Organization bureau() {
        UnitId unit = UnitId.of("U");
        Organization.Builder b = Organization.builder().addAgency(new Agency(BUREAU, "某市烟草专卖局"))
                .addUnit(new Unit(unit, BUREAU, "专卖监督管理科"));
        b.addPost(new Post.Builder().id(PostId.of("P")).unit(unit).name("执法岗").addDuties("依法履行职责").build());
        b.addPost(new Post.Builder().id(PostId.of("HEAD")).unit(unit).name("局长岗").addDuties("审批处罚决定")
                .leadership(Leadership.PRINCIPAL).build());
        List<OfficerId> certified = new ArrayList<>();
        for (int i = 0; i < HANDLERS; i++) {
            certified.add(handler(i));
        }
        certified.add(LEGAL);
        certified.add(HEAD);
        for (OfficerId id : certified) {
            Officer.Builder officer = new Officer.Builder().id(id).name(id.value()).agency(BUREAU)
                    .addPosts(PostId.of(id.equals(HEAD) ? "HEAD" : "P"));
            if (id.equals(LEGAL)) {
                officer.legalQualification(LocalDate.of(2019, 2, 22));
            }
            b.addOfficer(officer.build());
            b.addCredential(new EnforcementCredential.Builder().number("ZF-" + id.value()).holder(id)
                    .issuingAuthority("某市人民政府").addAreas(AREA).validFrom(LocalDate.of(2020, 1, 1))
                    .validUntil(LocalDate.of(2030, 12, 31)).build());
        }
        officer(b, CLERK);
        return b.build();
    }

    private static void officer(Organization.Builder b, OfficerId id) {
        b.addOfficer(new Officer.Builder().id(id).name(id.value()).agency(BUREAU).addPosts(PostId.of("P")).build());
    }
}
