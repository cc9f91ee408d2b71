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
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Leadership;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated case histories (案件记录) of the ordinary penalty procedure for the replay benchmarks: a bureau of eight
 * certified case handlers, a legal reviewer, a head and a clerk without certificate, and histories of a chosen
 * length, correct or with one slip. For the review benchmark, an organization of several such bureaus, each case
 * handled by the staff of one of them, so that its file is that bureau's.
 * <p>
 * A history's length is set by how many times the investigation is recorded (every 询问笔录 and 现场检查笔录 is an
 * event); the investigation spans about ten working days whatever the length, so that longer histories are not
 * also later ones. Cases open between 2025-01-02 and 2026-06-30, so every deadline ends in the calendar's data.
 * Every case an instance generates has an id of its own (its opening day and a serial number). Not thread-safe.
 */
final class CaseHistories {

    /** The day the cases are replayed. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    static final String AREA = "烟草专卖";

    /** The events of a history besides the investigation, for a case neither major nor with a hearing. */
    static final int FIXED_EVENTS = 7;

    private static final LocalDate FIRST_OPENED = LocalDate.of(2025, 1, 2);
    private static final int DAYS_OPENED = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST_OPENED.toEpochDay());
    private static final int HANDLERS = 8;

    private final int bureaus;
    private final Organization organization;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.national();
    /** How many cases this instance generated: the serial number in each case's id, so that no two ids are equal. */
    private int generated;

    /** One bureau, {@code BUREAU}, whose officers are H-1 … H-8, L-1, A-1 and C-1. */
    CaseHistories() {
        this(1);
    }

    /**
     * Several bureaus, {@code A0} … with officers {@code A0.H-1} …, each staffed as the single bureau is.
     *
     * @param bureaus  how many, at least 1
     */
    CaseHistories(int bureaus) {
        this.bureaus = bureaus;
        this.organization = bureaus();
    }

    /** The slip a generated history carries. */
    enum Slip { NONE, ONE_INVESTIGATOR, CLERK_INVESTIGATES, NO_NOTICE, LATE_SERVICE }

    /**
     * A generated case: its facts and its events, to be recorded by {@link #record}; {@code publication} if its
     * decision is checked for publication ({@link PublicationRule#penalty()}).
     */
    record Generated(String id, LocalDate opened, boolean major, boolean hearing, boolean publication,
            List<CaseEvent> events) {}

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
        return generate(random, 0, events - FIXED_EVENTS, false, false, Slip.NONE);
    }

    /** Generates a case as a supervision platform sees them: a third major, a third heard, a quarter with a slip. */
    Generated mixed(SplittableRandom random) {
        return mixed(random, 0);
    }

    /** Generates a case of one bureau as {@link #mixed(SplittableRandom)} does. */
    Generated mixed(SplittableRandom random, int bureau) {
        Slip slip = random.nextInt(4) == 0 ? Slip.values()[1 + random.nextInt(Slip.values().length - 1)] : Slip.NONE;
        return generate(random, bureau, 1 + random.nextInt(4), random.nextInt(3) == 0, random.nextInt(3) == 0, slip);
    }

    /**
     * Generates a case of the three-systems mix: the case {@link #mixed(SplittableRandom)} generates from
     * {@code random}, with the publication, records and referral data {@link ThreeSystemsCases} draws from
     * {@code extras}.
     */
    Generated threeSystems(SplittableRandom random, SplittableRandom extras) {
        Generated base = mixed(random);
        OfficerId lead = ((CaseEvent.StepPerformed) base.events().get(0)).officers().get(0);
        OfficerId partner = handler(0, 0).equals(lead) ? handler(0, 1) : handler(0, 0);
        return ThreeSystemsCases.decorate(base, extras, calendar, partner);
    }

    /** The agency of a bureau. */
    AgencyId agency(int bureau) {
        return AgencyId.of(bureaus == 1 ? "BUREAU" : "A" + bureau);
    }

    /** Checks a generated case with the hand-written peer. */
    NaiveCaseCheck.Result naive(Generated g) {
        return NaiveCaseCheck.check(ProcedureTemplates.PENALTY_ORDINARY, organization, AREA, g.major(), g.hearing(),
                g.publication(), g.events(), calendar, AS_OF);
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
        if (g.publication()) {
            b.publication(PublicationRule.penalty());
        }
        return b.build().appendAll(g.events());
    }

    private Generated generate(SplittableRandom random, int bureau, int investigations, boolean major,
            boolean hearing, Slip slip) {
        OfficerId legal = officer(bureau, "L-1");
        OfficerId head = officer(bureau, "A-1");
        LocalDate day = calendar.workingDayOnOrAfter(FIRST_OPENED.plusDays(random.nextInt(DAYS_OPENED)));
        LocalDate opened = day;
        int leader = random.nextInt(HANDLERS);
        OfficerId lead = handler(bureau, leader);
        List<CaseEvent> events = new ArrayList<>();
        events.add(CaseEvent.performed(FILING, day, lead));
        int sloppy = random.nextInt(investigations);
        for (int i = 0; i < investigations; i++) {
            if (random.nextInt(investigations) < 10) {
                day = calendar.plusWorkingDays(day, 1);
            }
            OfficerId second = handler(bureau, leader + 1 + random.nextInt(HANDLERS - 1));
            if (i == sloppy && slip == Slip.ONE_INVESTIGATOR) {
                events.add(CaseEvent.performed(INVESTIGATION, day, lead));
            } else {
                events.add(CaseEvent.performed(INVESTIGATION, day, lead,
                        i == sloppy && slip == Slip.CLERK_INVESTIGATES ? officer(bureau, "C-1") : second));
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
            events.add(CaseEvent.performed(HEARING, day, legal));
        }
        if (major) {
            day = calendar.plusWorkingDays(day, 1);
            events.add(CaseEvent.performed(LEGALITY_REVIEW, day, legal));
            day = calendar.plusWorkingDays(day, 1);
            events.add(CaseEvent.performed(COLLECTIVE_DECISION, day, head));
        }
        day = calendar.plusWorkingDays(day, 1 + random.nextInt(2));
        events.add(CaseEvent.performed(DECISION, day, head));
        day = calendar.plusWorkingDays(day, slip == Slip.LATE_SERVICE ? 9 : random.nextInt(5));
        events.add(CaseEvent.performed(SERVICE, day, lead));
        day = calendar.plusWorkingDays(day, 5 + random.nextInt(10));
        events.add(CaseEvent.performed(EXECUTION, day, lead));
        events.add(CaseEvent.performed(CLOSING, calendar.plusWorkingDays(day, 1), lead));
        return new Generated("罚" + opened + "-" + ++generated, opened, major, hearing, false, events);
    }

    private OfficerId handler(int bureau, int i) {
        return officer(bureau, "H-" + (i % HANDLERS + 1));
    }

    /** An officer of a bureau, by the id the officer has in the single bureau. */
    private OfficerId officer(int bureau, String id) {
        return OfficerId.of(local(bureau, id));
    }

    /** The id a member of a bureau has: as in the single bureau, prefixed by the bureau's agency if there are more. */
    private String local(int bureau, String id) {
        return bureaus == 1 ? id : agency(bureau).value() + "." + id;
    }

    private Organization bureaus() {
        Organization.Builder b = Organization.builder();
        for (int bureau = 0; bureau < bureaus; bureau++) {
            bureau(b, bureau);
        }
        return b.build();
    }

    private void bureau(Organization.Builder b, int bureau) {
        AgencyId agency = agency(bureau);
        UnitId unit = UnitId.of(local(bureau, "U"));
        PostId post = PostId.of(local(bureau, "P"));
        PostId headPost = PostId.of(local(bureau, "HEAD"));
        b.addAgency(new Agency(agency, "某市烟草专卖局")).addUnit(new Unit(unit, agency, "专卖监督管理科"))
                .addPost(Post.builder().id(post).unit(unit).name("执法岗").addDuties("依法履行职责").build())
                .addPost(Post.builder().id(headPost).unit(unit).name("局长岗").addDuties("审批处罚决定")
                        .leadership(Leadership.PRINCIPAL).build());
        List<OfficerId> certified = new ArrayList<>();
        for (int i = 0; i < HANDLERS; i++) {
            certified.add(handler(bureau, i));
        }
        certified.add(officer(bureau, "L-1"));
        certified.add(officer(bureau, "A-1"));
        OfficerId legal = officer(bureau, "L-1");
        OfficerId head = officer(bureau, "A-1");
        for (OfficerId id : certified) {
            Officer.Builder officer = Officer.builder().id(id).name(id.value()).agency(agency)
                    .addPosts(id.equals(head) ? headPost : post);
            if (id.equals(legal)) {
                // the legal reviewer holds the legal professional qualification (行政处罚法 Art 58 第二款)
                officer.legalQualification(LocalDate.of(2019, 2, 22));
            }
            b.addOfficer(officer.build());
            b.addCredential(EnforcementCredential.builder().number("ZF-" + id.value()).holder(id)
                    .issuingAuthority("某市人民政府").addAreas(AREA).validFrom(LocalDate.of(2020, 1, 1))
                    .validUntil(LocalDate.of(2030, 12, 31)).build());
        }
        officer(b, officer(bureau, "C-1"), agency, post);
    }

    private static void officer(Organization.Builder b, OfficerId id, AgencyId agency, PostId post) {
        b.addOfficer(Officer.builder().id(id).name(id.value()).agency(agency).addPosts(post).build());
    }
}
