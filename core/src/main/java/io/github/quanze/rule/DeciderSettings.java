package io.github.quanze.rule;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.util.Comparator;
import java.util.Objects;

/**
 * The settings a table and a rule set share (决定者的设置): the hit policy, how outcomes combine and order, how a
 * decision reads; each set once, and checked against the hit policy when built.
 */
final class DeciderSettings<O> {

    final String owner;
    final HitPolicy policy;
    Aggregation<O> aggregation;
    Comparator<? super O> order;
    DecisionWording<? super O> wording;

    DeciderSettings(String container, String name, HitPolicy policy) {
        checkArgument(name != null && !name.isBlank(), "%s name must not be blank, but was %s", container,
                Texts.quoted(name));
        this.owner = Exceptions.owner(container, name);
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    DeciderSettings<O> copy(DeciderSettings<O> from) {
        aggregation = from.aggregation;
        order = from.order;
        wording = from.wording;
        return this;
    }

    void aggregation(Aggregation<O> value) {
        aggregation = once("aggregation", aggregation, Objects.requireNonNull(value, "aggregation"));
    }

    void order(Comparator<? super O> value) {
        order = this.<Comparator<? super O>>once("order", order, Objects.requireNonNull(value, "order"));
    }

    void wording(DecisionWording<? super O> value) {
        wording = this.<DecisionWording<? super O>>once("wording", wording, Objects.requireNonNull(value, "wording"));
    }

    private <T> T once(String setting, T current, T value) {
        checkArgument(current == null, "%s: %s is set twice (first %s, then %s)", owner, setting, current, value);
        return value;
    }

    /** Checks the settings the hit policy needs. */
    void check() {
        checkArgument(policy != HitPolicy.PRIORITY || order != null,
                "%s has hit policy PRIORITY and needs an order on outcomes", owner);
        checkArgument(policy != HitPolicy.COLLECT || aggregation != null,
                "%s has hit policy COLLECT and needs an aggregation", owner);
    }

    DecisionWording<? super O> wordingOrPlain() {
        return wording == null ? DecisionWording.plain() : wording;
    }
}
