package io.github.quanze.rule;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of verifying a decision table (决策表校验结果), as values: the gaps, overlaps, shadowed rows, empty rows
 * and disproportions found, each also a {@link TableFinding} with its code, severity, rows, column and parameters
 * ({@link #findings()}), and the whole rendered in Chinese and English ({@link #render()}).
 * <p>
 * This class is immutable and thread-safe if the outcomes are.
 *
 * @param <O>  the type of the outcome
 */
public final class TableVerification<O> {

    private final String table;
    private final List<InputPattern> gaps;
    private final List<Overlap> overlaps;
    private final List<RuleId> shadowed;
    private final List<RuleId> emptyRows;
    private final List<Disproportion<O>> disproportions;
    private final List<TableFinding> findings;

    TableVerification(String table, List<InputPattern> gaps, List<Overlap> overlaps, List<RuleId> shadowed,
            List<RuleId> emptyRows, List<Disproportion<O>> disproportions,
            Function<? super O, BilingualText> outcome) {
        this.table = Objects.requireNonNull(table, "table");
        this.gaps = ImmutableList.copyOf(gaps);
        this.overlaps = ImmutableList.copyOf(overlaps);
        this.shadowed = ImmutableList.copyOf(shadowed);
        this.emptyRows = ImmutableList.copyOf(emptyRows);
        this.disproportions = ImmutableList.copyOf(disproportions);
        List<TableFinding> all = new ArrayList<>();
        for (InputPattern gap : gaps) {
            all.add(finding(TableFinding.Kind.GAP, List.of(), Optional.empty(), base().put("pattern",
                    gap.toString())));
        }
        for (Overlap o : overlaps) {
            all.add(finding(TableFinding.Kind.OVERLAP, List.of(o.first(), o.second()), Optional.empty(), base()
                    .put("first", o.first().value()).put("second", o.second().value())
                    .put("pattern", o.where().toString())));
        }
        for (RuleId row : shadowed) {
            all.add(finding(TableFinding.Kind.SHADOWED, List.of(row), Optional.empty(), base().put("row",
                    row.value())));
        }
        for (RuleId row : emptyRows) {
            all.add(finding(TableFinding.Kind.EMPTY_ROW, List.of(row), Optional.empty(), base().put("row",
                    row.value())));
        }
        for (Disproportion<O> d : disproportions) {
            all.add(finding(TableFinding.Kind.DISPROPORTION, List.of(), Optional.of(d.column()), base()
                    .put("column", d.column()).put("lesser", d.lesser().toString())
                    .put("graver", d.graver().toString()).put("lesserOutcome", outcome.apply(d.lesserOutcome()))
                    .put("graverOutcome", outcome.apply(d.graverOutcome()))));
        }
        this.findings = ImmutableList.copyOf(all);
    }

    private Parameters.Builder base() {
        return Parameters.builder().put("table", table);
    }

    private TableFinding finding(TableFinding.Kind kind, List<RuleId> rows, Optional<String> column,
            Parameters.Builder parameters) {
        return new TableFinding(kind, table, rows, column, parameters.build());
    }

    /**
     * Returns the table's name.
     *
     * @return the name, not null
     */
    public String table() {
        return table;
    }

    /**
     * Returns the inputs no row covers, merged into as few patterns as the check finds.
     *
     * @return the gaps, not null
     */
    public List<InputPattern> gaps() {
        return gaps;
    }

    /**
     * Returns the pairs of rows that both match some input, under {@link HitPolicy#UNIQUE}.
     *
     * @return the overlaps, not null
     */
    public List<Overlap> overlaps() {
        return overlaps;
    }

    /**
     * Returns the rows that never fire because earlier rows cover them, under {@link HitPolicy#FIRST}.
     *
     * @return the shadowed rows, not null
     */
    public List<RuleId> shadowed() {
        return shadowed;
    }

    /**
     * Returns the rows that match no input at all (永不匹配的行), under any hit policy: a cell admits no value of its
     * column, such as {@code noneOf} every constant of an enum.
     *
     * @return the empty rows, not null
     */
    public List<RuleId> emptyRows() {
        return emptyRows;
    }

    /**
     * Returns the steps to a graver input that give a lighter outcome (过罚不相当).
     *
     * @return the disproportions, not null
     */
    public List<Disproportion<O>> disproportions() {
        return disproportions;
    }

    /**
     * Returns everything found, as data: gaps, overlaps, shadowed rows, empty rows, then disproportions.
     *
     * @return the findings, not null
     */
    public List<TableFinding> findings() {
        return findings;
    }

    /**
     * Checks whether verification found nothing.
     *
     * @return true if the table has no gap, overlap, shadowed row, empty row or disproportion
     */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /**
     * Renders the verification in Chinese and English: that the table is clean, or each finding, one a line.
     *
     * @return the text, not null
     */
    public BilingualText render() {
        return RuleMessages.verification(table, findings);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TableVerification<?> other && table.equals(other.table) && gaps.equals(other.gaps)
                && overlaps.equals(other.overlaps) && shadowed.equals(other.shadowed)
                && emptyRows.equals(other.emptyRows) && disproportions.equals(other.disproportions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, gaps, overlaps, shadowed, emptyRows, disproportions);
    }

    @Override
    public String toString() {
        return "TableVerification{" + table + ", " + findings.size() + " findings}";
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
