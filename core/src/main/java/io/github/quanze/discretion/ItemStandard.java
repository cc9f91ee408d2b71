package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.TableSpec;
import java.util.Objects;

/**
 * The standard of one violation item (违法行为裁量标准): the item of the statutory frame, its tiers with their
 * conditions as a {@link TableSpec} of {@link Tier}s, and whether the item is on the standard's list of first
 * offences not punished (首违不罚清单, 行政处罚法 Art 33 para 1, second sentence).
 * <p>
 * This class is immutable and thread-safe; it is built by {@link DiscretionStandard.Builder#item}.
 */
public final class ItemStandard {

    private final ViolationItem item;
    private final TableSpec<Tier> tiers;
    private final boolean firstOffenceExempt;
    private final DecisionTable<Offence, Tier> table;

    ItemStandard(ViolationItem item, TableSpec<Tier> tiers, boolean firstOffenceExempt, FactSchema<Offence> schema) {
        this.item = item;
        this.tiers = tiers;
        this.firstOffenceExempt = firstOffenceExempt;
        this.table = tiers.compile(schema);
    }

    /**
     * Returns the violation item of the statutory frame.
     *
     * @return the item, not null
     */
    public ViolationItem item() {
        return item;
    }

    /**
     * Returns the tiers and their conditions.
     *
     * @return the specification, not null
     */
    public TableSpec<Tier> tiers() {
        return tiers;
    }

    /**
     * Returns whether the item is on the list of first offences not punished (首违不罚清单).
     *
     * @return true if listed
     */
    public boolean isFirstOffenceExempt() {
        return firstOffenceExempt;
    }

    DecisionTable<Offence, Tier> table() {
        return table;
    }

    /**
     * Checks that an offence declares every circumstance the tiers test, of its kind and within its range.
     *
     * @throws IllegalArgumentException naming the standard, the item, the circumstance and the value
     */
    void checkFacts(String standard, Offence offence) {
        Circumstances facts = offence.circumstances();
        for (Column column : tiers.columns()) {
            if (column.name().equals(DiscretionStandard.MITIGATION)) {
                continue;
            }
            Object value = facts.values().get(column.name());
            if (value == null || !fits(column, value)) {
                String where = "Standard " + Texts.quote(standard) + ", item " + Texts.quote(item.code())
                        + ": circumstance " + Texts.quote(column.name());
                checkArgument(value != null, "%s is tested by the tiers but the offence does not declare it", where);
                throw new IllegalArgumentException(String.format("%s must be %s, but was %s", where,
                        describe(column), Texts.quote(value)));
            }
        }
    }

    private static boolean fits(Column column, Object value) {
        return switch (column.kind()) {
            case BOOLEAN -> value instanceof Boolean;
            case STRING -> value instanceof String && column.values().contains(value);
            case INT, LONG -> value instanceof Long l && l >= column.min() && l <= column.max();
            case ENUM -> false;
        };
    }

    private static String describe(Column column) {
        return switch (column.kind()) {
            case BOOLEAN -> "true or false";
            case STRING -> "one of " + column.values();
            case INT, LONG -> "a whole number from " + column.min() + " to " + column.max();
            case ENUM -> "an enum constant";
        };
    }

    Decision<Tier> decide(Offence offence) {
        return table.decide(offence);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ItemStandard s && item.equals(s.item) && tiers.equals(s.tiers)
                && firstOffenceExempt == s.firstOffenceExempt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, tiers, firstOffenceExempt);
    }

    @Override
    public String toString() {
        return "ItemStandard[" + item + ", " + tiers.rows().size() + " tiers]";
    }
}
