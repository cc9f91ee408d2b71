package io.github.quanze.procedure;

import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns procedural violations into faults (程序违法转化为执法过错) for the people involved, for the sanction policy
 * to decide on: the chain power → post → case → violation → fault → sanction.
 * <p>
 * The type follows the violation: a missed time limit is {@link FaultType#OVERDUE} (超过法定期限), an uncertified
 * officer {@link FaultType#NO_CREDENTIAL} (未取得执法证件执法), everything else
 * {@link FaultType#PROCEDURE_VIOLATION} (违反法定程序). Each person named bears direct responsibility for their own
 * act. The form and consequence are facts the replay cannot see: unless the finder of fact sets them, a violation is
 * taken as ordinary negligence without harm. These defaults are an interpretation: the responsibility measures grade
 * a fault by 过错形式、危害大小、情节轻重 (国办发〔2005〕37号), which an inquiry establishes.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ViolationFaults {

    private ViolationFaults() {}

    /**
     * Returns the faults of every violation of a case, as ordinary negligence without harm.
     *
     * @param state  the replayed case, not null
     * @return the faults, in violation order, one per person per violation, not null
     */
    public static List<Fault> of(CaseState state) {
        List<Fault> faults = new ArrayList<>();
        for (ProcedureViolation violation : state.violations()) {
            faults.addAll(of(violation, FaultForm.ORDINARY_NEGLIGENCE, Consequence.NONE));
        }
        return faults;
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
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(consequence, "consequence");
        List<Fault> faults = new ArrayList<>();
        for (Involvement person : violation.people()) {
            faults.add(person.fault()
                    .type(typeOf(violation.kind()))
                    .form(form)
                    .consequence(consequence)
                    .actDate(violation.date())
                    .description(violation.message().zh() + "（" + violation.basis() + "）")
                    .build());
        }
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
            default:
                return FaultType.PROCEDURE_VIOLATION;
        }
    }
}
