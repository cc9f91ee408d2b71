package io.github.quanze.jackson;

import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.fault.FaultDocuments;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.jackson.rule.TableDocuments;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of document quanze reads or writes (文档类型一览), in the order of the pipeline: inputs first, then
 * outputs.
 */
public final class Documents {

    private static final List<DocumentKind<?>> ALL = List.of(
            BasisDocuments.BASIS_CATALOGUE,
            TableDocuments.DECISION_TABLE,
            TableDocuments.RULE_BOOK,
            DecisionDocuments.DECISION,
            DecisionDocuments.TABLE_VERIFICATION,
            FaultDocuments.FAULT_FINDINGS);

    private Documents() {
    }

    /**
     * Returns every document kind.
     *
     * @return the kinds, not null
     */
    public static List<DocumentKind<?>> all() {
        return ALL;
    }

    /**
     * Returns the document kind of that name.
     *
     * @param name  the kind, such as {@code basis-catalogue}, not null
     * @return the kind, empty if there is none, not null
     */
    public static Optional<DocumentKind<?>> named(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
