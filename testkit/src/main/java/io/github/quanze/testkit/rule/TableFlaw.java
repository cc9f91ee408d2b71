package io.github.quanze.testkit.rule;

import io.github.quanze.rule.TableFinding;

/**
 * A flaw (缺陷) that can be planted in a clean decision table, each reported by its verification as exactly one
 * finding of its {@link #kind()}.
 */
public enum TableFlaw {

    /** One value of the graded column that no row covers (遗漏). */
    GAP(TableFinding.Kind.GAP),
    /** A second row with the same condition as another, under the UNIQUE hit policy (重叠). */
    OVERLAP(TableFinding.Kind.OVERLAP),
    /** A last row with the same condition as an earlier one, under the FIRST hit policy, so it never fires. */
    SHADOWED(TableFinding.Kind.SHADOWED),
    /** The outcomes of two neighbouring values swapped, so the graver input gets the lighter outcome (过罚不相当). */
    DISPROPORTION(TableFinding.Kind.DISPROPORTION);

    private final TableFinding.Kind kind;

    TableFlaw(TableFinding.Kind kind) {
        this.kind = kind;
    }

    /**
     * Returns the kind of finding the verification reports for this flaw.
     *
     * @return the kind, not null
     */
    public TableFinding.Kind kind() {
        return kind;
    }
}
