package io.github.quanze.assessment;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.sanction.SanctionKind;
import java.util.List;
import java.util.Objects;

/**
 * A consequence of an officer's annual rating (考核结果的运用), such as "不得在公务员考核中评定为优秀" or "取消执法资格或者
 * 调离执法岗位", with the provisions it rests on.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the consequence's stable code, such as {@link #NO_EXCELLENT_RATING}, one line without surrounding
 *        spaces, not blank
 * @param text  what follows, in Chinese and English, not null
 * @param alternatives  the measures the deciding body chooses one of, empty if the consequence is no measure, not null
 * @param basis  the provisions it rests on, not null
 */
public record RatingConsequence(String code, BilingualText text, List<SanctionKind> alternatives, LegalBasis basis) {

    /** The code of "不得在公务员考核中评定为优秀". */
    public static final String NO_EXCELLENT_RATING = "RATING.NO_EXCELLENT_CIVIL_SERVICE_RATING";
    /** The code of "连续2年确定为不合格的，要取消执法资格或者调离执法岗位". */
    public static final String SECOND_INCOMPETENT_YEAR = "RATING.SECOND_INCOMPETENT_YEAR";

    /**
     * Creates a consequence.
     *
     * @throws IllegalArgumentException if the code is blank, has a control character or surrounding spaces
     */
    public RatingConsequence {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(basis, "basis");
        alternatives = Lists.copyOf("alternatives", alternatives);
        Texts.checkLine("Rating consequence code", code);
    }

    /**
     * Describes the consequence with its basis: 不得在公务员考核中评定为优秀（依据：…）.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return BilingualText.of(text.zh() + "（依据：" + basis + "）", text.en() + " (basis: " + basis.toEnglish() + ")");
    }
}
