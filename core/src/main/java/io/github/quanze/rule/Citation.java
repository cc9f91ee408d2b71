package io.github.quanze.rule;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.util.List;

/**
 * What a rule, a finding or a decision cites (引用): provisions of law, a measure, a standard. The rule engine knows
 * a citation only through this interface; the domain that knows the law implements it, as
 * {@code io.github.quanze.basis.LegalBasis} does, and renders it in Chinese and English.
 * <p>
 * A citation may be made of parts, such as the provisions of a legal basis, so that a {@link Decision} can list
 * every part it cites once ({@link Decision#citations()}). Implementations are immutable values with
 * {@code equals}.
 */
public interface Citation extends Labelled {

    /**
     * Returns the citation in Chinese and English, such as 《中华人民共和国行政处罚法》第三十七条 / Art 37, Administrative
     * Penalty Law of the People's Republic of China.
     *
     * @return the citation, not null
     */
    BilingualText citation();

    /**
     * Returns the citation, as a {@link io.github.quanze.text.Template} renders a parameter holding it.
     *
     * @return the citation, not null
     */
    @Override
    default BilingualText label() {
        return citation();
    }

    /**
     * Returns the parts cited, each once, in the order cited: the provisions of a legal basis. A citation of one
     * part returns itself.
     *
     * @return the parts, empty for {@link #none()}, not null
     */
    default List<? extends Citation> parts() {
        return List.of(this);
    }

    /**
     * Checks whether the citation cites nothing, such as the citation of a finding about a table itself.
     *
     * @return true if there is no part
     */
    default boolean isEmpty() {
        return parts().isEmpty();
    }

    /**
     * Returns the citation of nothing (无引用), for findings that rest on no provision.
     *
     * @return the empty citation, not null
     */
    static Citation none() {
        return NoCitation.INSTANCE;
    }
}

/** The empty citation. */
enum NoCitation implements Citation {
    /** The only instance. */
    INSTANCE;

    private static final BilingualText TEXT = BilingualText.of("无", "none");

    @Override
    public BilingualText citation() {
        return TEXT;
    }

    @Override
    public List<Citation> parts() {
        return List.of();
    }

    @Override
    public String toString() {
        return "无";
    }
}
