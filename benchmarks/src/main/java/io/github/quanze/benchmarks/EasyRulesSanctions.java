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
import static io.github.quanze.sanction.SanctionKind.REFERRAL_SUPERVISORY;
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
 * The national officer table of the 2020 edition ({@code SanctionPolicy.nationalOfficerTable(Edition.ED_2020)}) in
 * Easy Rules: one {@link RuleBuilder} rule per row, each with a condition on the {@link FaultFacts} in a
 * {@link Facts} bag and an action that adds its measures to the {@link SanctionCollector} in the same bag (the
 * COLLECT aggregation).
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
     * @return the rules, 43 of them, not null
     */
    public static Rules rules() {
        RuleTable t = new RuleTable();
        t.row("OFFICER.NONE", f -> f.getResponsibility() == Responsibility.NONE);
        t.base("MINOR.DIRECT", is(MINOR, DIRECT), WRITTEN_SELF_CRITICISM);
        t.base("MINOR.PRINCIPAL", is(MINOR, PRINCIPAL_LEADERSHIP), CRITICISM);
        t.base("MINOR.IMPORTANT", is(MINOR, IMPORTANT_LEADERSHIP), REMINDER);

        // each family: its base row; 从重 (an aggravating circumstance or a third fault within 12 months) overrides
        // the base; 从轻 overrides the base where nothing aggravates; 减轻 overrides every row of the family
        Predicate<FaultFacts> seriousNegligent = is(SERIOUS, DIRECT, ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE);
        t.base("SERIOUS.DIRECT", seriousNegligent, OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING);
        t.aggravated("SERIOUS.DIRECT", seriousNegligent, OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT);
        t.reduced("SERIOUS.DIRECT", seriousNegligent, OFF_POST_TRAINING, PUBLIC_REPRIMAND);
        Predicate<FaultFacts> seriousIntent = is(SERIOUS, DIRECT, INTENT);
        t.base("SERIOUS.DIRECT.INTENT", seriousIntent, OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT);
        t.aggravated("SERIOUS.DIRECT.INTENT", seriousIntent, OFF_POST_TRAINING, PUBLIC_REPRIMAND, MAJOR_DEMERIT);
        t.mitigated("SERIOUS.DIRECT.INTENT", seriousIntent, OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING);
        t.reduced("SERIOUS.DIRECT.INTENT", seriousIntent, OFF_POST_TRAINING, PUBLIC_REPRIMAND);
        t.base("SERIOUS.PRINCIPAL", is(SERIOUS, PRINCIPAL_LEADERSHIP), PUBLIC_REPRIMAND, WARNING);
        t.reduced("SERIOUS.PRINCIPAL", is(SERIOUS, PRINCIPAL_LEADERSHIP), PUBLIC_REPRIMAND);
        t.base("SERIOUS.IMPORTANT", is(SERIOUS, IMPORTANT_LEADERSHIP), WRITTEN_SELF_CRITICISM);

        Predicate<FaultFacts> graveNegligent = is(GRAVE, DIRECT, ORDINARY_NEGLIGENCE);
        t.base("GRAVE.DIRECT.NEGLIGENCE", graveNegligent, REMOVAL_FROM_POST, MAJOR_DEMERIT);
        t.aggravated("GRAVE.DIRECT.NEGLIGENCE", graveNegligent, REMOVAL_FROM_POST, DEMOTION);
        t.reduced("GRAVE.DIRECT.NEGLIGENCE", graveNegligent, REMOVAL_FROM_POST, DEMERIT);
        Predicate<FaultFacts> graveGross = is(GRAVE, DIRECT, GROSS_NEGLIGENCE);
        t.base("GRAVE.DIRECT.GROSS", graveGross, REMOVAL_FROM_POST, DEMOTION);
        t.aggravated("GRAVE.DIRECT.GROSS", graveGross, REMOVAL_FROM_POST, DISMISSAL_FROM_POST);
        t.mitigated("GRAVE.DIRECT.GROSS", graveGross, REMOVAL_FROM_POST, MAJOR_DEMERIT);
        t.reduced("GRAVE.DIRECT.GROSS", graveGross, REMOVAL_FROM_POST, DEMERIT);
        Predicate<FaultFacts> graveIntent = is(GRAVE, DIRECT, INTENT);
        t.base("GRAVE.DIRECT.INTENT", graveIntent, QUALIFICATION_REVOKED, DISMISSAL_FROM_POST);
        t.aggravated("GRAVE.DIRECT.INTENT", graveIntent, QUALIFICATION_REVOKED, EXPULSION);
        t.mitigated("GRAVE.DIRECT.INTENT", graveIntent, QUALIFICATION_REVOKED, MAJOR_DEMERIT);
        t.reduced("GRAVE.DIRECT.INTENT", graveIntent, QUALIFICATION_REVOKED, DEMERIT);
        t.base("GRAVE.PRINCIPAL", is(GRAVE, PRINCIPAL_LEADERSHIP), MAJOR_DEMERIT);
        t.reduced("GRAVE.PRINCIPAL", is(GRAVE, PRINCIPAL_LEADERSHIP), DEMERIT);
        t.base("GRAVE.IMPORTANT", is(GRAVE, IMPORTANT_LEADERSHIP), WARNING);
        t.reduced("GRAVE.IMPORTANT", is(GRAVE, IMPORTANT_LEADERSHIP), WRITTEN_SELF_CRITICISM);

        // 涉嫌职务犯罪的，移送监察机关: whatever the responsibility, and no exemption waives it
        t.row("OFFICER.CRIME", f -> f.getResponsibility() != Responsibility.NONE && f.isSuspectedCrime(),
                REFERRAL_SUPERVISORY);
        // 情节轻微，经批评教育后改正: the measure of a minor fault instead of every sanction row so far; with a
        // mitigating circumstance, 政务处分法 Art 12(1) instead
        t.minorAndCorrected("DIRECT", DIRECT, WRITTEN_SELF_CRITICISM);
        t.minorAndCorrected("PRINCIPAL", PRINCIPAL_LEADERSHIP, CRITICISM);
        t.minorAndCorrected("IMPORTANT", IMPORTANT_LEADERSHIP, REMINDER);
        // exemptions from every sanction row, never from the referral
        t.exemption("OFFICER.EXECUTED_ORDER_AFTER_OBJECTING", FaultFacts::isExecutedOrderAfterObjecting);
        t.exemption("OFFICER.DUTY_DULY_PERFORMED", FaultFacts::isDutyDulyPerformed);
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
        /** The rows that impose a sanction: those an exemption replaces. */
        final List<String> sanctionRows = new ArrayList<>();
        /** For each family's base row, the rows of the family: those its 减轻 row replaces. */
        final Map<String, List<String>> families = new LinkedHashMap<>();

        void row(String id, Predicate<FaultFacts> test, SanctionKind... measures) {
            when.put(id, test);
            then.put(id, measures);
        }

        void exception(String exception, String base) {
            exceptions.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(exception);
        }

        /** A row that imposes a sanction, which an exemption replaces. */
        void sanctionRow(String id, Predicate<FaultFacts> test, SanctionKind... measures) {
            row(id, test, measures);
            sanctionRows.add(id);
        }

        /** Adds a row of the family of {@code base}. */
        void familyRow(String base, String id, Predicate<FaultFacts> test, SanctionKind... measures) {
            sanctionRow(id, test, measures);
            families.computeIfAbsent(base, k -> new ArrayList<>()).add(id);
        }

        void base(String key, Predicate<FaultFacts> who, SanctionKind... measures) {
            familyRow("OFFICER." + key, "OFFICER." + key, who, measures);
        }

        void aggravated(String key, Predicate<FaultFacts> who, SanctionKind... measures) {
            String base = "OFFICER." + key;
            familyRow(base, base + ".AGGRAVATED", who.and(FaultFacts::isAggravating), measures);
            familyRow(base, base + ".AGGRAVATED.REPEATED", who.and(f -> f.getFaultsThisYear() >= 3), measures);
            exception(base + ".AGGRAVATED", base);
            exception(base + ".AGGRAVATED.REPEATED", base);
        }

        void mitigated(String key, Predicate<FaultFacts> who, SanctionKind... measures) {
            String base = "OFFICER." + key;
            familyRow(base, base + ".MITIGATED", who.and(f -> f.isMitigating() && !f.isAggravating()
                    && f.getFaultsThisYear() < 3), measures);
            exception(base + ".MITIGATED", base);
        }

        void reduced(String key, Predicate<FaultFacts> who, SanctionKind... measures) {
            String base = "OFFICER." + key;
            List<String> family = List.copyOf(families.get(base));
            familyRow(base, base + ".REDUCED", who.and(FaultFacts::isReducing), measures);
            family.forEach(rule -> exception(base + ".REDUCED", rule));
        }

        void minorAndCorrected(String key, Responsibility responsibility, SanctionKind... measures) {
            String id = "OFFICER.MINOR_AND_CORRECTED." + key;
            Predicate<FaultFacts> test = f -> f.isMinorAndCorrected() && f.getResponsibility() == responsibility;
            List<String> waived = List.copyOf(sanctionRows);
            sanctionRow(id, test, measures);
            waived.forEach(rule -> exception(id, rule));
            sanctionRow(id + ".MITIGATED", test.and(FaultFacts::isMitigating), measures);
            exception(id + ".MITIGATED", id);
        }

        void exemption(String id, Predicate<FaultFacts> test) {
            row(id, test.and(f -> f.getResponsibility() != Responsibility.NONE));
            sanctionRows.forEach(rule -> exception(id, rule));
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
