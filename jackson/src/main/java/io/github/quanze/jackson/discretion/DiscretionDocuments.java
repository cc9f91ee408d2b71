package io.github.quanze.jackson.discretion;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.Tier;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;

/**
 * 行政处罚裁量基准文档 The documents of penalty discretion: the statutory frame, a discretion standard, an offence
 * and the ruling on it.
 * <p>
 * A frame lists violation items with their provisions as citations ({@code breached}: 违法依据, {@code applied}:
 * 处罚依据) and their penalty clauses; a fine range is {@code {type: fixed, min, max}} or
 * {@code {type: multiple, base, minFactor, maxFactor, withoutBase: {threshold, range}}}, amounts in yuan.
 * <p>
 * A standard grades items of a frame by their codes and is read with that frame in the context
 * ({@code with(StatutoryFrame.class, frame)}), as other documents resolve their references. It declares its
 * circumstances as the columns of a decision table ({@code {name, type, min, max, values, graver}}), before its
 * items; each item's {@code tiers} is a decision table that names the columns it tests (the declared circumstances
 * and {@code mitigation}), with rows as in a decision table document and a tier as each row's outcome:
 * <pre>
 * items:
 *   - code: YC-057
 *     tiers:
 *       policy: FIRST
 *       columns: [mitigation, amount]
 *       rows:
 *         - id: YC-057.1
 *           title: {zh: 应当从轻或者减轻, en: statutory mitigation}
 *           basis: [《中华人民共和国行政处罚法》第三十二条]
 *           when: {mitigation: {is: MUST}}
 *           outcome: {level: LIGHTER, kinds: [FINE, CONFISCATION_OF_GAINS],
 *                     fine: {type: multiple, base: BUSINESS_VOLUME, minFactor: 0.2, maxFactor: 0.3}}
 * </pre>
 * An offence names its item by code, resolved against a frame given to the reader if there is one; its
 * circumstances are an object from name to a whole number, true or false, or a string. Many offences are read as
 * JSON lines, one document a line. The ruling and the verification of standards are outputs, written only.
 */
public final class DiscretionDocuments {

    /** 罚款幅度 A fine range, fixed ({@code type: fixed}) or a multiple of a base ({@code type: multiple}). */
    public static final Codec<FineRange> FINE_RANGE = FrameCodecs.FINE_RANGE;

    /**
     * 情节事实 Circumstance facts, as an offence holds them: an object from name to a whole number, true or false, or
     * a string.
     */
    public static final Codec<Circumstances> CIRCUMSTANCES = OffenceCodecs.CIRCUMSTANCES;

    /** 裁量格次 A tier: {@code {level, kinds, fine}}. */
    public static final ObjectCodec<Tier> TIER = StandardCodecs.TIER;

    /**
     * 违法事实 An offence, for documents that hold one, such as a case record's penalty decision; its item resolves
     * against a statutory frame given to the reader, if any.
     */
    public static final ObjectCodec<Offence> OFFENCE = OffenceCodecs.OFFENCE;

    /** 法定处罚幅度表 The document of a statutory frame. */
    public static final DocumentKind<StatutoryFrame> STATUTORY_FRAME = DocumentKind.of("statutory-frame", 1,
            StatutoryFrame.class, "法定处罚幅度表 statutory frame of penalties", FrameCodecs.FRAME);

    /** 行政处罚裁量基准 The document of a discretion standard, read with its statutory frame in the context. */
    public static final DocumentKind<DiscretionStandard> DISCRETION_STANDARD = DocumentKind.of("discretion-standard",
            1, DiscretionStandard.class, "行政处罚裁量基准 discretion standard", StandardCodecs.STANDARD);

    /** 违法事实 The document of an offence to be decided; many are read as JSON lines. */
    public static final DocumentKind<Offence> OFFENCE_DOCUMENT = DocumentKind.of("offence", 1, Offence.class,
            "违法事实 offence", OFFENCE);

    /** 处罚裁量结果 The document of a penalty ruling; written only. */
    public static final DocumentKind<PenaltyRuling> PENALTY_RULING = DocumentKind.of("penalty-ruling", 1,
            PenaltyRuling.class, "处罚裁量结果 penalty ruling", RulingCodecs.RULING);

    /**
     * 裁量基准校验 The document of the verification of discretion standards: the standards verified, whether
     * nothing was found, and each finding with its code, severity, parameters, message, citations, standard, item,
     * rows and higher standard; written only.
     */
    public static final DocumentKind<StandardVerification> STANDARD_VERIFICATION = DocumentKind.of(
            "standard-verification", 1, StandardVerification.class, "裁量基准校验 standard verification",
            VerificationCodecs.VERIFICATION);

    private DiscretionDocuments() {
    }
}
