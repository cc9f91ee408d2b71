package io.github.quanze.examples.reliability;

import java.util.List;

/** Malformed documents of every kind, read through the documents module. */
final class DocumentRows {

    private DocumentRows() {}

    static List<BadInput> all() {
        return List.of();
    }
}
