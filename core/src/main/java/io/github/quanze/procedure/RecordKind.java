package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A kind of record made of a step (执法记录形式), 行政处罚法 Art 47 ("以文字、音像等形式…进行全过程记录") and 行政强制法
 * Art 18(7)-(9): a written record, an audio-video record, and the signatures on a written record. How an on-site
 * record of a coercive measure was signed is also told by its {@link Attestation}, which the replay checks
 * ({@link ViolationKind#RECORD_NOT_ATTESTED}); the signatures here only say which were made, and a case record rejects
 * an event whose signatures contradict its attestation.
 */
public enum RecordKind implements Labelled {
    /** 文字记录 (笔录、文书). */
    TEXT("文字记录", "written record"),
    /** 音像记录 (录音录像、执法记录仪). */
    AUDIO_VIDEO("音像记录", "audio-video record"),
    /** 当事人签名或者盖章 (on a written record). */
    PARTY_SIGNATURE("当事人签名或者盖章", "signature or seal of the party"),
    /** 见证人签名或者盖章 (on a written record, 行政强制法 Art 18(9)). */
    WITNESS_SIGNATURE("见证人签名或者盖章", "signature or seal of a witness");

    private final BilingualText label;

    RecordKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the kind of record in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Checks whether the kind is a signature, which is made on a written record.
     *
     * @return true for {@link #PARTY_SIGNATURE} and {@link #WITNESS_SIGNATURE}
     */
    public boolean isSignature() {
        return this == PARTY_SIGNATURE || this == WITNESS_SIGNATURE;
    }
}
