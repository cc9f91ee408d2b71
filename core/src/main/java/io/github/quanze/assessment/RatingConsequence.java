package io.github.quanze.assessment;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.sanction.SanctionKind;
import io.github.quanze.text.BilingualText;
import java.util.List;
import java.util.Objects;

/**
 * A consequence of an officer's annual rating (考核结果的运用), such as "不得在公务员考核中评定为优秀" or "取消执法资格或者
 * 调离执法岗位", with the provisions it rests on.
 * <p>
 * A consequence is data: its kind, the measures the deciding body chooses from, and its basis; its text is rendered
 * from the kind ({@link #text()}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what follows, not null
 * @param alternatives  the measures the deciding body chooses one of, empty if the consequence is no measure, not null
 * @param basis  the provisions it rests on, not null
 */
public record RatingConsequence(Kind kind, List<SanctionKind> alternatives, LegalBasis basis) {

    /** The code of "不得在公务员考核中评定为优秀". */
    public static final String NO_EXCELLENT_RATING = "RATING.NO_EXCELLENT_CIVIL_SERVICE_RATING";
    /** The code of "连续2年确定为不合格的，要取消执法资格或者调离执法岗位". */
    public static final String SECOND_INCOMPETENT_YEAR = "RATING.SECOND_INCOMPETENT_YEAR";

    /** What a rating calls for (考核结果运用的种类). */
    public enum Kind {
        /** 不得在公务员考核中评定为优秀: for a 基本合格 or 不合格 year. */
        NO_EXCELLENT_CIVIL_SERVICE_RATING(NO_EXCELLENT_RATING),
        /** 取消执法资格或者调离执法岗位: for a second 不合格 year in a row. */
        SECOND_INCOMPETENT_YEAR(RatingConsequence.SECOND_INCOMPETENT_YEAR);

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /**
         * Returns the stable code of consequences of this kind, such as {@value RatingConsequence#NO_EXCELLENT_RATING}.
         *
         * @return the code, not null
         */
        public String code() {
            return code;
        }
    }

    /**
     * Creates a consequence.
     *
     * @param kind  what follows, not null
     * @param alternatives  the measures the deciding body chooses one of, empty if the consequence is no measure, not
     *         null
     * @param basis  the provisions it rests on, not null
     */
    public RatingConsequence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        alternatives = Lists.copyOf("alternatives", alternatives);
    }

    /**
     * Returns the consequence's stable code, such as {@link #NO_EXCELLENT_RATING}.
     *
     * @return the code of its kind, not null
     */
    public String code() {
        return kind.code();
    }

    /**
     * Returns what follows, in words, with the interpretation it rests on.
     *
     * @return the text in Chinese and English, not null
     */
    public BilingualText text() {
        return AssessmentMessages.text(this);
    }

    /**
     * Describes the consequence with its basis: 不得在公务员考核中评定为优秀（依据：…）.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return AssessmentMessages.describe(this);
    }
}
