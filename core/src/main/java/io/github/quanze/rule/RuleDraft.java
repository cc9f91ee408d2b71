package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the row builder of a table and the rule builder of a rule set share (规则草稿): the id, title, citation and
 * interpretation of a rule and the rules it overrides, each set once, with every missing part reported at once.
 */
final class RuleDraft {

    /** Names the draft in messages, {@code Table '表' row 'R1'}, only when a message is made. */
    private final Object owner;
    private final RuleId id;
    private BilingualText title;
    private Citation basis;
    private BilingualText interpretation;
    private final Set<RuleId> overrides = new LinkedHashSet<>();
    private boolean everyOther;

    RuleDraft(String container, String containerName, String kind, String id) {
        this.id = RuleId.of(id);
        this.owner = new Object() {
            @Override
            public String toString() {
                return container + " " + Texts.quote(containerName) + " " + kind + " '" + id + "'";
            }
        };
    }

    RuleDraft(String container, String containerName, String kind, RuleRef ref) {
        this(container, containerName, kind, Objects.requireNonNull(ref, "ref").id().value());
        this.title = ref.title();
        this.basis = ref.basis();
        this.interpretation = ref.interpretation().orElse(null);
    }

    RuleId id() {
        return id;
    }

    /** Names the draft in messages; formats only when the message is made. */
    Object owner() {
        return owner;
    }

    void title(BilingualText value) {
        title = once("title", title, Objects.requireNonNull(value, "title"));
    }

    void basis(Citation value) {
        basis = once("basis", basis, Objects.requireNonNull(value, "basis"));
    }

    void interpretation(BilingualText value) {
        interpretation = once("interpretation", interpretation, Objects.requireNonNull(value, "interpretation"));
    }

    void overrides(List<RuleId> ids) {
        checkArgument(!everyOther, "%s overrides every other rule; it cannot also name the rules %s", owner, ids);
        checkArgument(!ids.isEmpty(), "%s: overrides needs at least one rule", owner);
        for (RuleId base : ids) {
            Objects.requireNonNull(base, "overridden rule");
            checkArgument(!base.equals(id), "%s cannot be an exception to itself", owner);
            checkArgument(overrides.add(base), "%s overrides '%s' twice", owner, base);
        }
    }

    void overridesEveryOther() {
        checkArgument(overrides.isEmpty(), "%s already overrides %s; it cannot also override every other rule", owner,
                overrides);
        checkArgument(!everyOther, "%s: overridesEveryOther is set twice", owner);
        everyOther = true;
    }

    /** Removes a rule from those overridden, as when that rule is removed. */
    void forget(RuleId base) {
        overrides.remove(base);
    }

    /** Copies the exceptions of another draft, as when a row is replaced in place. */
    void overridesAs(RuleDraft other) {
        overrides.addAll(other.overrides);
        everyOther = other.everyOther;
    }

    /** Checks a setting is made once, naming both values when it is made twice. */
    <T> T once(Object setting, T current, T value) {
        checkArgument(current == null, "%s: %s is set twice (first %s, then %s)", owner, setting,
                Texts.quoted(current), Texts.quoted(value));
        return value;
    }

    /** Adds the names of the missing parts of the rule's reference. */
    void missing(List<String> missing) {
        if (title == null) {
            missing.add("title");
        }
        if (basis == null) {
            missing.add("basis");
        }
    }

    /** Throws if parts are missing, naming them all. */
    void complete(List<String> missing) {
        checkArgument(missing.isEmpty(), "%s lacks %s", owner, String.join(", ", missing));
    }

    RuleRef ref() {
        RuleRef ref = new RuleRef(id, title, basis);
        return interpretation == null ? ref : ref.withInterpretation(interpretation);
    }

    /** The rule's exception, if it is one. */
    Optional<Overriding> overriding() {
        if (everyOther) {
            return Optional.of(Overriding.ofEveryOther(id));
        }
        return overrides.isEmpty() ? Optional.empty() : Optional.of(Overriding.of(id, List.copyOf(overrides)));
    }
}
