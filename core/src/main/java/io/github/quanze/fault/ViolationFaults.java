package io.github.quanze.fault;

import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.ProcedureViolation;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns procedural violations into faults (程序违法转化为执法过错) for the people involved, for the sanction policy
 * to decide on: the chain power → post → case → violation → fault → sanction.
 * <p>
 * One act is one fault: the violations that name the same person for the same step on the same day (such as a
 * decision made before the notice, by an officer who also investigated) become one fault of that person, with all
 * of them as its grounds, so a person is not sanctioned twice for one act. The type follows the violation: a missed
 * time limit is {@link FaultType#OVERDUE} (超过法定期限), an uncertified officer {@link FaultType#NO_CREDENTIAL}
 * (未取得执法证件执法), a fine collected on the spot without a lawful ground {@link FaultType#FINANCIAL_MISCONDUCT}
 * (自行收缴罚款, 行政处罚法 Art 78), a suspected crime not referred or a penalty in its place
 * {@link FaultType#FAILURE_TO_REFER} and a late referral or a late hand-over of its items
 * {@link FaultType#LATE_REFERRAL} (行政执法机关移送涉嫌犯罪案件的规定 Art 16; a late hand-over under Art 16 第一款 is our
 * reading, Art 12 having no liability of its own), naming the principal head and the officers of the step, a
 * duty-crime lead not referred {@link FaultType#FAILURE_TO_ACT} (Art 19 has no liability article; 不履行法定职责 is
 * our reading), a kind or a fine outside what the provisions allow {@link FaultType#ABUSE_OF_DISCRETION}
 * (擅自改变行政处罚种类、幅度, 行政处罚法 Art 76 第一款 item (2)), and so a fine outside the tier of the agency's own
 * standard and a penalty only the agency's own standard excludes (its 不予处罚 tier or list of first offences; our
 * reading: a departure from the standard that binds the agency under 行政处罚法 Art 34 changes the penalty without
 * authority, or is 明显不当, 行政诉讼法 Art 70 item (6)), a penalty the law excludes (after the limitation, on a party
 * the law excuses, an act no longer an offence) or a second fine for one act {@link FaultType#WRONG_LAW}
 * (适用法律、法规错误: the decision does not apply 行政处罚法 Arts 29, 30, 31, 33, 36 or 37, our reading, as no
 * liability article names these acts), a decision published or its information withdrawn late
 * {@link FaultType#OVERDUE} (our reading: the times of 行政处罚法 Art 48 第二款 and 国办发〔2018〕118号 are time limits
 * missed, not a step left out, and the lighter type is chosen where the law names none), everything else
 * {@link FaultType#PROCEDURE_VIOLATION} (违反法定程序), among them a stage without its required record (行政处罚法
 * Art 47, our reading: recording is part of the statutory procedure of each stage), a withdrawal without public
 * reasons (Art 48 第二款) and a decision made against its legality review (Art 58 第一款; for a licence or a coercive
 * measure our reading); of several grounds of one act, the type graver by default decides. Each person named bears
 * direct responsibility for their own act. The form and consequence are facts the replay cannot see: unless the
 * finder of fact sets them, a violation is taken as ordinary negligence without harm. These defaults are an
 * interpretation: the responsibility measures grade a fault by 过错形式、危害大小、情节轻重 (国办发〔2005〕37号),
 * which an inquiry establishes.
 * <p>
 * A missing full audio-video record ({@link ViolationKind#AUDIO_VIDEO_MISSING}, {@link Severity#WARNING}) is not made
 * a fault of a case ({@link #of(CaseState)}): our interpretation of 国办发〔2018〕118号, which asks agencies to 推行
 * (introduce) the record and is no statute, so the record's absence is not 违反法定程序 by itself. A finder of fact
 * who holds an officer to the agency's own rule passes the violation to
 * {@link #of(ProcedureViolation, FaultForm, Consequence)}, which makes it {@link FaultType#PROCEDURE_VIOLATION}. No
 * violation of severity {@link Severity#WARNING} is made a fault by {@link #of(CaseState)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ViolationFaults {

    private ViolationFaults() {}

    /**
     * Returns the faults of every violation of a case of severity {@link Severity#ERROR}, as ordinary negligence
     * without harm: a {@link Severity#WARNING} (a full audio-video record missing) is left to the finder of fact.
     *
     * @param state  the replayed case, not null
     * @return the faults, one per person per act (step and day), in the order of their first violation, not null
     */
    public static List<Fault> of(CaseState state) {
        List<ProcedureViolation> errors = state.violations().stream().filter(v -> v.severity() == Severity.ERROR)
                .toList();
        return of(errors, FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE);
    }

    /**
     * Returns the faults of one violation, with the form and consequence the finder of fact established.
     *
     * @param violation  the violation, not null
     * @param form  the form of fault, not null
     * @param consequence  the consequence, not null
     * @return one fault per person involved, not null
     */
    public static List<Fault> of(ProcedureViolation violation, FaultForm form, Consequence consequence) {
        return of(List.of(Objects.requireNonNull(violation, "violation")), form, consequence);
    }

    /**
     * Returns the faults of violations, with the form and consequence the finder of fact established: one per person
     * per act, the violations naming the same person for the same step on the same day merged.
     *
     * @param violations  the violations, not null
     * @param form  the form of fault, not null
     * @param consequence  the consequence, not null
     * @return the faults, in the order of their first violation, not null
     */
    public static List<Fault> of(List<ProcedureViolation> violations, FaultForm form, Consequence consequence) {
        Objects.requireNonNull(violations, "violations");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(consequence, "consequence");
        Map<Act, List<ProcedureViolation>> acts = new LinkedHashMap<>();
        for (ProcedureViolation violation : violations) {
            for (Involvement person : violation.people()) {
                acts.computeIfAbsent(new Act(person, violation.step(), violation.date()), a -> new ArrayList<>())
                        .add(violation);
            }
        }
        List<Fault> faults = new ArrayList<>();
        acts.forEach((act, grounds) -> {
            FaultType type = typeOf(grounds.get(0).kind());
            for (ProcedureViolation ground : grounds) {
                FaultType other = typeOf(ground.kind());
                if (other.defaultGravity().compareTo(type.defaultGravity()) > 0) {
                    type = other;
                }
            }
            faults.add(faultOf(act.person()).type(type).form(form).consequence(consequence).actDate(act.date())
                    .grounds(grounds.stream().distinct().toList()).build());
        });
        return faults;
    }

    /**
     * Returns the fault type a violation kind amounts to.
     *
     * @param kind  the violation kind, not null
     * @return the fault type, not null
     */
    public static FaultType typeOf(ViolationKind kind) {
        switch (Objects.requireNonNull(kind, "kind")) {
            case MISSED_DEADLINE:
                return FaultType.OVERDUE;
            case UNCERTIFIED_OFFICER:
                return FaultType.NO_CREDENTIAL;
            case COLLECTION_NOT_ALLOWED:
                return FaultType.FINANCIAL_MISCONDUCT;
            case KIND_NOT_ALLOWED:
            case FINE_OUTSIDE_STATUTORY_RANGE:
            case FINE_OUTSIDE_TIER:
            case PENALTY_AGAINST_STANDARD:
                return FaultType.ABUSE_OF_DISCRETION;
            case PENALTY_AFTER_LIMITATION:
            case PENALTY_NOT_ALLOWED:
            case SECOND_FINE:
                return FaultType.WRONG_LAW;
            case PUBLICATION_OVERDUE:
            case LATE_WITHDRAWAL:
                return FaultType.OVERDUE;
            case NOT_REFERRED:
            case PENALTY_INSTEAD_OF_REFERRAL:
                return FaultType.FAILURE_TO_REFER;
            case LATE_REFERRAL:
            case LATE_HANDOVER:
                return FaultType.LATE_REFERRAL;
            case LEAD_NOT_REFERRED:
                return FaultType.FAILURE_TO_ACT;
            default:
                return FaultType.PROCEDURE_VIOLATION;
        }
    }

    /**
     * Starts the fault of a person for what they did in a case: the officer as subject, their part as role, and
     * 直接责任 for their own act; the caller adds type, form, consequence, act date and the grounds.
     *
     * @param person  the person and their part, not null
     * @return a fault builder, not null
     */
    static Fault.Builder faultOf(Involvement person) {
        Fault.Builder builder = Fault.builder();
        builder.subject(FaultSubject.officer(person.officer(), person.name())).role(person.role())
                .responsibility(Responsibility.DIRECT);
        return builder;
    }

    /** One act of one person: what they did, in which step, on which day. */
    private record Act(Involvement person, StepKind step, LocalDate date) {}
}
