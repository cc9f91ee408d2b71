package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the verification of a decision table found (决策表校验发现), as data: its kind (and so its code and severity),
 * the table, the rows and the column it concerns, and its typed parameters; the message is rendered from them.
 * <p>
 * Parameters by kind: every kind has {@code table}; a gap has {@code pattern}, the inputs no row covers; an overlap
 * {@code first}, {@code second} and {@code pattern}; a shadowed or empty row {@code row}; a disproportion
 * {@code column}, {@code lesser} and {@code graver} (the two inputs), and {@code lesserOutcome} and
 * {@code graverOutcome} in the table's wording.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was found, not null
 * @param table  the table's name, not null
 * @param rows  the rows concerned, in table order, empty for a gap, not null
 * @param column  the column concerned, for a disproportion, not null
 * @param parameters  the typed parameters, not null
 */
public record TableFinding(Kind kind, String table, List<RuleId> rows, Optional<String> column,
        Parameters parameters) implements Finding {

    /** What verification finds (校验发现的种类), each with its stable code and severity. */
    public enum Kind {
        /** Inputs no row covers (缺口): {@code TABLE.GAP}. */
        GAP("TABLE.GAP", Severity.WARNING),
        /** Two rows that both apply to some input under {@link HitPolicy#UNIQUE} (重叠): {@code TABLE.OVERLAP}. */
        OVERLAP("TABLE.OVERLAP", Severity.ERROR),
        /** A row earlier rows cover under {@link HitPolicy#FIRST} (被遮蔽): {@code TABLE.SHADOWED}. */
        SHADOWED("TABLE.SHADOWED", Severity.WARNING),
        /** A row that matches no input (空行): {@code TABLE.EMPTY_ROW}. */
        EMPTY_ROW("TABLE.EMPTY_ROW", Severity.WARNING),
        /** A graver input with a lighter outcome (过罚不相当): {@code TABLE.DISPROPORTION}. */
        DISPROPORTION("TABLE.DISPROPORTION", Severity.WARNING);

        private final String code;
        private final Severity severity;

        Kind(String code, Severity severity) {
            this.code = code;
            this.severity = severity;
        }

        /**
         * Returns the stable machine code.
         *
         * @return the code, not null
         */
        public String code() {
            return code;
        }

        /**
         * Returns how serious a finding of this kind is.
         *
         * @return the severity, not null
         */
        public Severity severity() {
            return severity;
        }
    }

    /**
     * Creates a finding.
     *
     * @param kind  what was found, not null
     * @param table  the table's name, not null
     * @param rows  the rows concerned, in table order, empty for a gap, not null
     * @param column  the column concerned, for a disproportion, not null
     * @param parameters  the typed parameters, not null
     */
    public TableFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        rows = ImmutableList.copyOf(rows);
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public String code() {
        return kind.code();
    }

    @Override
    public Severity severity() {
        return kind.severity();
    }

    @Override
    public BilingualText message() {
        return RuleMessages.tableFinding(this);
    }

    /** Returns {@link Citation#none()}: a finding about a table rests on no provision. */
    @Override
    public Citation basis() {
        return Citation.none();
    }
}
