package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The result of verifying a decision table (决策表校验结果), as values.
 * <p>
 * This class is immutable and thread-safe if the outcomes are.
 *
 * @param <O>  the type of the outcome
 * @param table  the table's name, not null
 * @param gaps  input combinations no row covers, merged into as few patterns as the check finds, not null
 * @param overlaps  pairs of rows that both match some input, under {@link HitPolicy#UNIQUE}, not null
 * @param shadowed  rows that never fire because earlier rows cover them, under {@link HitPolicy#FIRST}, not null
 * @param emptyRows  rows that match no input at all (永不匹配的行), under any hit policy: a cell admits no value of
 *        its column, such as {@code notIn} of every constant of an enum, not null
 * @param disproportions  steps to a graver input that give a lighter outcome (过罚不相当), not null
 */
public record TableVerification<O>(String table, List<InputPattern> gaps, List<Overlap> overlaps,
        List<RuleId> shadowed, List<RuleId> emptyRows, List<Disproportion<O>> disproportions) {

    /** Creates a verification result. */
    public TableVerification {
        Objects.requireNonNull(table, "table");
        gaps = ImmutableList.copyOf(gaps);
        overlaps = ImmutableList.copyOf(overlaps);
        shadowed = ImmutableList.copyOf(shadowed);
        emptyRows = ImmutableList.copyOf(emptyRows);
        disproportions = ImmutableList.copyOf(disproportions);
    }

    /**
     * Creates a verification result with no empty row.
     *
     * @param table  the table's name, not null
     * @param gaps  input combinations no row covers, not null
     * @param overlaps  pairs of rows that both match some input, under {@link HitPolicy#UNIQUE}, not null
     * @param shadowed  rows that never fire because earlier rows cover them, under {@link HitPolicy#FIRST}, not null
     * @param disproportions  steps to a graver input that give a lighter outcome, not null
     */
    public TableVerification(String table, List<InputPattern> gaps, List<Overlap> overlaps, List<RuleId> shadowed,
            List<Disproportion<O>> disproportions) {
        this(table, gaps, overlaps, shadowed, List.of(), disproportions);
    }

    /**
     * Checks whether verification found nothing.
     *
     * @return true if the table has no gap, overlap, shadowed row, empty row or disproportion
     */
    public boolean isClean() {
        return gaps.isEmpty() && overlaps.isEmpty() && shadowed.isEmpty() && emptyRows.isEmpty()
                && disproportions.isEmpty();
    }

    /**
     * Two rows that match a common input under {@link HitPolicy#UNIQUE} (规则重叠).
     *
     * @param first  the earlier row, not null
     * @param second  the later row, not null
     * @param where  the inputs both match, not null
     */
    public record Overlap(RuleId first, RuleId second, InputPattern where) {}

    /**
     * A step to a graver input that gets a lighter outcome (过罚不相当).
     *
     * @param <O>  the type of the outcome
     * @param column  the column in which the input is graver, not null
     * @param lesser  the lesser input, not null
     * @param graver  the graver input, differing from the lesser in {@code column} only, not null
     * @param lesserOutcome  the outcome of the lesser input, not null
     * @param graverOutcome  the lighter outcome of the graver input, not null
     */
    public record Disproportion<O>(String column, InputPattern lesser, InputPattern graver, O lesserOutcome,
            O graverOutcome) {}
}
