package io.github.quanze.rule;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A compiled decision table (决策表): a {@link TableSpec} bound to its facts through a {@link FactSchema}, with the
 * index that decides.
 * <p>
 * Compiling ({@link TableSpec#compile}) builds, for every column, a bitset of the rows each of its values matches, so
 * that deciding reads each column once and ANDs one bitset per column, whatever the number of rows. On first use, a
 * table of up to 16 columns defines a reader of its own (a hidden class holding the schema's accessors as constants),
 * so that the JIT inlines every accessor and the columns are read as a hand-written reader reads them. Where the columns
 * tell apart at most 262,144 combinations of values, the table also keeps each decision it makes, an immutable value,
 * and answers the same combination again with a single lookup: the decision cache. {@link #withoutCache()} gives the
 * same table without it, which reads, matches and resolves on every call. {@link #decideByScan} evaluates the rows
 * one by one, as a reference; the three always agree. {@link #verify()} finds, without running any case, the inputs
 * no row covers, rows that overlap under {@link HitPolicy#UNIQUE}, rows shadowed under {@link HitPolicy#FIRST}, rows
 * that match no input, and pairs where a graver input gets a lighter outcome (过罚相当).
 * <p>
 * Two tables are equal when their specifications are equal and they read through the same schema. This class is
 * immutable and thread-safe if its schema's accessors and its outcomes are.
 *
 * @param <F>  the type of the facts
 * @param <O>  the type of the outcome
 */
public final class DecisionTable<F, O> implements Decider<F, O> {

    private final TableSpec<O> spec;
    private final FactSchema<F> schema;
    private final TableIndex index;
    private final Resolver<O> resolver;
    private final ColumnReader<F>[] readers;
    /** The reader of every column in one call, defined on first use; shared with {@link #withoutCache()}. */
    private final Fusion fusion;
    private final Object[] outputs;
    /**
     * Every decision the table can make, one per combination of atoms, filled on first use; null without the cache
     * or when there are more than {@link TableIndex#MEMO_LIMIT} combinations.
     */
    private final AtomicReferenceArray<Decision<O>> memo;
    /** The resolution of each set of matching rows met, shared with {@link #withoutCache()}. */
    private final Resolutions<O> resolutions;

    private DecisionTable(TableSpec<O> spec, FactSchema<F> schema, TableIndex index, Resolver<O> resolver,
            ColumnReader<F>[] readers, Fusion fusion, Resolutions<O> resolutions, boolean cached) {
        this.spec = spec;
        this.schema = schema;
        this.index = index;
        this.resolver = resolver;
        this.readers = readers;
        this.fusion = fusion;
        this.resolutions = resolutions;
        this.outputs = spec.rows().stream().map(Row::output).toArray();
        this.memo = cached && index.points <= TableIndex.MEMO_LIMIT ? new AtomicReferenceArray<>(index.points)
                : null;
    }

    static <F, O> DecisionTable<F, O> compile(TableSpec<O> spec, FactSchema<F> schema, boolean cached) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(schema, "schema");
        TableIndex index = new TableIndex(spec);
        List<Column> columns = spec.columns();
        @SuppressWarnings("unchecked")
        ColumnReader<F>[] readers = new ColumnReader[columns.size()];
        for (int c = 0; c < readers.length; c++) {
            Column column = columns.get(c);
            readers[c] = ColumnReader.of(spec.name(), column, schema.bind(spec.name(), column), index, c);
        }
        Resolver<O> resolver = new Resolver<>(spec.name(), "row", spec.rows().stream().map(Row::ref).toList(),
                spec.settings(), spec.closure());
        return new DecisionTable<>(spec, schema, index, resolver, readers, new Fusion(List.of(readers), index),
                new Resolutions<>(), cached);
    }

    /**
     * Returns this table without the decision cache: every call reads the facts and matches the rows on the index,
     * and gets a decision of its own. What the matching rows resolve to (the exceptions that apply, the rows that
     * fire under the hit policy, the combined outcome) depends on the set of matching rows only, so each distinct
     * set is resolved once and kept, at most 4,096 sets. For tables whose facts rarely repeat, to save the cache's
     * memory (about 1 MB of references at most), and to measure the engine itself. The table returned shares this
     * table's index.
     *
     * @return the table without the cache, not null
     */
    public DecisionTable<F, O> withoutCache() {
        return memo == null ? this : new DecisionTable<>(spec, schema, index, resolver, readers, fusion, resolutions,
                false);
    }

    /**
     * Checks whether the table keeps its decisions: it does unless built {@link #withoutCache()}, or its columns
     * tell apart more than 262,144 combinations.
     *
     * @return true if decisions are cached
     */
    public boolean isCached() {
        return memo != null;
    }

    /**
     * Compiles another specification, such as this one's with an agency's rows, with this table's schema and cache
     * setting.
     *
     * @param revised  the specification, not null
     * @return the table, not null
     * @throws IllegalArgumentException if the schema cannot read a column of the specification
     */
    public DecisionTable<F, O> withSpec(TableSpec<O> revised) {
        DecisionTable<F, O> table = compile(revised, schema, true);
        return memo == null ? table.withoutCache() : table;
    }

    /**
     * Returns the specification the table was compiled from.
     *
     * @return the specification, not null
     */
    public TableSpec<O> spec() {
        return spec;
    }

    /**
     * Returns the schema the table reads its facts through.
     *
     * @return the schema, not null
     */
    public FactSchema<F> schema() {
        return schema;
    }

    @Override
    public String name() {
        return spec.name();
    }

    /**
     * Returns the hit policy.
     *
     * @return the hit policy, not null
     */
    public HitPolicy policy() {
        return spec.policy();
    }

    /**
     * Returns the columns, in order.
     *
     * @return the columns, not null
     */
    public List<Column> columns() {
        return spec.columns();
    }

    /**
     * Returns the rows, in order.
     *
     * @return the rows, not null
     */
    public List<Row<O>> rows() {
        return spec.rows();
    }

    /**
     * Decides on facts with the compiled index, and the decision cache unless the table is built without it.
     *
     * @param facts  the facts, not null
     * @return the decision, with an empty outcome if no row matches, not null
     * @throws IllegalArgumentException if a column reads null or a value it cannot hold
     * @throws IllegalStateException if several rows apply under {@link HitPolicy#UNIQUE}
     */
    @Override
    public Decision<O> decide(F facts) {
        Objects.requireNonNull(facts, "facts");
        FusedReader fused = fusion.reader();
        if (memo == null) {
            return decideMatching(fused, facts);
        }
        int point;
        if (fused != null) {
            point = fused.point(facts);
        } else {
            point = 0;
            for (int c = 0; c < readers.length; c++) {
                point = point * index.radix[c] + readers[c].atom(facts);
            }
        }
        Decision<O> decision = memo.get(point);
        if (decision == null) {
            int[] atoms = new int[readers.length];
            for (int c = readers.length - 1, p = point; c >= 0; c--) {
                atoms[c] = p % index.radix[c];
                p /= index.radix[c];
            }
            decision = decideAt(atoms);
            // decisions are values: two threads racing here store equal ones
            memo.lazySet(point, decision);
        }
        return decision;
    }

    /** Decides at a point given as one atom per column. */
    Decision<O> decideAt(int[] atoms) {
        return resolve(index.match(atoms));
    }

    /**
     * Decides on the rows the facts match, without the decision cache: the resolution of the set of rows is worked
     * out once per distinct set, and each call gets a decision of its own.
     */
    private Decision<O> decideMatching(FusedReader fused, F facts) {
        long[] matched = new long[index.words];
        if (fused != null) {
            fused.match(facts, matched);
        } else {
            for (int w = 0; w < matched.length; w++) {
                matched[w] = -1L;
            }
            for (int c = 0; c < readers.length; c++) {
                long[] mask = index.masks[c][readers[c].atom(facts)];
                for (int w = 0; w < matched.length; w++) {
                    matched[w] &= mask[w];
                }
            }
        }
        Decision<O> resolved = resolutions.get(matched);
        if (resolved == null) {
            resolved = resolve(matched);
            resolutions.put(matched, resolved);
        }
        return resolved.copy();
    }

    @SuppressWarnings("unchecked")
    private Decision<O> resolve(long[] matched) {
        return resolver.resolve(matched, r -> (O) outputs[r]);
    }

    /** Defines the reader of every column on first use, once per compiled table; none if it cannot be defined. */
    private static final class Fusion {
        private final List<? extends ColumnReader<?>> readers;
        private final TableIndex index;
        private volatile boolean tried;
        private volatile FusedReader reader;

        Fusion(List<? extends ColumnReader<?>> readers, TableIndex index) {
            this.readers = readers;
            this.index = index;
        }

        FusedReader reader() {
            if (!tried) {
                // racing threads may each define a reader; they read alike, and one is kept
                reader = FusedReaders.create(readers, index);
                tried = true;
            }
            return reader;
        }
    }

    /**
     * Decides on facts by testing every row in turn, without the index: the reference the compiled
     * {@link #decide} is checked against.
     *
     * @param facts  the facts, not null
     * @return the decision, equal to {@code decide(facts)}, not null
     * @throws IllegalArgumentException if a column reads null or a value it cannot hold
     * @throws IllegalStateException if several rows apply under {@link HitPolicy#UNIQUE}
     */
    @SuppressWarnings("unchecked")
    public Decision<O> decideByScan(F facts) {
        Objects.requireNonNull(facts, "facts");
        Object[] values = new Object[readers.length];
        for (int c = 0; c < values.length; c++) {
            values[c] = readers[c].value(facts);
        }
        List<Row<O>> rows = spec.rows();
        int[] applicable = new int[rows.size()];
        int count = 0;
        for (int r = 0; r < rows.size(); r++) {
            boolean all = true;
            for (int c = 0; c < values.length && all; c++) {
                all = rows.get(r).cell(readers[c].column.name()).matches(values[c]);
            }
            if (all) {
                applicable[count++] = r;
            }
        }
        return resolver.resolve(applicable, count, r -> (O) outputs[r]);
    }

    /**
     * Verifies the table statically: gaps, overlaps under UNIQUE, shadowed rows under FIRST, rows that match no
     * input, and, if the table has an order on outcomes and ordered columns, every step to a graver input that gives
     * a lighter outcome.
     *
     * @return the verification, not null
     * @throws IllegalStateException if the proportionality check would need more than a million input points
     */
    public TableVerification<O> verify() {
        return new TableVerifier<>(this).verify();
    }

    TableIndex index() {
        return index;
    }

    /** Whether the table reads its columns in one call, through a reader defined for it. */
    boolean isFused() {
        return fusion.reader() != null;
    }

    Resolver<O> resolver() {
        return resolver;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecisionTable<?, ?> other && spec.equals(other.spec) && schema == other.schema;
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }

    @Override
    public String toString() {
        return "DecisionTable{" + spec + (memo == null ? ", without cache" : "") + "}";
    }
}
