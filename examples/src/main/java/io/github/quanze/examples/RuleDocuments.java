package io.github.quanze.examples;

import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.rule.TableDocuments;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.text.BilingualText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of the commands over decision tables (决策表文档): the basis catalogue their citations resolve
 * against, and the reading of a {@code decision-table} or {@code rule-book} document.
 */
final class RuleDocuments {

    @Option(names = "--basis", paramLabel = "FILE",
            description = "The basis catalogue the citations resolve against; the national instruments otherwise.")
    Path basis;

    @Option(names = "--json", description = "Print JSON, one document per line (decision for decide, "
            + "table-verification for verify), instead of the report.")
    boolean json;

    /** The context the table's citations resolve against. */
    DocumentContext context() {
        return DocumentFiles.basisContext(basis);
    }

    /** Reads a decision table or a rule book, by the document's kind; a rule book is returned as its own value. */
    static Object readTableOrBook(Path file, DocumentContext context) {
        String kind = DocumentFiles.kindOf(file);
        if (kind.equals(TableDocuments.RULE_BOOK.name())) {
            return DocumentFiles.read(TableDocuments.RULE_BOOK, file, context);
        }
        if (kind.equals(TableDocuments.DECISION_TABLE.name())) {
            return DocumentFiles.read(TableDocuments.DECISION_TABLE, file, context);
        }
        throw new Main.UsageException(file + " holds a " + (kind.isEmpty() ? "document without a kind" : kind)
                + ", not a decision-table or rule-book document");
    }

    /** The tables of a table or book: the table itself, or each version's table in order. */
    static List<DecisionTable<?, ?>> tables(Object tableOrBook) {
        return versions(tableOrBook).stream().<DecisionTable<?, ?>>map(Versioned::table).toList();
    }

    /** The tables of a table or book, each with the version it is in force as (none for a lone table). */
    static List<Versioned> versions(Object tableOrBook) {
        if (tableOrBook instanceof DecisionTable<?, ?> table) {
            return List.of(new Versioned(Optional.empty(), table));
        }
        List<Versioned> tables = new ArrayList<>();
        for (RuleBook.Version<?, ?> version : ((RuleBook<?, ?>) tableOrBook).versions()) {
            if (version.rules() instanceof DecisionTable<?, ?> table) {
                String until = version.until().map(u -> "–" + u).orElse("–");
                tables.add(new Versioned(Optional.of(BilingualText.of(
                        "版本：" + version.source() + "（" + version.from() + until + "）",
                        "Version: " + version.source() + " (" + version.from() + until + ")")), table));
            }
        }
        return tables;
    }

    /** A table and, in a rule book, the version it is (来源 and period). */
    record Versioned(Optional<BilingualText> version, DecisionTable<?, ?> table) {}
}
