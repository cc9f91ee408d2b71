package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A record a step must leave (记录要求): one record of any of some kinds, on a legal basis. 行政处罚法 Art 47 asks a
 * record "以文字、音像等形式" of each stage, so one written or one audio-video record satisfies it
 * ({@link #textOrAudioVideo}); 国办发〔2018〕118号 asks a full audio-video record (全程音像记录) of on-site acts that
 * directly touch personal liberty, life, health or major property, such as 查封扣押 ({@link #audioVideo}); 行政强制法
 * Art 18(7) asks a written on-site record ({@link #text}).
 * <p>
 * The replay checks a requirement only against an event that states its records
 * ({@link CaseEvent.StepPerformed#records()}): an event that does not say which records were made yields nothing.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param anyOf  the kinds of record, one of which satisfies the requirement; not empty, no signature
 * @param basis  the provisions that ask for the record, not null
 */
public record RecordRequirement(Set<RecordKind> anyOf, LegalBasis basis) {

    /**
     * Creates a requirement.
     *
     * @param anyOf  the kinds of record, one of which satisfies the requirement; not empty, no signature
     * @param basis  the provisions that ask for the record, not null
     * @throws IllegalArgumentException if no kind is given or one is a signature (signatures are checked by
     *         {@link Attestation})
     */
    public RecordRequirement {
        anyOf = Sets.immutableEnumSet(Lists.copyOf("anyOf", Objects.requireNonNull(anyOf, "anyOf")));
        checkArgument(!anyOf.isEmpty(), "A record requirement must name at least one kind of record");
        checkArgument(anyOf.stream().noneMatch(RecordKind::isSignature), "A record requirement names %s; signatures "
                + "are required through the step's Attestation (行政强制法 Art 18(8)(9)), not as a record kind", anyOf);
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Obtains the requirement of a written or an audio-video record (行政处罚法 Art 47: 文字、音像等形式).
     *
     * @param basis  the provisions, not null
     * @return the requirement, not null
     */
    public static RecordRequirement textOrAudioVideo(LegalBasis basis) {
        return new RecordRequirement(EnumSet.of(RecordKind.TEXT, RecordKind.AUDIO_VIDEO), basis);
    }

    /**
     * Obtains the requirement of a written record, such as 制作现场笔录 (行政强制法 Art 18(7)).
     *
     * @param basis  the provisions, not null
     * @return the requirement, not null
     */
    public static RecordRequirement text(LegalBasis basis) {
        return new RecordRequirement(EnumSet.of(RecordKind.TEXT), basis);
    }

    /**
     * Obtains the requirement of an audio-video record of the whole act (全程音像记录, 国办发〔2018〕118号).
     *
     * @param basis  the provisions, not null
     * @return the requirement, not null
     */
    public static RecordRequirement audioVideo(LegalBasis basis) {
        return new RecordRequirement(EnumSet.of(RecordKind.AUDIO_VIDEO), basis);
    }

    /**
     * Checks whether only an audio-video record satisfies the requirement (全程音像记录): its absence is
     * {@link ViolationKind#AUDIO_VIDEO_MISSING} rather than {@link ViolationKind#RECORD_MISSING}.
     *
     * @return true if the only kind is {@link RecordKind#AUDIO_VIDEO}
     */
    public boolean isAudioVideoOnly() {
        return anyOf.equals(EnumSet.of(RecordKind.AUDIO_VIDEO));
    }

    /**
     * Checks whether records made satisfy the requirement.
     *
     * @param made  the kinds of record made, not null
     * @return true if one of them is one of {@link #anyOf()}
     */
    public boolean isMetBy(Set<RecordKind> made) {
        return made.stream().anyMatch(anyOf::contains);
    }
}
