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
import static io.github.quanze.procedure.StepKind.HEARING_RIGHT_NOTICE;
import static io.github.quanze.procedure.StepKind.INVESTIGATION;
import static io.github.quanze.procedure.StepKind.LEGALITY_REVIEW;
import static io.github.quanze.procedure.StepKind.NOTICE;
import static io.github.quanze.procedure.StepKind.SERVICE;
import static io.github.quanze.procedure.StepKind.STATEMENT_AND_DEFENCE;

import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.PublicationRule;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the history of a penalty case as an agency records it: correct, or with one slip of the kinds agency
 * systems see. Works on the ordinary penalty procedure and on flows built from it (the steps a procedure lacks,
 * such as 先行登记保存, are left out). The history stops at the first event after the day it is generated for.
 */
final class CaseGenerator {

    /** The slips a generated case may carry; a slip that needs a hearing or a major case does nothing without it. */
    enum Slip { NONE, ONE_INVESTIGATOR, CLERK_INVESTIGATES, LATE_HEARING_NOTICE, LATE_SERVICE, NO_LEGALITY_REVIEW,
        INVESTIGATOR_DECIDES, DECISION_BEFORE_NOTICE, STALLED }

    /**
     * The people of an agency who take part in its cases.
     *
     * @param handlers  certified case handlers, at least two
     * @param approver  the head who approves and decides
     * @param director  the head who chairs the collective decision
     * @param presiders  who may preside over a hearing or review legality (not investigators)
     * @param legal  the legal reviewer
     * @param clerk  a clerk without certificate
     */
    record Staff(List<OfficerId> handlers, OfficerId approver, OfficerId director, List<OfficerId> presiders,
            OfficerId legal, OfficerId clerk) {}

    /**
     * How an agency practises the three systems of 国办发〔2018〕118号 in its cases, drawn from a random stream of its
     * own so that the rest of a generated case does not depend on it.
     *
     * @param publishes  whether the agency sets the penalty publication rule on its cases (7 working days), so that
     *        they are checked for it; an agency that does not has no data for 按期公示率
     * @param statesRecords  whether its events say which records were made of each step; an agency whose events do
     *        not has no data for 全过程记录完整率
     * @param diligence  how carefully it works, 0.5 to 1: late publications and unrecorded steps are rarer the higher
     * @param random  the stream the practice draws from
     */
    record Practice(boolean publishes, boolean statesRecords, double diligence, SplittableRandom random) {}

    private final Procedure procedure;
    private final Organization organization;
    private final String area;
    private final Staff staff;
    private final WorkingDayCalendar calendar;
    private final LocalDate until;

    CaseGenerator(Procedure procedure, Organization organization, String area, Staff staff,
            WorkingDayCalendar calendar, LocalDate until) {
        this.procedure = procedure;
        this.organization = organization;
        this.area = area;
        this.staff = staff;
        this.calendar = calendar;
        this.until = until;
    }

    /** Picks a slip: none for two cases in three, else one of the others. */
    static Slip slip(SplittableRandom random) {
        return random.nextInt(3) == 0 ? other(random) : Slip.NONE;
    }

    /** Picks a slip: none with the given probability, else one of the others. */
    static Slip slip(SplittableRandom random, double none) {
        return random.nextDouble() < none ? Slip.NONE : other(random);
    }

    private static Slip other(SplittableRandom random) {
        return Slip.values()[1 + random.nextInt(Slip.values().length - 1)];
    }

    /**
     * The grounds of a major case: a serious violation (集体讨论, 行政处罚法 Art 57 第二款) that is also difficult and
     * involves several legal relations (法制审核, Art 58 第一款第（三）项).
     */
    static final Set<CaseGround> MAJOR = Set.of(CaseGround.COMPLEX_OR_SERIOUS_VIOLATION,
            CaseGround.COMPLEX_LEGAL_RELATIONS);

    /** Generates a case opened on a day, with the given slip. */
    CaseRecord generate(String id, LocalDate opened, SplittableRandom random, Slip slip) {
        return generate(id, opened, random, slip, null);
    }

    /**
     * Generates a case opened on a day, with the given slip and the agency's practice of publication and recording
     * (null for neither: the case is then generated exactly as without it).
     */
    CaseRecord generate(String id, LocalDate opened, SplittableRandom random, Slip slip, Practice practice) {
        History h = history(opened, random, slip);
        return practice == null ? h.record(id) : h.record(id, practice);
    }

    private History history(LocalDate opened, SplittableRandom random, Slip slip) {
        boolean major = random.nextInt(3) == 0;
        boolean hearing = random.nextInt(3) == 0;
        List<OfficerId> team = team(random);
        History h = new History(opened, major, hearing);
        h.add(FILING, opened, team.get(0));
        if (procedure.has(HEAD_APPROVAL)) {
            h.add(HEAD_APPROVAL, h.later(random.nextInt(2)), staff.approver());
        }
        if (procedure.has(EVIDENCE_PRESERVATION)) {
            h.add(EVIDENCE_PRESERVATION, h.last, team.get(0), team.get(1));
        }
        LocalDate investigated = h.later(1 + random.nextInt(5));
        switch (slip) {
            case ONE_INVESTIGATOR -> h.add(INVESTIGATION, investigated, team.get(0));
            case CLERK_INVESTIGATES -> h.add(INVESTIGATION, investigated, team.get(0), staff.clerk());
            default -> h.add(INVESTIGATION, investigated, team.get(0), team.get(1));
        }
        LocalDate noticed = h.later(2 + random.nextInt(5));
        if (slip == Slip.DECISION_BEFORE_NOTICE) {
            h.add(DECISION, noticed, staff.approver());
        }
        h.add(NOTICE, noticed, team.get(0), team.get(1));
        if (slip == Slip.STALLED) {
            return h;
        }
        if (hearing) {
            h.add(HEARING_RIGHT_NOTICE, noticed, team.get(0), team.get(1));
            h.add(new CaseEvent.HearingRequested(h.later(1 + random.nextInt(3))));
        }
        h.add(STATEMENT_AND_DEFENCE, h.later(hearing ? 0 : 1 + random.nextInt(3)), team.get(0));
        if (hearing) {
            LocalDate notified = h.later(1);
            h.add(HEARING_NOTICE, notified, team.get(0));
            int gap = slip == Slip.LATE_HEARING_NOTICE ? 3 + random.nextInt(4) : 7 + random.nextInt(5);
            h.add(HEARING, calendar.plusWorkingDays(notified, gap), pick(staff.presiders(), random));
        }
        if (major) {
            if (slip != Slip.NO_LEGALITY_REVIEW) {
                h.add(LEGALITY_REVIEW, h.later(1 + random.nextInt(3)), staff.legal());
            }
            h.add(COLLECTIVE_DECISION, h.later(1 + random.nextInt(2)), staff.director());
        }
        if (slip != Slip.DECISION_BEFORE_NOTICE) {
            LocalDate decided = h.later(1 + random.nextInt(3));
            if (slip == Slip.INVESTIGATOR_DECIDES) {
                h.add(DECISION, decided, staff.approver(), team.get(0));
            } else {
                h.add(DECISION, decided, staff.approver());
            }
        }
        h.add(SERVICE, h.later(slip == Slip.LATE_SERVICE ? 8 + random.nextInt(5) : random.nextInt(6)),
                team.get(0), team.get(1));
        h.add(EXECUTION, h.later(5 + random.nextInt(15)), team.get(0));
        h.add(CLOSING, h.later(1 + random.nextInt(5)), team.get(0));
        return h;
    }

    private List<OfficerId> team(SplittableRandom random) {
        List<OfficerId> handlers = staff.handlers();
        int first = random.nextInt(handlers.size());
        int second = (first + 1 + random.nextInt(handlers.size() - 1)) % handlers.size();
        return List.of(handlers.get(first), handlers.get(second));
    }

    private static OfficerId pick(List<OfficerId> officers, SplittableRandom random) {
        return officers.get(random.nextInt(officers.size()));
    }

    /** A history being written, which stops at the first event after the last day. */
    private final class History {
        private final LocalDate opened;
        private final boolean major;
        private final boolean hearing;
        private final List<CaseEvent> events = new ArrayList<>();
        private LocalDate last;
        private boolean stopped;

        History(LocalDate opened, boolean major, boolean hearing) {
            this.opened = opened;
            this.major = major;
            this.hearing = hearing;
            this.last = opened;
        }

        LocalDate later(int workingDays) {
            return stopped ? last : calendar.plusWorkingDays(last, workingDays);
        }

        void add(StepKind step, LocalDate date, OfficerId... officers) {
            add(CaseEvent.performed(step, date, officers));
        }

        void add(CaseEvent event) {
            stopped |= event.date().isAfter(until);
            if (!stopped) {
                events.add(event);
                last = event.date();
            }
        }

        CaseRecord record(String id) {
            return builder(id).build().appendAll(events);
        }

        private CaseRecord.Builder builder(String id) {
            CaseRecord.Builder b = CaseRecord.builder().id(id).procedure(procedure).organization(organization)
                    .area(area).opened(opened).hearingEligible(hearing).calendar(calendar);
            if (major) {
                MAJOR.forEach(g -> b.grounds(g));
            }
            return b;
        }

        /**
         * The record with the agency's practice: the events state their records (a written record of each step, an
         * audio-video one of the investigation; now and then, the less diligent the more often, a step whose
         * required record was not made), and the decision is published (on time, or late the less diligent the more
         * often; a publication after the last day is not yet in the history).
         */
        CaseRecord record(String id, Practice practice) {
            SplittableRandom random = practice.random();
            double slack = 1 - practice.diligence();
            List<CaseEvent> all = new ArrayList<>();
            for (CaseEvent event : events) {
                if (practice.statesRecords() && event instanceof CaseEvent.StepPerformed p) {
                    boolean required = procedure.step(p.step()).map(Step::records).map(r -> !r.isEmpty())
                            .orElse(false);
                    if (required && random.nextDouble() < slack * 0.04) {
                        event = p.withRecords();
                    } else if (p.step() == INVESTIGATION) {
                        event = p.withRecords(RecordKind.TEXT, RecordKind.AUDIO_VIDEO, RecordKind.PARTY_SIGNATURE);
                    } else {
                        event = p.withRecords(RecordKind.TEXT);
                    }
                }
                all.add(event);
            }
            CaseRecord.Builder b = builder(id);
            if (practice.publishes()) {
                b.publication(PublicationRule.penalty());
                Optional<LocalDate> decided = events.stream().filter(e -> e instanceof CaseEvent.StepPerformed p
                        && p.step() == DECISION).map(CaseEvent::date).findFirst();
                if (decided.isPresent()) {
                    boolean late = random.nextDouble() < slack * 0.5;
                    LocalDate published = calendar.plusWorkingDays(decided.get(),
                            late ? 8 + random.nextInt(8) : 1 + random.nextInt(7));
                    if (!published.isAfter(until)) {
                        all.add(new CaseEvent.Published(published, Optional.of("县人民政府门户网站行政执法公示专栏")));
                    }
                }
            }
            return b.build().appendAll(all);
        }
    }
}
