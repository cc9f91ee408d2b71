package io.github.quanze.jackson.rule;

import com.google.common.collect.ImmutableList;
import io.github.quanze.assessment.AgencyMeasure;
import io.github.quanze.assessment.AgencyMeasurePolicy;
import io.github.quanze.assessment.OfficerAppraisals;
import io.github.quanze.assessment.OfficerCard;
import io.github.quanze.assessment.OfficerRating;
import io.github.quanze.fault.Apportionment;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.rule.Aggregation;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.DecisionWording;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 事实模式目录 The fact schemas documents name: a decision table or rule book says {@code facts: fault}, and the
 * reader finds the schema of that name here, with the codec of the table's outcomes and the settings a table of
 * those outcomes takes (its order on outcomes, how {@code COLLECT} combines them, how its decisions read).
 * <p>
 * {@link #shipped()} holds the library's own: {@code fault} (the sanction tables, outcomes {@link Sanction}),
 * {@code agency-measure} (the measures after an agency's assessment), {@code apportionment} (who bears which
 * responsibility), {@code officer-year} (an officer's annual rating) and {@code card-grounds} (an officer's card).
 * An embedding system adds its own schemas with {@link #with} and gives the result to the reader and writer:
 * {@code reader.with(FactSchemas.class, FactSchemas.shipped().with(mine))}. Without one in the context, documents
 * are read and written against the shipped schemas.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FactSchemas {

    private static final FactSchemas SHIPPED = new FactSchemas(List.of(
            Entry.like("fault", SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020),
                    Sanction.class, OutcomeCodecs.SANCTION),
            Entry.like("agency-measure", AgencyMeasurePolicy.national().table(), Set.class,
                    OutcomeCodecs.AGENCY_MEASURES),
            Entry.like("apportionment", Apportionment.national().table(), Responsibility.class,
                    Codecs.enumOf(Responsibility.class)),
            Entry.like("officer-year", OfficerAppraisals.defaultRatingTable(), OfficerRating.class,
                    Codecs.enumOf(OfficerRating.class)),
            Entry.like("card-grounds", OfficerAppraisals.defaultCardTable(), OfficerCard.class,
                    Codecs.enumOf(OfficerCard.class))));

    private final List<Entry<?, ?>> entries;

    private FactSchemas(List<Entry<?, ?>> entries) {
        this.entries = ImmutableList.copyOf(entries);
    }

    /**
     * Returns the library's own fact schemas.
     *
     * @return the registry, not null
     */
    public static FactSchemas shipped() {
        return SHIPPED;
    }

    /**
     * Returns a copy that also holds {@code entry}.
     *
     * @param entry  the entry, whose name no entry has yet, not null
     * @return the registry, not null
     * @throws IllegalArgumentException if an entry has that name, or one holds the same schema
     */
    public FactSchemas with(Entry<?, ?> entry) {
        Objects.requireNonNull(entry, "entry");
        for (Entry<?, ?> e : entries) {
            if (e.name().equals(entry.name())) {
                throw new IllegalArgumentException("a fact schema named \"" + entry.name() + "\" is registered "
                        + "already");
            }
            if (e.schema() == entry.schema()) {
                throw new IllegalArgumentException("fact schema " + entry.schema().name() + " is registered already, "
                        + "as \"" + e.name() + "\"");
            }
        }
        List<Entry<?, ?>> more = new ArrayList<>(entries);
        more.add(entry);
        return new FactSchemas(more);
    }

    /**
     * Returns the entries, in the order registered.
     *
     * @return the entries, not null
     */
    public List<Entry<?, ?>> entries() {
        return entries;
    }

    /**
     * Returns the entry of a name.
     *
     * @param name  the name, such as {@code fault}, not null
     * @return the entry, empty if none has that name, not null
     */
    public Optional<Entry<?, ?>> named(String name) {
        Objects.requireNonNull(name, "name");
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * Returns the entry that holds a schema, the very instance a table was compiled with.
     *
     * @param schema  the schema, not null
     * @return the entry, empty if none holds it, not null
     */
    public Optional<Entry<?, ?>> of(FactSchema<?> schema) {
        Objects.requireNonNull(schema, "schema");
        return entries.stream().filter(e -> e.schema() == schema).findFirst();
    }

    /**
     * Returns the entry whose outcomes are of the type of {@code outcome}, the latest registered first.
     *
     * @param outcome  an outcome, not null
     * @return the entry, empty if none, not null
     */
    public Optional<Entry<?, ?>> forOutcome(Object outcome) {
        Objects.requireNonNull(outcome, "outcome");
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).outcomeType().isInstance(outcome)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the names of the entries, for messages.
     *
     * @return the names joined with commas, not null
     */
    public String names() {
        return entries.stream().map(Entry::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "FactSchemas[" + names() + "]";
    }

    /**
     * 事实模式条目 One fact schema as documents name it: the name, the schema, the type and codec of the outcomes of
     * its tables, and the settings every table read for it takes: the order on outcomes (heavier is greater), the
     * aggregation of a {@code COLLECT} table, and the wording of decisions.
     * <p>
     * This class is immutable and thread-safe if its schema, codec and settings are.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     */
    public static final class Entry<F, O> {
        private final String name;
        private final FactSchema<F> schema;
        private final Class<?> outcomeType;
        private final Codec<O> outcome;
        private final Comparator<? super O> order;
        private final Aggregation<O> aggregation;
        private final DecisionWording<? super O> wording;

        private Entry(String name, FactSchema<F> schema, Class<?> outcomeType, Codec<O> outcome,
                Comparator<? super O> order, Aggregation<O> aggregation, DecisionWording<? super O> wording) {
            if (name == null || name.isBlank() || !name.strip().equals(name)) {
                throw new IllegalArgumentException("a fact schema's name must not be blank or have surrounding "
                        + "spaces, but was " + name);
            }
            this.name = name;
            this.schema = Objects.requireNonNull(schema, "schema");
            this.outcomeType = Objects.requireNonNull(outcomeType, "outcomeType");
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.order = order;
            this.aggregation = aggregation;
            this.wording = wording;
        }

        /**
         * Obtains an entry with no settings: tables read for it have no order, no aggregation and the plain
         * wording, so they cannot use the hit policies PRIORITY and COLLECT until given some.
         *
         * @param name  the name documents use, such as {@code permit}, not blank
         * @param schema  the schema, not null
         * @param outcomeType  the class of the outcomes, to find the entry of a decision's outcome, not null
         * @param outcome  the codec of an outcome, not null
         * @param <F>  the type of the facts
         * @param <O>  the type of the outcome
         * @return the entry, not null
         */
        public static <F, O> Entry<F, O> of(String name, FactSchema<F> schema, Class<?> outcomeType,
                Codec<O> outcome) {
            return new Entry<>(name, schema, outcomeType, outcome, null, null, null);
        }

        /**
         * Obtains an entry whose schema and settings are those of a table, such as a shipped one, so that the
         * table written as a document reads back equal to it.
         *
         * @param name  the name documents use, not blank
         * @param table  the table, not null
         * @param outcomeType  the class of the outcomes, not null
         * @param outcome  the codec of an outcome, not null
         * @param <F>  the type of the facts
         * @param <O>  the type of the outcome
         * @return the entry, not null
         */
        public static <F, O> Entry<F, O> like(String name, DecisionTable<F, O> table, Class<?> outcomeType,
                Codec<O> outcome) {
            TableSpec<O> spec = table.spec();
            return new Entry<>(name, table.schema(), outcomeType, outcome, spec.order().orElse(null),
                    spec.aggregation().orElse(null), spec.wording());
        }

        /**
         * Returns a copy with an order on outcomes, heavier is greater.
         *
         * @param value  the order, not null
         * @return the entry, not null
         */
        public Entry<F, O> withOrder(Comparator<? super O> value) {
            return new Entry<>(name, schema, outcomeType, outcome, Objects.requireNonNull(value, "order"),
                    aggregation, wording);
        }

        /**
         * Returns a copy with the aggregation {@code COLLECT} tables take.
         *
         * @param value  the aggregation, not null
         * @return the entry, not null
         */
        public Entry<F, O> withAggregation(Aggregation<O> value) {
            return new Entry<>(name, schema, outcomeType, outcome, order,
                    Objects.requireNonNull(value, "aggregation"), wording);
        }

        /**
         * Returns a copy with the wording of decisions.
         *
         * @param value  the wording, not null
         * @return the entry, not null
         */
        public Entry<F, O> withWording(DecisionWording<? super O> value) {
            return new Entry<>(name, schema, outcomeType, outcome, order, aggregation,
                    Objects.requireNonNull(value, "wording"));
        }

        /** @return the name documents use, not null */
        public String name() {
            return name;
        }

        /** @return the schema, not null */
        public FactSchema<F> schema() {
            return schema;
        }

        /** @return the class of the outcomes, not null */
        public Class<?> outcomeType() {
            return outcomeType;
        }

        /** @return the codec of an outcome, not null */
        public Codec<O> outcome() {
            return outcome;
        }

        /** @return the order on outcomes, empty if none, not null */
        public Optional<Comparator<? super O>> order() {
            return Optional.ofNullable(order);
        }

        /** @return the aggregation of COLLECT tables, empty if none, not null */
        public Optional<Aggregation<O>> aggregation() {
            return Optional.ofNullable(aggregation);
        }

        /** @return the wording of decisions, empty for the plain one, not null */
        public Optional<DecisionWording<? super O>> wording() {
            return Optional.ofNullable(wording);
        }

        @Override
        public String toString() {
            return name + " (" + schema.name() + ")";
        }
    }
}
