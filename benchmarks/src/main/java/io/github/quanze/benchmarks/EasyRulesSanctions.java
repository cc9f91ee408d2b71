package io.github.quanze.benchmarks;

import static io.github.quanze.fault.FaultForm.GROSS_NEGLIGENCE;
import static io.github.quanze.fault.FaultForm.INTENT;
import static io.github.quanze.fault.FaultForm.ORDINARY_NEGLIGENCE;
import static io.github.quanze.fault.Gravity.GRAVE;
import static io.github.quanze.fault.Gravity.MINOR;
import static io.github.quanze.fault.Gravity.SERIOUS;
import static io.github.quanze.fault.Responsibility.DIRECT;
import static io.github.quanze.fault.Responsibility.IMPORTANT_LEADERSHIP;
import static io.github.quanze.fault.Responsibility.PRINCIPAL_LEADERSHIP;
import static io.github.quanze.sanction.SanctionKind.CRITICISM;
import static io.github.quanze.sanction.SanctionKind.DEMERIT;
import static io.github.quanze.sanction.SanctionKind.DEMOTION;
import static io.github.quanze.sanction.SanctionKind.DISMISSAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.EXPULSION;
import static io.github.quanze.sanction.SanctionKind.MAJOR_DEMERIT;
import static io.github.quanze.sanction.SanctionKind.OFF_POST_TRAINING;
import static io.github.quanze.sanction.SanctionKind.PUBLIC_REPRIMAND;
import static io.github.quanze.sanction.SanctionKind.QUALIFICATION_REVOKED;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_JUDICIAL;
import static io.github.quanze.sanction.SanctionKind.REMINDER;
import static io.github.quanze.sanction.SanctionKind.REMOVAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.WARNING;
import static io.github.quanze.sanction.SanctionKind.WRITTEN_SELF_CRITICISM;

import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The national officer table of the 2020 edition in Easy Rules: one {@link RuleBuilder} rule per row, each with a
 * condition on the {@link FaultFacts} in a {@link Facts} bag and an action that adds its measures to the
 * {@link SanctionCollector} in the same bag (the COLLECT aggregation).
 * <p>
 * Easy Rules has no exceptions between rules, so {@link #rules()} declares them as the table does (exception,
 * base) and folds them into the conditions when it builds the rules: a rule's condition is its own test and the
 * negation of the own test of every rule that overrides it, directly or through other exceptions, which is what
 * the table's resolver computes. Each decision fills a new Facts bag and fires the shared rules with a
 * {@link DefaultRulesEngine}; this class is thread-safe.
 */
public final class EasyRulesSanctions {

    private static final String FAULT = "fault";
    private static final String RESULT = "result";

    private final Rules rules;
    private final DefaultRulesEngine engine = new DefaultRulesEngine();

    private EasyRulesSanctions(Rules rules) {
        this.rules = rules;
    }

    /**
     * Builds the rules and returns the decider.
     *
     * @return the decider, not null
     */
    public static EasyRulesSanctions create() {
        return new EasyRulesSanctions(rules());
    }

    /**
     * Builds the rules: the rows, the exceptions between them, and the rules with the exceptions folded in.
     *
     * @return the rules, 34 of them, not null
     */
    public static Rules rules() {
        RuleTable t = new RuleTable();
        t.row("OFFICER.NONE", f -> f.getResponsibility() == Responsibility.NONE);
        t.row("OFFICER.MINOR.DIRECT", is(MINOR, DIRECT), WRITTEN_SELF_CRITICISM);
        t.row("OFFICER.MINOR.PRINCIPAL", is(MINOR, PRINCIPAL_LEADERSHIP), CRITICISM);
        t.row("OFFICER.MINOR.IMPORTANT", is(MINOR, IMPORTANT_LEADERSHIP), REMINDER);
        t.row("OFFICER.SERIOUS.DIRECT", is(SERIOUS, DIRECT, ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE),
                OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING);
        t.row("OFFICER.SERIOUS.DIRECT.INTENT", is(SERIOUS, DIRECT, INTENT), OFF_POST_TRAINING, PUBLIC_REPRIMAND,
                DEMERIT);
        t.row("OFFICER.SERIOUS.PRINCIPAL", is(SERIOUS, PRINCIPAL_LEADERSHIP), PUBLIC_REPRIMAND, WARNING);
        t.row("OFFICER.SERIOUS.IMPORTANT", is(SERIOUS, IMPORTANT_LEADERSHIP), WRITTEN_SELF_CRITICISM);
        t.row("OFFICER.GRAVE.DIRECT.NEGLIGENCE", is(GRAVE, DIRECT, ORDINARY_NEGLIGENCE), REMOVAL_FROM_POST,
                MAJOR_DEMERIT);
        t.row("OFFICER.GRAVE.DIRECT.GROSS", is(GRAVE, DIRECT, GROSS_NEGLIGENCE), REMOVAL_FROM_POST, DEMOTION);
        t.row("OFFICER.GRAVE.DIRECT.INTENT", is(GRAVE, DIRECT, INTENT), QUALIFICATION_REVOKED, DISMISSAL_FROM_POST);
        t.row("OFFICER.GRAVE.PRINCIPAL", is(GRAVE, PRINCIPAL_LEADERSHIP), MAJOR_DEMERIT);
        t.row("OFFICER.GRAVE.IMPORTANT", is(GRAVE, IMPORTANT_LEADERSHIP), WARNING);

        // 从重: an aggravating circumstance or a third fault in a year; each overrides its base row
        t.aggravated("SERIOUS.DIRECT", is(SERIOUS, DIRECT, ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE),
                OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT);
        t.aggravated("SERIOUS.DIRECT.INTENT", is(SERIOUS, DIRECT, INTENT), OFF_POST_TRAINING, PUBLIC_REPRIMAND,
                MAJOR_DEMERIT);
        t.aggravated("GRAVE.DIRECT.NEGLIGENCE", is(GRAVE, DIRECT, ORDINARY_NEGLIGENCE), REMOVAL_FROM_POST,
                DEMOTION);
        t.aggravated("GRAVE.DIRECT.GROSS", is(GRAVE, DIRECT, GROSS_NEGLIGENCE), REMOVAL_FROM_POST,
                DISMISSAL_FROM_POST);
        t.aggravated("GRAVE.DIRECT.INTENT", is(GRAVE, DIRECT, INTENT), QUALIFICATION_REVOKED, EXPULSION);

        // 减轻: a reducing circumstance; overrides the base row and its aggravated rows
        t.reduced("SERIOUS.DIRECT", is(SERIOUS, DIRECT, ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE), OFF_POST_TRAINING,
                PUBLIC_REPRIMAND);
        t.reduced("SERIOUS.DIRECT.INTENT", is(SERIOUS, DIRECT, INTENT), OFF_POST_TRAINING, PUBLIC_REPRIMAND);
        t.reduced("SERIOUS.PRINCIPAL", is(SERIOUS, PRINCIPAL_LEADERSHIP), PUBLIC_REPRIMAND);
        t.reduced("GRAVE.DIRECT.NEGLIGENCE", is(GRAVE, DIRECT, ORDINARY_NEGLIGENCE), REMOVAL_FROM_POST, DEMERIT);
        t.reduced("GRAVE.DIRECT.GROSS", is(GRAVE, DIRECT, GROSS_NEGLIGENCE), REMOVAL_FROM_POST, DEMERIT);
        t.reduced("GRAVE.DIRECT.INTENT", is(GRAVE, DIRECT, INTENT), QUALIFICATION_REVOKED, DEMERIT);
        t.reduced("GRAVE.PRINCIPAL", is(GRAVE, PRINCIPAL_LEADERSHIP), DEMERIT);
        t.reduced("GRAVE.IMPORTANT", is(GRAVE, IMPORTANT_LEADERSHIP), WRITTEN_SELF_CRITICISM);

        t.row("OFFICER.CRIME", f -> f.getResponsibility() == DIRECT && f.isSuspectedCrime(), REFERRAL_JUDICIAL);
        List<String> all = List.copyOf(t.when.keySet());
        t.row("OFFICER.EXEMPT", FaultFacts::isExempting);
        t.row("OFFICER.DUTY_DULY_PERFORMED", FaultFacts::isDutyDulyPerformed);
        for (String rule : all) {
            t.exception("OFFICER.EXEMPT", rule);
            t.exception("OFFICER.DUTY_DULY_PERFORMED", rule);
        }
        return t.build();
    }

    /**
     * Decides the sanction for an officer's fault.
     *
     * @param fault  the fault, not null
     * @return the combined sanction of the rules fired, empty if none fired, not null
     */
    public Optional<Sanction> decide(Fault fault) {
        SanctionCollector result = new SanctionCollector();
        Facts facts = new Facts();
        facts.put(FAULT, new FaultFacts(fault));
        facts.put(RESULT, result);
        engine.fire(rules, facts);
        return result.sanction();
    }

    /**
     * Returns the names of the rules that fire for a fault, for the benchmark's check against the table's trace.
     *
     * @param fault  the fault, not null
     * @return the rule names, in firing order, not null
     */
    public List<String> firedRules(Fault fault) {
        List<String> fired = new ArrayList<>();
        DefaultRulesEngine listened = new DefaultRulesEngine();
        listened.registerRuleListener(new RuleListener() {
            @Override
            public void onSuccess(Rule rule, Facts facts) {
                fired.add(rule.getName());
            }
        });
        Facts facts = new Facts();
        facts.put(FAULT, new FaultFacts(fault));
        facts.put(RESULT, new SanctionCollector());
        listened.fire(rules, facts);
        return fired;
    }

    private static Predicate<FaultFacts> is(Gravity gravity, Responsibility responsibility, FaultForm... forms) {
        Set<FaultForm> allowed = forms.length == 0 ? EnumSet.allOf(FaultForm.class) : EnumSet.of(forms[0], forms);
        return f -> f.getGravity() == gravity && f.getResponsibility() == responsibility
                && allowed.contains(f.getForm());
    }

    /** The rows' own tests and measures, and the exceptions between them, before they become Easy Rules rules. */
    private static final class RuleTable {
        final Map<String, Predicate<FaultFacts>> when = new LinkedHashMap<>();
        final Map<String, SanctionKind[]> then = new LinkedHashMap<>();
        /** For each rule, the rules declared exceptions to it. */
        final Map<String, Set<String>> exceptions = new LinkedHashMap<>();

        void row(String id, Predicate<FaultFacts> test, SanctionKind... measures) {
            when.put(id, test);
            then.put(id, measures);
        }

        void exception(String exception, String base) {
            exceptions.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(exception);
        }

        void aggravated(String key, Predicate<FaultFacts> who, SanctionKind... measures) {
            String base = "OFFICER." + key;
            row(base + ".AGGRAVATED", who.and(FaultFacts::isAggravating), measures);
            row(base + ".AGGRAVATED.REPEATED", who.and(f -> f.getFaultsThisYear() >= 3), measures);
            exception(base + ".AGGRAVATED", base);
            exception(base + ".AGGRAVATED.REPEATED", base);
        }

        void reduced(String key, Predicate<FaultFacts> who, SanctionKind... measures) {
            String base = "OFFICER." + key;
            row(base + ".REDUCED", who.and(FaultFacts::isReducing), measures);
            for (String rule : List.copyOf(when.keySet())) {
                if (rule.equals(base) || rule.startsWith(base + ".AGGRAVATED")) {
                    exception(base + ".REDUCED", rule);
                }
            }
        }

        /** The rules that override a rule, directly or through other exceptions. */
        Set<String> overriders(String rule) {
            Set<String> all = new LinkedHashSet<>();
            for (String exception : exceptions.getOrDefault(rule, Set.of())) {
                all.add(exception);
                all.addAll(overriders(exception));
            }
            return all;
        }

        Rules build() {
            Rules rules = new Rules();
            int priority = 0;
            for (Map.Entry<String, Predicate<FaultFacts>> row : when.entrySet()) {
                Predicate<FaultFacts> test = row.getValue();
                for (String exception : overriders(row.getKey())) {
                    test = test.and(when.get(exception).negate());
                }
                Predicate<FaultFacts> condition = test;
                SanctionKind[] measures = then.get(row.getKey());
                rules.register(new RuleBuilder().name(row.getKey()).priority(priority++)
                        .when(facts -> condition.test(facts.get(FAULT)))
                        .then(facts -> facts.<SanctionCollector>get(RESULT).add(measures))
                        .build());
            }
            return rules;
        }
    }
}
