package io.github.quanze.jackson.discretion;

import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.LimitationResult;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.VersionBasis;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.rule.FindingDocuments;
import io.github.quanze.jackson.text.TextDocuments;
import java.time.Period;

/** The codecs of a penalty ruling, an output: written only. */
final class RulingCodecs {

    private static final Codec<Period> PERIOD = Codecs.STRING.map(Period::parse, Period::toString);

    private static final ObjectCodec<RulingGround> GROUND = ObjectCodec.<RulingGround>writer("rulingGround")
            .description("裁量理由 A statutory ground of the ruling in 行政处罚法, and the provision that states it")
            .field("ground", Codecs.enumOf(RulingGround.class), g -> g)
            .field("text", TextDocuments.BILINGUAL, RulingGround::label)
            .field("cites", FindingDocuments.CITATION, RulingGround::basis)
            .build();

    private static final ObjectCodec<LimitationResult> LIMITATION = ObjectCodec
            .<LimitationResult>writer("limitationResult")
            .description("追责时效审查结果 The limitation check of 行政处罚法 Art 36")
            .about("The day the period is counted from: the day of the act, or the day a continuing act ended")
            .field("start", Codecs.DATE, LimitationResult::start)
            .about("Whether the period is counted from the end of a continuing act")
            .field("continuing", Codecs.BOOLEAN, LimitationResult::isContinuing)
            .about("The period applied, in ISO 8601, such as P2Y")
            .field("period", PERIOD, LimitationResult::period)
            .about("The last day on which discovery is in time")
            .field("lastDay", Codecs.DATE, LimitationResult::lastDay)
            .field("discovered", Codecs.DATE, LimitationResult::discovered)
            .field("graveHarm", Codecs.BOOLEAN, LimitationResult::isGraveHarm)
            .about("Whether another law's period applied (法律另有规定)")
            .field("otherLaw", Codecs.BOOLEAN, LimitationResult::isOtherLaw)
            .about("Whether the act was discovered too late to be punished")
            .field("barred", Codecs.BOOLEAN, LimitationResult::isBarred)
            .field("cites", FindingDocuments.CITATION, LimitationResult::basis)
            .field("text", TextDocuments.BILINGUAL, LimitationResult::text)
            .build();

    private static final ObjectCodec<FineBounds> BOUNDS = ObjectCodec.<FineBounds>writer("fineBounds")
            .description("具体罚款幅度 The least and the most fine in yuan for the facts of the case")
            .field("min", Codecs.DECIMAL, FineBounds::min)
            .field("max", Codecs.DECIMAL, FineBounds::max)
            .about("How the range was found: FIXED, MULTIPLE of the base, or WITHOUT_BASE")
            .field("source", Codecs.enumOf(FineBounds.Source.class), FineBounds::source)
            .build();

    /** A penalty ruling. */
    static final ObjectCodec<PenaltyRuling> RULING = ObjectCodec.<PenaltyRuling>writer("penaltyRuling")
            .description("处罚裁量结果 The discretion ruled for one offence: limitation, grounds, the standard and edition "
                    + "applied, the tier, the kinds and range of the penalty, and the reasoning (说理)")
            .about("The offence ruled on")
            .field("offence", OffenceCodecs.OFFENCE, PenaltyRuling::offence)
            .field("disposition", Codecs.enumOf(Disposition.class), PenaltyRuling::disposition)
            .about("The statutory grounds of the ruling, in the order of 行政处罚法")
            .listField("grounds", GROUND, PenaltyRuling::grounds)
            .field("limitation", LIMITATION, PenaltyRuling::limitation)
            .about("The code of the violation item applied")
            .field("item", Codecs.STRING, r -> r.item().code())
            .about("The 文号 of the standard applied; absent where none grades the item on the day that counts")
            .optionalField("standard", Codecs.STRING, r -> r.standard().map(DiscretionStandard::number))
            .about("Which rules apply and why (从旧兼从轻, Art 37); the header's version is the format's")
            .field("versionBasis", Codecs.enumOf(VersionBasis.class), PenaltyRuling::version)
            .about("The 文号 of the standard compared and not applied under Art 37")
            .optionalField("setAside", Codecs.STRING, r -> r.setAside().map(DiscretionStandard::number))
            .about("The id of the row of the standard the facts fall in")
            .optionalField("row", Codecs.STRING, r -> r.row().map(ref -> ref.id().value()))
            .optionalField("tier", StandardCodecs.TIER, PenaltyRuling::tier)
            .about("Whether mandatory mitigation limited the fine to the lower half of a tier graver than 从轻 (an "
                    + "interpretation)")
            .field("mitigatedWithinTier", Codecs.BOOLEAN, PenaltyRuling::isMitigatedWithinTier)
            .about("Whether a standard applies but none of its rows covers the facts, so the statutory range applies")
            .field("uncovered", Codecs.BOOLEAN, PenaltyRuling::isUncovered)
            .about("The kinds of penalty to impose, in the order of 行政处罚法 Art 9")
            .listField("kinds", Codecs.enumOf(PenaltyKind.class), r -> r.kinds().stream().sorted().toList())
            .about("The range of the fine for this offence")
            .optionalField("bounds", BOUNDS, PenaltyRuling::bounds)
            .about("The middle of the range, where the standard makes it the default fine")
            .optionalField("midpoint", Codecs.DECIMAL, PenaltyRuling::midpoint)
            .about("The reasoning (说理), rendered from these data")
            .field("text", TextDocuments.BILINGUAL, PenaltyRuling::text)
            .build();

    private RulingCodecs() {
    }
}
