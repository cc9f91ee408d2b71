package io.github.quanze.jackson.codec;

import java.util.Objects;

/**
 * A place in a document (文档位置): its JSON pointer and, where the source has them, line and column.
 *
 * @param pointer  the JSON pointer, empty for the document itself, not null
 * @param line  the line, from 1; 0 if unknown
 * @param column  the column, from 1; 0 if unknown
 */
public record Position(String pointer, int line, int column) {

    /**
     * Checks the parts.
     *
     * @param pointer  the JSON pointer, empty for the document itself, not null
     * @param line  the line, from 1; 0 if unknown
     * @param column  the column, from 1; 0 if unknown
     */
    public Position {
        Objects.requireNonNull(pointer, "pointer");
    }
}
