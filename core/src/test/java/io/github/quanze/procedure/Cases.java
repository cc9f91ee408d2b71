package io.github.quanze.procedure;

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

import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.AgencyId;
import io.github.quanze.testkit.procedure.Bureau;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small bureau for case tests: handlers, three legal reviewers (one qualified, one reviewing since 2018, one new
 * and unqualified, who is not among those the generated histories pick), a head
 * and a section chief, all certified for 烟草专卖 from 2020 to 2030, one handler whose certificate expired on
 * 2026-06-30 and one clerk with no certificate.
 */
public final class Cases {

    public static final String AREA = Bureau.AREA;
    public static final AgencyId BUREAU = Bureau.BUREAU;
    public static final OfficerId WANG = Bureau.WANG;
    public static final OfficerId LI = Bureau.LI;
    public static final OfficerId ZHAO = Bureau.ZHAO;
    public static final OfficerId QIAN = Bureau.QIAN;
    public static final OfficerId SUN = Bureau.SUN;
    public static final OfficerId ZHOU = Bureau.ZHOU;
    public static final OfficerId WU = Bureau.WU;
    public static final OfficerId CHEN = Bureau.CHEN;
    public static final OfficerId XU = Bureau.XU;
    /** A legal reviewer with no qualification and no record of reviewing before 2021-07-15. */
    public static final OfficerId ZHENG = Bureau.ZHENG;

    /** The officers who hold each role's post, all certified. */
    public static final Map<PostRole, List<OfficerId>> BY_ROLE = Bureau.BY_ROLE;

    public static final Organization BUREAU_ORGANIZATION = Bureau.ORGANIZATION;

    /**
     * A penalty case done right across 国庆 2026: a serious violation (集体讨论, Art 57 第二款) concerning the party's
     * major rights, where the party asked in time for a hearing, so that 法制审核 follows it (Art 58(1)(2)).
     */
    public static final List<CaseEvent> PENALTY_CASE = List.of(
            step(FILING, "2026-09-01", WANG),
            step(INVESTIGATION, "2026-09-02", WANG, LI).with("现场检查笔录"),
            step(INVESTIGATION, "2026-09-10", WANG, LI).with("询问笔录"),
            step(NOTICE, "2026-09-17", WANG, LI).with("行政处罚事先告知书"),
            step(HEARING_RIGHT_NOTICE, "2026-09-17", WANG, LI).with("行政处罚听证告知书"),
            new CaseEvent.HearingRequested(LocalDate.of(2026, 9, 21)),
            step(STATEMENT_AND_DEFENCE, "2026-09-22", WANG).with("陈述申辩笔录"),
            step(HEARING_NOTICE, "2026-09-23", WANG).with("听证通知书"),
            step(HEARING, "2026-10-12", ZHOU).with("听证笔录"),
            step(LEGALITY_REVIEW, "2026-10-14", WU).with("法制审核意见书"),
            step(COLLECTIVE_DECISION, "2026-10-16", CHEN).with("集体讨论记录"),
            step(DECISION, "2026-10-19", CHEN).with("行政处罚决定书"),
            step(SERVICE, "2026-10-21", WANG, LI).with("送达回证"),
            step(EXECUTION, "2026-11-05", WANG),
            step(CLOSING, "2026-11-10", WANG));

    /** The grounds of the penalty case of {@link #PENALTY_CASE}. */
    public static final CaseGround[] GROUNDS = {CaseGround.COMPLEX_OR_SERIOUS_VIOLATION,
            CaseGround.MAJOR_RIGHTS_AFTER_HEARING};

    /** Records the penalty case of {@link #PENALTY_CASE} with the given history. */
    public static CaseRecord penaltyCase(List<CaseEvent> events) {
        return penaltyCase("烟罚〔2026〕1号", LocalDate.of(2026, 9, 1))
                .grounds(GROUNDS[0], GROUNDS[1]).hearingEligible(true).build().appendAll(events);
    }

    /** Records a seizure (查封、扣押) of the bureau with the given history. */
    public static CaseRecord seizure(List<CaseEvent> events) {
        return CaseRecord.builder().id("烟强〔2026〕1号").procedure(ProcedureTemplates.SEIZURE_AND_DETENTION)
                .organization(BUREAU_ORGANIZATION).area(AREA).opened(events.get(0).date()).build().appendAll(events);
    }

    /** Returns the history with the first event of a step replaced. */
    public static List<CaseEvent> replace(List<CaseEvent> events, StepKind kind, CaseEvent replacement) {
        List<CaseEvent> result = new java.util.ArrayList<>();
        boolean done = false;
        for (CaseEvent e : events) {
            if (!done && e instanceof CaseEvent.StepPerformed p && p.step() == kind) {
                result.add(replacement);
                done = true;
            } else {
                result.add(e);
            }
        }
        return result;
    }

    private Cases() {}

    /** An ordinary penalty case of the bureau, in the tobacco area, to be opened. */
    public static CaseRecord.Builder penaltyCase(String id, LocalDate opened) {
        return opening(id, opened).procedure(ProcedureTemplates.PENALTY_ORDINARY).organization(BUREAU_ORGANIZATION)
                .area(AREA);
    }

    /** A case with its number and opening day only: the caller sets procedure, organization and area. */
    public static CaseRecord.Builder opening(String id, LocalDate opened) {
        return CaseRecord.builder().id(id).opened(opened);
    }

    public static CaseEvent.StepPerformed step(StepKind step, String date, OfficerId... officers) {
        return CaseEvent.performed(step, LocalDate.parse(date), officers);
    }
}
