package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule book (规则版本库): the versions of a rule set over time, each with its effective period and its source
 * (文号), deciding by 从旧兼从轻.
 * <p>
 * A case is decided under the version in force when the act was done, unless the version in force when it is
 * decided gives a lighter outcome (行政处罚法 Art 37; 公职人员政务处分法 Art 67 for acts before that law). An empty
 * outcome (no rule applies) is the lightest. The decision says which version it applied and why
 * ({@link Decision#version()}). Periods of versions must not overlap.
 * <p>
 * This class is immutable and thread-safe if its versions are.
 *
 * @param <F>  the type of the facts
 * @param <O>  the type of the outcome
 */
public final class RuleBook<F, O> {

    private final String name;
    private final Comparator<? super O> order;
    private final Citation lexMitior;
    private final List<Version<F, O>> versions;

    private RuleBook(Builder<F, O> b) {
        checkArgument(b.name != null && !b.name.isBlank(), "Rule book name must not be blank, but was %s",
                Texts.quoted(b.name));
        checkArgument(!b.versions.isEmpty(), "Rule book %s must have at least one version", Texts.quoted(b.name));
        this.name = b.name;
        this.order = b.order;
        this.lexMitior = b.lexMitior;
        List<Version<F, O>> sorted = new ArrayList<>(b.versions);
        sorted.sort(Comparator.comparing(Version::from));
        for (int i = 1; i < sorted.size(); i++) {
            Version<F, O> earlier = sorted.get(i - 1);
            Version<F, O> later = sorted.get(i);
            checkArgument(earlier.until().filter(until -> !until.isAfter(later.from())).isPresent(),
                    "Rule book %s: versions %s (from %s%s) and %s (from %s) overlap", Texts.quoted(name),
                    Texts.quoted(earlier.source()), earlier.from(), earlier.until().map(u -> " until " + u)
                            .orElse(", open-ended"), Texts.quoted(later.source()), later.from());
        }
        this.versions = ImmutableList.copyOf(sorted);
    }

    /**
     * Obtains a builder.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     * @param name  the rule book's name, not blank
     * @param order  the order on outcomes, heavier is greater, to tell which version is lighter, not null
     * @param lexMitior  the provisions of 从旧兼从轻 decisions cite, such as 行政处罚法第三十七条, not null
     * @return a new builder, not null
     */
    public static <F, O> Builder<F, O> builder(String name, Comparator<? super O> order, Citation lexMitior) {
        return new Builder<>(name, order, lexMitior);
    }

    /**
     * Returns the rule book's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the order on outcomes, heavier is greater, that tells which version is lighter.
     *
     * @return the order, not null
     */
    public Comparator<? super O> order() {
        return order;
    }

    /**
     * Returns what decisions that choose a version by 从旧兼从轻 cite.
     *
     * @return the citation, not null
     */
    public Citation lexMitior() {
        return lexMitior;
    }

    /**
     * Returns the versions, oldest first.
     *
     * @return the versions, not null
     */
    public List<Version<F, O>> versions() {
        return versions;
    }

    /**
     * Returns the version in force on a day.
     *
     * @param date  the day, not null
     * @return the version, empty if none is in force, not null
     */
    public Optional<Version<F, O>> versionOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return versions.stream().filter(v -> v.isInForceOn(date)).findFirst();
    }

    /**
     * Decides a case by 从旧兼从轻: under the version in force on the act date, unless the version in force on the
     * decision date gives a lighter outcome.
     * <p>
     * A rule that failed in either version is reported in {@link Decision#failures()} of the decision returned,
     * since both outcomes went into the choice.
     *
     * @param facts  the facts, not null
     * @param actDate  the day of the act, not null
     * @param decisionDate  the day of the decision, not before the act, not null
     * @return the decision, naming the version applied and why, not null
     * @throws IllegalArgumentException if the decision is dated before the act, or no version is in force on
     *         either day
     */
    public Decision<O> decide(F facts, LocalDate actDate, LocalDate decisionDate) {
        Objects.requireNonNull(facts, "facts");
        checkArgument(!decisionDate.isBefore(actDate), "Rule book %s: decision date %s is before act date %s",
                Texts.quoted(name), decisionDate, actDate);
        Version<F, O> atAct = required(actDate, "act");
        Version<F, O> atDecision = required(decisionDate, "decision");
        Decision<O> old = atAct.rules().decide(facts);
        if (atAct == atDecision) {
            return old.withVersion(choice(atAct, atAct, atDecision, actDate, decisionDate, VersionReason.SAME_VERSION));
        }
        Decision<O> current = atDecision.rules().decide(facts);
        // the choice compared both outcomes, so a rule that failed in either version leaves the decision incomplete
        if (lighter(current.outcome(), old.outcome())) {
            return current.withVersion(choice(atDecision, atAct, atDecision, actDate, decisionDate,
                    VersionReason.LIGHTER_LATER_VERSION)).withFailures(old.failures());
        }
        return old.withVersion(choice(atAct, atAct, atDecision, actDate, decisionDate,
                VersionReason.ACT_TIME_VERSION)).withFailures(current.failures());
    }

    private boolean lighter(Optional<O> candidate, Optional<O> than) {
        if (candidate.isEmpty()) {
            return than.isPresent();
        }
        return than.isPresent() && order.compare(candidate.get(), than.get()) < 0;
    }

    private Version<F, O> required(LocalDate date, String which) {
        return versionOn(date).orElseThrow(() -> new IllegalArgumentException(String.format(
                "Rule book %s has no version in force on the %s date %s (versions: %s)", Texts.quoted(name), which,
                date, versions.stream().map(v -> Texts.quoted(v.source()) + " from " + v.from()).toList())));
    }

    private VersionChoice choice(Version<F, O> applied, Version<F, O> atAct, Version<F, O> atDecision,
            LocalDate actDate, LocalDate decisionDate, VersionReason reason) {
        return new VersionChoice(applied.source(), atAct.source(), atDecision.source(), actDate, decisionDate,
                reason, lexMitior);
    }

    /**
     * Renders the rule book, one line for the book and one for each version with its period and its rules:
     * <pre>
     * 处理规则 (2 versions; 从旧兼从轻: 《中华人民共和国行政处罚法》第三十七条)
     *   旧规〔2015〕1号 from 2015-01-01 until 2021-07-15: 旧 (FIRST, 6 columns, 1 rows)
     *   新规〔2021〕2号 from 2021-07-15: 新 (FIRST, 6 columns, 1 rows)
     * </pre>
     *
     * @return the text, not null
     */
    public String render() {
        StringBuilder out = new StringBuilder(name).append(" (").append(versions.size()).append(" versions; 从旧兼从轻: ")
                .append(lexMitior.citation().zh()).append(')');
        for (Version<F, O> v : versions) {
            out.append("\n  ").append(v.source()).append(" from ").append(v.from())
                    .append(v.until().map(u -> " until " + u).orElse("")).append(": ")
                    .append(v.rules() instanceof DecisionTable<?, ?> table ? table.spec().toString() : v.rules());
        }
        return out.toString();
    }

    /** Two rule books are equal when their names, orders, citations of 从旧兼从轻 and versions are equal. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof RuleBook<?, ?> other && name.equals(other.name) && order.equals(other.order)
                && lexMitior.equals(other.lexMitior) && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, lexMitior, versions);
    }

    @Override
    public String toString() {
        return "RuleBook{" + name + ", " + versions.size() + " versions}";
    }

    /**
     * One version of a rule book (规则版本): its source, its effective period and its rules.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     * @param source  the source, such as the 文号 of the measure, not blank
     * @param from  the first day in force, not null
     * @param until  the first day no longer in force, if the version was replaced or repealed, not null
     * @param rules  the rules of this version, not null
     */
    public record Version<F, O>(String source, LocalDate from, Optional<LocalDate> until, Decider<F, O> rules) {

        /**
         * Creates a version.
         *
         * @param source  the source, such as the 文号 of the measure, not blank
         * @param from  the first day in force, not null
         * @param until  the first day no longer in force, if the version was replaced or repealed, not null
         * @param rules  the rules of this version, not null
         * @throws IllegalArgumentException if the source is blank or the period ends before it starts
         */
        public Version {
            checkArgument(source != null && !source.isBlank(), "Rule book version source must not be blank");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(rules, "rules");
            until.ifPresent(u -> checkArgument(u.isAfter(from),
                    "Rule book version %s must end (%s) after it starts (%s)", Texts.quoted(source), u, from));
        }

        /**
         * Checks whether the version is in force on a day.
         *
         * @param date  the day, not null
         * @return true if {@code from <= date < until}
         */
        public boolean isInForceOn(LocalDate date) {
            return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
        }
    }

    /**
     * Builds a {@link RuleBook}. A builder is not thread-safe; the rule book it builds is.
     *
     * @param <F>  the type of the facts
     * @param <O>  the type of the outcome
     */
    public static final class Builder<F, O> {
        private final String name;
        private final Comparator<? super O> order;
        private final Citation lexMitior;
        private final List<Version<F, O>> versions = new ArrayList<>();

        private Builder(String name, Comparator<? super O> order, Citation lexMitior) {
            this.name = name;
            this.order = Objects.requireNonNull(order, "order");
            this.lexMitior = Objects.requireNonNull(lexMitior, "lexMitior");
        }

        /**
         * Adds a version in force from a day until replaced.
         *
         * @param source  the source (文号), not blank
         * @param from  the first day in force, not null
         * @param rules  the rules, not null
         * @return this builder, not null
         */
        public Builder<F, O> version(String source, LocalDate from, Decider<F, O> rules) {
            versions.add(new Version<>(source, from, Optional.empty(), rules));
            return this;
        }

        /**
         * Adds a version in force for a period.
         *
         * @param source  the source (文号), not blank
         * @param from  the first day in force, not null
         * @param until  the first day no longer in force, after {@code from}, not null
         * @param rules  the rules, not null
         * @return this builder, not null
         */
        public Builder<F, O> version(String source, LocalDate from, LocalDate until, Decider<F, O> rules) {
            versions.add(new Version<>(source, from, Optional.of(until), rules));
            return this;
        }

        /**
         * Builds the rule book.
         *
         * @return the rule book, not null
         * @throws IllegalArgumentException if the name is blank, there is no version, or two periods overlap
         */
        public RuleBook<F, O> build() {
            return new RuleBook<>(this);
        }
    }
}
