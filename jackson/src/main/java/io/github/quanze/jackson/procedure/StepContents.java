package io.github.quanze.jackson.procedure;

import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.UnionCodec;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
import io.github.quanze.procedure.Attestation;
import io.github.quanze.procedure.CollectionGround;
import io.github.quanze.procedure.FineCollection;
import io.github.quanze.procedure.LegalityOpinion;
import io.github.quanze.procedure.LicenceDecision;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.ReviewAspect;
import io.github.quanze.procedure.StepContent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The codecs of what a step records (环节记录内容): the kind of content a step of a procedure records, and the
 * content a performed step of a case records: a penalty decision, a licence decision, a fine collected on the spot,
 * how an on-site record was signed or the opinion of a legality review.
 */
final class StepContents {

    /** The kinds of content, by constant name. */
    enum Type {
        PENALTY_DECISION(PenaltyDecision.class),
        LICENCE_DECISION(LicenceDecision.class),
        FINE_COLLECTION(FineCollection.class),
        ATTESTATION(Attestation.class),
        LEGALITY_OPINION(LegalityOpinion.class);

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

    /** The content a performed step records, its {@code type} first. */
    static final Codec<StepContent> CONTENT = UnionCodec.<StepContent>builder("stepContent")
            .variant(Type.PENALTY_DECISION.name(), PenaltyDecision.class, PENALTY_DECISION)
            .variant(Type.LICENCE_DECISION.name(), LicenceDecision.class, LICENCE_DECISION)
            .variant(Type.FINE_COLLECTION.name(), FineCollection.class, FINE_COLLECTION)
            .variant(Type.ATTESTATION.name(), Attestation.class, ATTESTATION)
            .variant(Type.LEGALITY_OPINION.name(), LegalityOpinion.class, LEGALITY_OPINION)
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
}
