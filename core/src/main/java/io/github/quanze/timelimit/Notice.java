package io.github.quanze.timelimit;

import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The notice a calendar entry comes from (节假日安排通知), such as 国务院办公厅关于2026年部分节假日安排的通知
 * （国办发明电〔2025〕7号）, or a local authority's decision for a local override.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param title  the notice's title, a line of text, not blank
 * @param documentNumber  its 文号, a line of text, empty where it could not be confirmed, not null
 * @param issued  the day it was issued, empty where it could not be confirmed, not null
 */
public record Notice(String title, Optional<String> documentNumber, Optional<LocalDate> issued) {

    /**
     * Creates a notice.
     *
     * @throws IllegalArgumentException if the title or a present document number is blank, has a control character
     *         or surrounding spaces
     */
    public Notice {
        Texts.checkLine("Notice title", title);
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issued, "issued");
        documentNumber.ifPresent(n -> Texts.checkLine("Notice " + Texts.quoted(title) + ": document number", n));
    }

    /**
     * Obtains a notice with its document number and issue date.
     *
     * @param title  the title, a line of text, not blank
     * @param documentNumber  the 文号, a line of text, not blank
     * @param issued  the issue date, not null
     * @return the notice, not null
     * @throws IllegalArgumentException if the title or document number is blank, has a control character or
     *         surrounding spaces
     */
    public static Notice of(String title, String documentNumber, LocalDate issued) {
        return new Notice(title, Optional.of(documentNumber), Optional.of(issued));
    }

    /** Returns the notice as cited: title （文号，issue date）. */
    @Override
    public String toString() {
        return "《" + title + "》（" + documentNumber.orElse("文号未核实") + "，" + issued.map(LocalDate::toString)
                .orElse("日期未核实") + "）";
    }
}
