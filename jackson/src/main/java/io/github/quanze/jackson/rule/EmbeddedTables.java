package io.github.quanze.jackson.rule;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import java.util.Objects;

/**
 * 嵌入式决策表 The codec of a decision table's specification held inside another document, such as the tiers of an
 * item of a discretion standard: the document around it names the table, gives the order and wording of its
 * outcomes, and declares its columns once, so that the table lists only the names of the columns it tests.
 * <pre>
 * policy: FIRST
 * columns: [mitigation, amount]
 * rows:
 *   - id: YC-057.1
 *     title: {zh: 违法经营额不满五千元, en: a volume below 5,000 yuan}
 *     basis: [《中华人民共和国烟草专卖法实施条例》第五十七条]
 *     when: {amount: {atMost: 4999}}
 *     outcome: {level: LIGHTER, kinds: [FINE, CONFISCATION_OF_GAINS], fine: {...}}
 * </pre>
 * Rows are those of a decision table document, with the same cells, exceptions and errors; the policy comes
 * before the columns, and the columns before the rows.
 */
public final class EmbeddedTables {

    private EmbeddedTables() {
    }

    /**
     * 决策表的宿主 What the document around a table gives it.
     *
     * @param <O>  the type of the outcome
     */
    public interface Host<O> {

        /**
         * Returns the name of the table being read, from fields of the document read before it.
         *
         * @param in  the input, not null
         * @return the name, not null
         * @throws IllegalArgumentException if a field that gives the name was not read yet; the message says which
         */
        String name(Input in);

        /**
         * Starts the builder of the table, with the order and wording of its outcomes.
         *
         * @param name  the table's name, not null
         * @param policy  the hit policy the document gives, not null
         * @return the builder, not null
         * @throws IllegalArgumentException if the policy is not one such tables take
         */
        TableSpec.Builder<O> start(String name, HitPolicy policy);

        /**
         * Returns the column the document declares under a name.
         *
         * @param in  the input, not null
         * @param name  the column's name, not null
         * @return the column, not null
         * @throws IllegalArgumentException if no column of that name is declared; the message names it and the
         *         columns that are
         */
        Column column(Input in, String name);
    }

    /**
     * Returns the codec of a specification held by a document: its {@code policy}, the names of its
     * {@code columns} and its {@code rows}. Writing does not check that the table's name, order and wording are
     * those the host gives; the host's codec checks that before it writes.
     *
     * @param name  the name of the table's type in schemas, such as {@code tiers}; its rows are named
     *         {@code name + "Row"}, not null
     * @param outcome  the codec of an outcome, not null
     * @param host  what the document around the table gives it, not null
     * @param <O>  the type of the outcome
     * @return the codec, not null
     */
    public static <O> ObjectCodec<TableSpec<O>> codec(String name, Codec<O> outcome, Host<O> host) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(host, "host");
        ObjectCodec<TableDocuments.RowDoc> row = TableDocuments.row(name + "Row", outcome,
                "The outcome when every cell matches");
        return ObjectCodec.<TableSpec<O>, TableDraft>builderFrom(name, in -> TableDraft.embedded(in, host),
                        EmbeddedTables::built)
                .description("决策表 A decision table held by the document around it, which declares its columns")
                .about("How the outcomes of several matching rows combine")
                .required("policy", Codecs.enumOf(HitPolicy.class), TableSpec::policy, (d, v) -> d.policy(v))
                .about("The names of the columns the rows test, each declared by the document around the table")
                .list("columns", Codecs.STRING, s -> s.columns().stream().map(Column::name).toList(),
                        (d, v) -> d.columnNamed(v))
                .list("rows", row, TableDocuments::rows, (d, v) -> { })
                .build();
    }

    /** The specification read: its outcomes were read with the codec of {@code O}. */
    @SuppressWarnings("unchecked")
    private static <O> TableSpec<O> built(TableDraft draft) {
        return (TableSpec<O>) (TableSpec<?>) draft.buildSpec();
    }
}
