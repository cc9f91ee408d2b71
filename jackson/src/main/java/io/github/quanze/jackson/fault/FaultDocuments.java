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
 * 执法过错文档 The documents of faults: {@code fault}, the facts of one fault as a sanction decision reads them (an
 * input), and {@code fault-findings}, the faults found in a case, each with its subject, type, form, consequence,
 * role, responsibility, gravity, circumstances, description, the findings it rests on and the provisions of its
 * type, and the decision on its person's sanction where one was made (an output, written only).
 */
public final class FaultDocuments {

    /** 过错主体 The officer or agency at fault, by kind, id and name. */
    static final ObjectCodec<FaultSubject> SUBJECT = ObjectCodec
            .builder("faultSubject", SubjectDraft::new, SubjectDraft::build)
            .required("kind", Codecs.enumOf(FaultSubject.Kind.class), FaultSubject::kind, (d, v) -> d.kind = v)
            .required("id", Codecs.STRING, FaultSubject::id, (d, v) -> d.id = v)
            .required("name", Codecs.STRING, FaultSubject::name, (d, v) -> d.name = v)
            .build();

    /** 尽职情况 The facts of 尽职免责. */
    static final ObjectCodec<DutyPerformance> DUTY = ObjectCodec
            .builder("dutyPerformance", DutyDraft::new, DutyDraft::build)
            .required("followedProcedure", Codecs.BOOLEAN, DutyPerformance::followedProcedure,
                    (d, v) -> d.values[0] = v)
            .required("rulesUnclear", Codecs.BOOLEAN, DutyPerformance::rulesUnclear, (d, v) -> d.values[1] = v)
            .required("deceivedByParty", Codecs.BOOLEAN, DutyPerformance::deceivedByParty,
                    (d, v) -> d.values[2] = v)
            .required("selfInterest", Codecs.BOOLEAN, DutyPerformance::selfInterest, (d, v) -> d.values[3] = v)
            .build();

    /**
     * 过错事实 A fault as the facts a sanction decision reads, written by hand or by a system: who, what type,
     * form and consequence, role and responsibility, circumstances, 尽职 facts, the count this year, and when. The
     * gravity is graded when it is read, as in Java. Grounds are not part of the facts: a fault read from a
     * document rests on its description.
     */
    static final ObjectCodec<Fault> FAULT_FACTS = ObjectCodec.builder("faultFacts", Fault::builder,
                    Fault.Builder::build)
            .description("执法过错事实 The facts of an enforcement fault, as a sanction decision reads them")
            .required("subject", SUBJECT, Fault::subject, Fault.Builder::subject)
            .required("type", Codecs.enumOf(FaultType.class), Fault::type, Fault.Builder::type)
            .required("form", Codecs.enumOf(FaultForm.class), Fault::form, Fault.Builder::form)
            .required("consequence", Codecs.enumOf(Consequence.class), Fault::consequence,
                    Fault.Builder::consequence)
            .required("role", Codecs.enumOf(Role.class), Fault::role, Fault.Builder::role)
            .required("responsibility", Codecs.enumOf(Responsibility.class), Fault::responsibility,
                    Fault.Builder::responsibility)
            .list("circumstances", Codecs.enumOf(Circumstance.class), f -> List.copyOf(f.circumstances()),
                    Fault.Builder::addCircumstance)
            .optional("dutyPerformance", DUTY, Fault::dutyPerformance, Fault.Builder::dutyPerformance)
            .about("How many faults the person committed this year, this one included")
            .defaulted("faultsThisYear", Codecs.integer(1, Fault.MAX_FAULTS_PER_YEAR), Fault::faultsThisYear,
                    Fault.Builder::faultsThisYear, 1)
            .defaulted("suspectedCrime", Codecs.BOOLEAN, Fault::suspectedCrime, Fault.Builder::suspectedCrime, false)
            .defaulted("orderManifestlyUnlawful", Codecs.BOOLEAN, Fault::orderManifestlyUnlawful,
                    Fault.Builder::orderManifestlyUnlawful, false)
            .required("actDate", Codecs.DATE, Fault::actDate, Fault.Builder::actDate)
            .about("What happened: one string as the finder of fact wrote it, or {zh, en}")
            .required("description", TextDocuments.USER_TEXT, Fault::description, Fault.Builder::description)
            .build();

    /** 过错事实 The document of one fault's facts, as {@code decide --facts} reads it for a table on fault facts. */
    public static final DocumentKind<Fault> FAULT = DocumentKind.of("fault", 1, Fault.class,
            "执法过错事实 fault", FAULT_FACTS);

    /** 执法过错 A fault, with everything a sanction decision reads and the grounds it rests on. */
    static final ObjectCodec<Fault> FOUND_FAULT = ObjectCodec.<Fault>writer("fault")
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
            .field("fault", FOUND_FAULT, FaultFindings.Found::fault)
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

    private static final class SubjectDraft {
        FaultSubject.Kind kind;
        String id;
        String name;

        FaultSubject build() {
            return new FaultSubject(kind, id, name);
        }
    }

    private static final class DutyDraft {
        final boolean[] values = new boolean[4];

        DutyPerformance build() {
            return new DutyPerformance(values[0], values[1], values[2], values[3]);
        }
    }
}
