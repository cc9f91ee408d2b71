package io.github.quanze.jackson.fault;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.jackson.rule.FindingDocuments;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.procedure.Role;
import io.github.quanze.rule.Decision;
import java.util.List;

/**
 * 过错认定文档 The document of the faults found in a case: each fault with its subject, type, form, consequence,
 * role, responsibility, gravity, circumstances, description, the findings it rests on and the provisions of its
 * type, and the decision on its person's sanction where one was made. An output, written only.
 */
public final class FaultDocuments {

    /** 过错主体 The officer or agency at fault. */
    public static final ObjectCodec<FaultSubject> SUBJECT = ObjectCodec.<FaultSubject>writer("faultSubject")
            .field("kind", Codecs.enumOf(FaultSubject.Kind.class), FaultSubject::kind)
            .field("id", Codecs.STRING, FaultSubject::id)
            .field("name", Codecs.STRING, FaultSubject::name)
            .build();

    /** 尽职情况 The facts of 尽职免责. */
    public static final ObjectCodec<DutyPerformance> DUTY = ObjectCodec.<DutyPerformance>writer("dutyPerformance")
            .field("followedProcedure", Codecs.BOOLEAN, DutyPerformance::followedProcedure)
            .field("rulesUnclear", Codecs.BOOLEAN, DutyPerformance::rulesUnclear)
            .field("deceivedByParty", Codecs.BOOLEAN, DutyPerformance::deceivedByParty)
            .field("selfInterest", Codecs.BOOLEAN, DutyPerformance::selfInterest)
            .field("qualifies", Codecs.BOOLEAN, DutyPerformance::qualifies)
            .build();

    /** 执法过错 A fault, with everything a sanction decision reads and the grounds it rests on. */
    public static final ObjectCodec<Fault> FAULT = ObjectCodec.<Fault>writer("fault")
            .description("执法过错 An enforcement fault")
            .field("subject", SUBJECT, Fault::subject)
            .field("type", Codecs.enumOf(FaultType.class), Fault::type)
            .field("form", Codecs.enumOf(FaultForm.class), Fault::form)
            .field("consequence", Codecs.enumOf(Consequence.class), Fault::consequence)
            .field("role", Codecs.enumOf(Role.class), Fault::role)
            .field("responsibility", Codecs.enumOf(Responsibility.class), Fault::responsibility)
            .about("The tier of gravity graded from type, form and consequence")
            .field("gravity", Codecs.enumOf(Gravity.class), Fault::gravity)
            .listField("circumstances", Codecs.enumOf(Circumstance.class), f -> List.copyOf(f.circumstances()))
            .optionalField("dutyPerformance", DUTY, Fault::dutyPerformance)
            .field("faultsThisYear", Codecs.INT, Fault::faultsThisYear)
            .field("suspectedCrime", Codecs.BOOLEAN, Fault::suspectedCrime)
            .field("orderManifestlyUnlawful", Codecs.BOOLEAN, Fault::orderManifestlyUnlawful)
            .field("actDate", Codecs.DATE, Fault::actDate)
            .field("description", TextDocuments.BILINGUAL, Fault::description)
            .field("summary", TextDocuments.BILINGUAL, Fault::summary)
            .about("The findings the fault was derived from: procedural violations or review defects")
            .listField("grounds", FindingDocuments.FINDING, Fault::grounds)
            .about("The provisions that make the fault's type a fault")
            .field("provisions", BasisDocuments.LEGAL_BASIS, f -> f.type().basis())
            .build();

    private static final ObjectCodec<FaultFindings.Found> FOUND = ObjectCodec.<FaultFindings.Found>writer("foundFault")
            .field("fault", FAULT, FaultFindings.Found::fault)
            .about("The decision on the person's sanction, if made")
            .optionalField("sanction", DecisionDocuments.DECISION_VALUE,
                    f -> f.sanction().map(d -> (Decision<?>) d))
            .build();

    private static final ObjectCodec<FaultFindings> FINDINGS = ObjectCodec.<FaultFindings>writer("faultFindings")
            .description("过错认定 The faults found in a case")
            .field("caseId", Codecs.STRING, FaultFindings::caseId)
            .listField("faults", FOUND, FaultFindings::faults)
            .build();

    /** 过错认定 The document of the faults found in a case; written only. */
    public static final DocumentKind<FaultFindings> FAULT_FINDINGS = DocumentKind.of("fault-findings", 1,
            FaultFindings.class, "过错认定 fault findings", FINDINGS);

    private FaultDocuments() {
    }
}
