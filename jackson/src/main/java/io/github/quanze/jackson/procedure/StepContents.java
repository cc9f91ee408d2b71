package io.github.quanze.jackson.procedure;

import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.UnionCodec;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
import io.github.quanze.jackson.discretion.EnumSets;
import io.github.quanze.procedure.Attestation;
import io.github.quanze.procedure.CollectionGround;
import io.github.quanze.procedure.FineCollection;
import io.github.quanze.procedure.ItemsHandover;
import io.github.quanze.procedure.LegalityOpinion;
import io.github.quanze.procedure.LicenceDecision;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.ReferralApproval;
import io.github.quanze.procedure.ReferralKind;
import io.github.quanze.procedure.ReferralMaterial;
import io.github.quanze.procedure.ReferralTransfer;
import io.github.quanze.procedure.ReviewAspect;
import io.github.quanze.procedure.SeizedItems;
import io.github.quanze.procedure.StepContent;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The codecs of what a step records (环节记录内容): the kind of content a step of a procedure records, and the
 * content a performed step of a case records: a penalty decision, a licence decision, a fine collected on the spot,
 * how an on-site record was signed, the opinion of a legality review, the decision on a referral of a suspected
 * crime, the transfer, or the items handed over.
 */
final class StepContents {

    /** The kinds of content, by constant name. */
    enum Type {
        PENALTY_DECISION(PenaltyDecision.class),
        LICENCE_DECISION(LicenceDecision.class),
        FINE_COLLECTION(FineCollection.class),
        ATTESTATION(Attestation.class),
        LEGALITY_OPINION(LegalityOpinion.class),
        REFERRAL_APPROVAL(ReferralApproval.class),
        REFERRAL_TRANSFER(ReferralTransfer.class),
        ITEMS_HANDOVER(ItemsHandover.class);

        final Class<? extends StepContent> type;

        Type(Class<? extends StepContent> type) {
            this.type = type;
        }

        static Type of(Class<? extends StepContent> type) {
            for (Type t : values()) {
                if (t.type.equals(type)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("no document name for content " + type.getName());
        }
    }

    /** The kind of content a step records, such as {@code PENALTY_DECISION}. */
    static final Codec<Class<? extends StepContent>> TYPE = Codecs.enumOf(Type.class).map(t -> t.type, Type::of);

    private static final ObjectCodec<PenaltyDecision> PENALTY_DECISION = ObjectCodec
            .builder("penaltyDecision", PenaltyDraft::new, PenaltyDraft::build)
            .description("行政处罚决定 The penalties decided, and the fine in yuan where one is among them")
            .required("party", Codecs.enumOf(PartyType.class), PenaltyDecision::party, (d, v) -> d.party = v)
            .list("kinds", Codecs.enumOf(PenaltyKind.class), PenaltyDecision::kinds, (d, v) -> d.kinds.add(v))
            .optional("fine", Codecs.DECIMAL, PenaltyDecision::fine, (d, v) -> d.fine = v)
            .about("The offence punished (违法事实): item, days, base, circumstances and the party's side, which a "
                    + "replay with the agency's discretion standards checks the penalty against; decided on the "
                    + "step's day")
            .optional("offence", DiscretionDocuments.OFFENCE, PenaltyDecision::offence, (d, v) -> d.offence = v)
            .build();

    private static final ObjectCodec<LicenceDecision> LICENCE_DECISION = ObjectCodec
            .builder("licenceDecision", LicenceDraft::new, LicenceDraft::build)
            .description("行政许可决定 A grant or a refusal of a licence")
            .required("granted", Codecs.BOOLEAN, LicenceDecision::granted, (d, v) -> d.granted = v)
            .defaulted("documentRequired", Codecs.BOOLEAN, LicenceDecision::documentRequired,
                    (d, v) -> d.documentRequired = v, false)
            .about("For a refusal: whether the reasons were given; a grant gives them")
            .defaulted("reasonsGiven", Codecs.BOOLEAN, LicenceDecision::reasonsGiven, (d, v) -> d.reasonsGiven = v,
                    true)
            .about("For a refusal: whether the applicant was told of the remedies; a grant tells them")
            .defaulted("remediesTold", Codecs.BOOLEAN, LicenceDecision::remediesTold, (d, v) -> d.remediesTold = v,
                    true)
            .build();

    private static final ObjectCodec<FineCollection> FINE_COLLECTION = ObjectCodec
            .builder("fineCollection", FineDraft::new, FineDraft::build)
            .description("当场收缴罚款 A fine collected on the spot, in yuan, and its ground")
            .required("yuan", Codecs.DECIMAL, FineCollection::yuan, (d, v) -> d.yuan = v)
            .required("ground", Codecs.enumOf(CollectionGround.class), FineCollection::ground, (d, v) -> d.ground = v)
            .build();

    private static final ObjectCodec<Attestation> ATTESTATION = ObjectCodec
            .builder("attestation", AttestationDraft::new, AttestationDraft::build)
            .description("现场笔录签名 How the on-site record was signed")
            .required("attestation", Codecs.enumOf(Attestation.class), a -> a, (d, v) -> d.value = v)
            .build();

    private static final ObjectCodec<LegalityOpinion.Finding> FINDING = ObjectCodec
            .builder("reviewFinding", FindingDraft::new, FindingDraft::build)
            .description("审核意见 What the legality review found of one aspect: sound, or an issue in words")
            .required("aspect", Codecs.enumOf(ReviewAspect.class), LegalityOpinion.Finding::aspect,
                    (d, v) -> d.aspect = v)
            .about("The issue found, absent where the aspect is sound")
            .optional("issue", Codecs.STRING, LegalityOpinion.Finding::issue, (d, v) -> d.issue = v)
            .build();

    private static final ObjectCodec<LegalityOpinion> LEGALITY_OPINION = ObjectCodec
            .builder("legalityOpinion", OpinionDraft::new, OpinionDraft::build)
            .description("法制审核意见 Whether the legality review passes the decision, and its findings by aspect")
            .required("passed", Codecs.BOOLEAN, LegalityOpinion::passed, (d, v) -> d.passed = v)
            .list("findings", FINDING, LegalityOpinion::findings, (d, v) -> d.findings.add(v))
            .build();

    /** A time of day, written HH:MM such as 09:30: exactly two digits each, no seconds. */
    static final Codec<LocalTime> TIME = Codecs.STRING.map(StepContents::time, LocalTime::toString);

    private static final ObjectCodec<ReferralApproval> REFERRAL_APPROVAL = ObjectCodec
            .builder("referralApproval", ApprovalDraft::new, ApprovalDraft::build)
            .description("批准或者不批准移送 The head's decision on a referral of a suspected crime (国务院令第310号 Art 5)")
            .required("approved", Codecs.BOOLEAN, ReferralApproval::approved, (d, v) -> d.approved = v)
            .about("For a refusal: the reasons recorded (不予批准的理由记录在案); absent if none were")
            .optional("reasons", Codecs.STRING, ReferralApproval::reasons, (d, v) -> d.reasons = v)
            .about("True if the approver is a deputy head presiding over the agency's work (主持工作的负责人)")
            .defaulted("presiding", Codecs.BOOLEAN, ReferralApproval::presiding, (d, v) -> d.presiding = v, false)
            .about("The time of day of the decision, HH:MM, from which the twenty-four hours to transfer run")
            .optional("time", TIME, ReferralApproval::time, (d, v) -> d.time = v)
            .build();

    private static final ObjectCodec<ReferralTransfer> REFERRAL_TRANSFER = ObjectCodec
            .builder("referralTransfer", TransferDraft::new, TransferDraft::build)
            .description("移送 A suspected crime transferred, with the materials of Art 6 and the items involved")
            .required("kind", Codecs.enumOf(ReferralKind.class), ReferralTransfer::kind, (d, v) -> d.kind = v)
            .about("The receiving authority, such as 某市公安局")
            .required("authority", Codecs.STRING, ReferralTransfer::authority, (d, v) -> d.authority = v)
            .about("The materials attached (Art 6), each once")
            .defaulted("materials", EnumSets.of(ReferralMaterial.class), ReferralTransfer::materials,
                    (d, v) -> d.materials = v, Set.of())
            .about("The items involved as listed (涉案物品清单)")
            .list("items", Codecs.STRING, ReferralTransfer::items, (d, v) -> d.items.add(v))
            .about("Whether property sealed up or seized went with the case (行政强制法 Art 21)")
            .defaulted("seized", Codecs.enumOf(SeizedItems.class), ReferralTransfer::seized, (d, v) -> d.seized = v,
                    SeizedItems.NONE)
            .about("The time of day of the transfer, HH:MM")
            .optional("time", TIME, ReferralTransfer::time, (d, v) -> d.time = v)
            .build();

    private static final ObjectCodec<ItemsHandover> ITEMS_HANDOVER = ObjectCodec
            .builder("itemsHandover", HandoverDraft::new, d -> new ItemsHandover(d.items))
            .description("移交涉案物品 The items and materials handed over once the police opened a case (Art 12)")
            .list("items", Codecs.STRING, ItemsHandover::items, (d, v) -> d.items.add(v))
            .build();

    /** The content a performed step records, its {@code type} first. */
    static final Codec<StepContent> CONTENT = UnionCodec.<StepContent>builder("stepContent")
            .variant(Type.PENALTY_DECISION.name(), PenaltyDecision.class, PENALTY_DECISION)
            .variant(Type.LICENCE_DECISION.name(), LicenceDecision.class, LICENCE_DECISION)
            .variant(Type.FINE_COLLECTION.name(), FineCollection.class, FINE_COLLECTION)
            .variant(Type.ATTESTATION.name(), Attestation.class, ATTESTATION)
            .variant(Type.LEGALITY_OPINION.name(), LegalityOpinion.class, LEGALITY_OPINION)
            .variant(Type.REFERRAL_APPROVAL.name(), ReferralApproval.class, REFERRAL_APPROVAL)
            .variant(Type.REFERRAL_TRANSFER.name(), ReferralTransfer.class, REFERRAL_TRANSFER)
            .variant(Type.ITEMS_HANDOVER.name(), ItemsHandover.class, ITEMS_HANDOVER)
            .build();

    private StepContents() {
    }

    private static final class PenaltyDraft {
        PartyType party;
        final Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        BigDecimal fine;
        Offence offence;

        PenaltyDecision build() {
            return new PenaltyDecision(party, kinds, Optional.ofNullable(fine), Optional.ofNullable(offence));
        }
    }

    private static final class LicenceDraft {
        boolean granted;
        boolean documentRequired;
        boolean reasonsGiven = true;
        boolean remediesTold = true;

        LicenceDecision build() {
            return new LicenceDecision(granted, documentRequired, reasonsGiven, remediesTold);
        }
    }

    private static final class FineDraft {
        BigDecimal yuan;
        CollectionGround ground;

        FineCollection build() {
            return new FineCollection(yuan, ground);
        }
    }

    private static final class AttestationDraft {
        Attestation value;

        Attestation build() {
            return value;
        }
    }

    private static final class FindingDraft {
        ReviewAspect aspect;
        String issue;

        LegalityOpinion.Finding build() {
            return new LegalityOpinion.Finding(aspect, Optional.ofNullable(issue));
        }
    }

    private static final class OpinionDraft {
        boolean passed;
        final List<LegalityOpinion.Finding> findings = new ArrayList<>();

        LegalityOpinion build() {
            return new LegalityOpinion(passed, findings);
        }
    }

    private static final class ApprovalDraft {
        boolean approved;
        String reasons;
        boolean presiding;
        LocalTime time;

        ReferralApproval build() {
            return new ReferralApproval(approved, Optional.ofNullable(reasons), presiding, Optional.ofNullable(time));
        }
    }

    private static final class TransferDraft {
        ReferralKind kind;
        String authority;
        Set<ReferralMaterial> materials = EnumSet.noneOf(ReferralMaterial.class);
        final List<String> items = new ArrayList<>();
        SeizedItems seized = SeizedItems.NONE;
        LocalTime time;

        ReferralTransfer build() {
            return new ReferralTransfer(kind, authority, materials, items, seized, Optional.ofNullable(time));
        }
    }

    private static final class HandoverDraft {
        final List<String> items = new ArrayList<>();
    }

    /** Reads a time of day written exactly HH:MM. */
    private static LocalTime time(String text) {
        if (text.matches("[0-9]{2}:[0-9]{2}")) {
            try {
                return LocalTime.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                // refused below
            }
        }
        throw new IllegalArgumentException("must be a time of day written HH:MM, such as 09:30");
    }
}
