package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The notice a calendar entry comes from (节假日安排通知), such as 国务院办公厅关于2026年部分节假日安排的通知
 * （国办发明电〔2025〕7号）, or a local authority's decision for a local override.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param title  the notice's title, not blank
 * @param documentNumber  its 文号, empty where it could not be confirmed, not null
 * @param issued  the day it was issued, empty where it could not be confirmed, not null
 */
public record Notice(String title, Optional<String> documentNumber, Optional<LocalDate> issued) {

    /**
     * Creates a notice.
     *
     * @throws IllegalArgumentException if the title or a present document number is blank
     */
    public Notice {
        checkArgument(title != null && !title.isBlank(), "Notice title must not be blank, but was '%s'", title);
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issued, "issued");
        documentNumber.ifPresent(n -> checkArgument(!n.isBlank(), "Notice '%s': document number must not be blank",
                title));
    }

    /**
     * Obtains a notice with its document number and issue date.
     *
     * @param title  the title, not blank
     * @param documentNumber  the 文号, not blank
     * @param issued  the issue date, not null
     * @return the notice, not null
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
