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
import java.util.HashMap;
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
 * the table's resolver computes. As in the table, a row with a governmental sanction applies only from the tier of
 * 政务处分法 Art 39's ladder that sanction needs, and has a twin for each tier below with the sanction capped
 * ({@link LadderTiers}); the twins give way where their row does. Each decision fills a new Facts bag and fires the
 * shared rules with a {@link DefaultRulesEngine}; this class is thread-safe.
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
     * @return the rules, 82 of them, not null
     */
    public static Rules rules() {
        return table().build();
    }

    /**
     * Returns, for each row of the table, the rows that override it directly or through other exceptions, as the
     * table's resolver works them out from the exceptions declared: the exceptions {@link DmnSanctionTable} folds
     * into its rules (quanze's table does not expose its exceptions).
     *
     * @return the overriding rows of every row, by row id, in the table's order, not null
     */
    public static Map<String, Set<String>> overriders() {
        RuleTable t = table();
        Map<String, Set<String>> all = new LinkedHashMap<>();
        for (String rule : t.when.keySet()) {
            all.put(rule, Set.copyOf(t.overriders(rule)));
        }
        return all;
    }

    /** The rows, the exceptions between them, before they become rules. */
    private static RuleTable table() {
        RuleTable t = new RuleTable();
        t.row("OFFICER.NONE", f -> f.getResponsibility() == Responsibility.NONE);
        t.family("MINOR.DIRECT", MINOR, DIRECT).base(WRITTEN_SELF_CRITICISM);
        t.family("MINOR.PRINCIPAL", MINOR, PRINCIPAL_LEADERSHIP).base(CRITICISM);
        t.family("MINOR.IMPORTANT", MINOR, IMPORTANT_LEADERSHIP).base(REMINDER);

        // each family: its base row; 从重 (an aggravating circumstance or a third fault within 12 months) overrides
        // the base; 从轻 overrides the base where nothing aggravates; 减轻 overrides every row of the family; every
        // row with a governmental sanction has its twins below the tier of Art 39's ladder it needs
        t.family("SERIOUS.DIRECT", SERIOUS, DIRECT, ORDINARY_NEGLIGENCE, GROSS_NEGLIGENCE)
                .base(OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING)
                .aggravated(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT)
                .reduced(OFF_POST_TRAINING, PUBLIC_REPRIMAND);
        t.family("SERIOUS.DIRECT.INTENT", SERIOUS, DIRECT, INTENT)
                .base(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT)
                .aggravated(OFF_POST_TRAINING, PUBLIC_REPRIMAND, MAJOR_DEMERIT)
                .mitigated(OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING)
                .reduced(OFF_POST_TRAINING, PUBLIC_REPRIMAND);
        t.family("SERIOUS.PRINCIPAL", SERIOUS, PRINCIPAL_LEADERSHIP)
                .base(PUBLIC_REPRIMAND, WARNING)
                .reduced(PUBLIC_REPRIMAND);
        t.family("SERIOUS.IMPORTANT", SERIOUS, IMPORTANT_LEADERSHIP).base(WRITTEN_SELF_CRITICISM);

        t.family("GRAVE.DIRECT.NEGLIGENCE", GRAVE, DIRECT, ORDINARY_NEGLIGENCE)
                .base(REMOVAL_FROM_POST, MAJOR_DEMERIT)
                .aggravated(REMOVAL_FROM_POST, DEMOTION)
                .reduced(REMOVAL_FROM_POST, DEMERIT);
        t.family("GRAVE.DIRECT.GROSS", GRAVE, DIRECT, GROSS_NEGLIGENCE)
                .base(REMOVAL_FROM_POST, DEMOTION)
                .aggravated(REMOVAL_FROM_POST, DISMISSAL_FROM_POST)
                .mitigated(REMOVAL_FROM_POST, MAJOR_DEMERIT)
                .reduced(REMOVAL_FROM_POST, DEMERIT);
        t.family("GRAVE.DIRECT.INTENT", GRAVE, DIRECT, INTENT)
                .base(QUALIFICATION_REVOKED, DISMISSAL_FROM_POST)
                .aggravated(QUALIFICATION_REVOKED, EXPULSION)
                .mitigated(QUALIFICATION_REVOKED, MAJOR_DEMERIT)
                .reduced(QUALIFICATION_REVOKED, DEMERIT);
        t.family("GRAVE.PRINCIPAL", GRAVE, PRINCIPAL_LEADERSHIP)
                .base(MAJOR_DEMERIT)
                .reduced(DEMERIT);
        t.family("GRAVE.IMPORTANT", GRAVE, IMPORTANT_LEADERSHIP)
                .base(WARNING)
                .reduced(WRITTEN_SELF_CRITICISM);

        // failures to refer: the two tiers of 移送规定 Art 16 instead of the ladder
        t.referral();
        // 涉嫌职务犯罪的，移送监察机关: whatever the responsibility, and no exemption waives it
        t.row("OFFICER.CRIME", f -> f.getResponsibility() != Responsibility.NONE && f.isSuspectedCrime(),
                REFERRAL_SUPERVISORY);
        // 情节轻微，经批评教育后改正: the measure of a minor fault instead of every sanction row so far; with a
        // mitigating circumstance, 政务处分法 Art 12(1) instead
        t.minorAndCorrected("DIRECT", DIRECT, WRITTEN_SELF_CRITICISM);
        t.minorAndCorrected("PRINCIPAL", PRINCIPAL_LEADERSHIP, CRITICISM);
        t.minorAndCorrected("IMPORTANT", IMPORTANT_LEADERSHIP, REMINDER);
        // not referred, before any refusal to correct: no 处分 yet, instead of every sanction row so far
        t.failureToReferBeforeRefusal();
        // exemptions from every sanction row, never from the referral
        t.exemption("OFFICER.EXECUTED_ORDER_AFTER_OBJECTING", FaultFacts::isExecutedOrderAfterObjecting);
        t.exemption("OFFICER.DUTY_DULY_PERFORMED", FaultFacts::isDutyDulyPerformed);
        return t;
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

    /** The rows' own tests and measures, and the exceptions between them, before they become Easy Rules rules. */
    private static final class RuleTable {
        final Map<String, Predicate<FaultFacts>> when = new LinkedHashMap<>();
        final Map<String, SanctionKind[]> then = new LinkedHashMap<>();
        /** For each rule, the rules declared exceptions to it. */
        final Map<String, Set<String>> exceptions = new LinkedHashMap<>();
        /** The rows that impose a sanction: those an exemption replaces. */
        final List<String> sanctionRows = new ArrayList<>();
        /** For each row split on the ladder's tiers, its twins at the tiers below. */
        final Map<String, List<String>> lowerTiers = new LinkedHashMap<>();
        /** For each rule, the rules that override it, once worked out (each row has many through its twins). */
        final Map<String, Set<String>> overriders = new HashMap<>();

        void row(String id, Predicate<FaultFacts> test, SanctionKind... measures) {
            when.put(id, test);
            then.put(id, measures);
        }

        void exception(String exception, String base) {
            exceptions.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(exception);
        }

        /**
         * A row with a sanction of the ladder, which replaces the rows {@code overrides}: where the sanction includes
         * a governmental sanction, the row applies only from the tier of Art 39's ladder that sanction needs, and a
         * twin for each tier below gives the sanction capped ({@link LadderTiers#capped}), {@code fallback} where
         * nothing else is left.
         */
        String ladderRow(String id, Predicate<FaultFacts> test, List<String> overrides, SanctionKind fallback,
                SanctionKind... measures) {
            int tier = LadderTiers.of(measures);
            plainRow(id, tier == 0 ? test : test.and(f -> f.getLadderTier() >= tier), overrides, measures);
            List<String> twins = new ArrayList<>();
            for (int k = tier - 1; k >= 0; k--) {
                int below = k;
                twins.add(plainRow(id + LadderTiers.suffix(k), test.and(f -> f.getLadderTier() == below), overrides,
                        LadderTiers.capped(k, fallback, measures)));
            }
            lowerTiers.put(id, twins);
            return id;
        }

        /**
         * A row that imposes a sanction whatever the tier of the ladder, which replaces the rows {@code overrides}
         * and their twins, and which an exemption replaces.
         */
        String plainRow(String id, Predicate<FaultFacts> test, List<String> overrides, SanctionKind... measures) {
            row(id, test, measures);
            for (String base : overrides) {
                exception(id, base);
                lowerTiers.getOrDefault(base, List.of()).forEach(twin -> exception(id, twin));
            }
            sanctionRows.add(id);
            return id;
        }

        /** The rows of one tier of gravity and responsibility, and of some forms of fault (any if none given). */
        Family family(String key, Gravity gravity, Responsibility responsibility, FaultForm... forms) {
            Set<FaultForm> allowed = forms.length == 0 ? EnumSet.allOf(FaultForm.class) : EnumSet.of(forms[0], forms);
            return new Family(this, "OFFICER." + key, f -> f.getGravity() == gravity
                    && f.getResponsibility() == responsibility && allowed.contains(f.getForm()),
                    responsibility == PRINCIPAL_LEADERSHIP ? PUBLIC_REPRIMAND : WRITTEN_SELF_CRITICISM);
        }

        /**
         * 移送规定 Art 16: 记过 for a late referral (记大过 with 从重), and for a refusal to correct; Art 15: 降级 for the
         * items of a case (撤职 with 从重).
         */
        void referral() {
            List<String> ladder = List.copyOf(sanctionRows);
            Predicate<FaultFacts> late = f -> f.getResponsibility() != Responsibility.NONE
                    && f.getReferralFailure() == ReferralFailure.LATE;
            String lateRow = plainRow("OFFICER.LATE_REFERRAL", late, ladder, DEMERIT);
            plainRow("OFFICER.LATE_REFERRAL.AGGRAVATED", late.and(FaultFacts::isAggravating),
                    concat(ladder, List.of(lateRow)), MAJOR_DEMERIT);
            plainRow("OFFICER.FAILURE_TO_REFER.REFUSED", f -> f.getResponsibility() != Responsibility.NONE
                    && f.getReferralFailure() == ReferralFailure.REFUSED_TO_CORRECT, ladder, DEMERIT);
            // 移送规定 Art 15: 降级 (撤职 with 从重) for the items of a case hidden, divided up or destroyed
            Predicate<FaultFacts> items = f -> f.getResponsibility() != Responsibility.NONE
                    && f.getReferralFailure() == ReferralFailure.ITEMS;
            String itemsRow = plainRow("OFFICER.CASE_ITEMS", items, ladder, DEMOTION);
            plainRow("OFFICER.CASE_ITEMS.AGGRAVATED", items.and(FaultFacts::isAggravating),
                    concat(ladder, List.of(itemsRow)), DISMISSAL_FROM_POST);
        }

        void minorAndCorrected(String key, Responsibility responsibility, SanctionKind... measures) {
            String id = "OFFICER.MINOR_AND_CORRECTED." + key;
            Predicate<FaultFacts> test = f -> f.isMinorAndCorrected() && f.getResponsibility() == responsibility;
            plainRow(id, test, List.copyOf(sanctionRows), measures);
            plainRow(id + ".MITIGATED", test.and(FaultFacts::isMitigating), List.of(id), measures);
        }

        void failureToReferBeforeRefusal() {
            plainRow("OFFICER.FAILURE_TO_REFER", f -> f.getResponsibility() != Responsibility.NONE
                    && f.getReferralFailure() == ReferralFailure.NOT_REFERRED, List.copyOf(sanctionRows));
        }

        void exemption(String id, Predicate<FaultFacts> test) {
            row(id, test.and(f -> f.getResponsibility() != Responsibility.NONE));
            sanctionRows.forEach(rule -> exception(id, rule));
        }

        /** The rules that override a rule, directly or through other exceptions; call once every row is added. */
        Set<String> overriders(String rule) {
            Set<String> known = overriders.get(rule);
            if (known != null) {
                return known;
            }
            Set<String> all = new LinkedHashSet<>();
            for (String exception : exceptions.getOrDefault(rule, Set.of())) {
                all.add(exception);
                all.addAll(overriders(exception));
            }
            overriders.put(rule, all);
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

        private static List<String> concat(List<String> first, List<String> second) {
            List<String> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        }
    }

    /**
     * The rows of one tier of gravity and responsibility: the base row, then where they differ the rows with 从重,
     * 从轻 and 减轻, each replacing the rows of the family the table says.
     */
    private static final class Family {
        private final RuleTable table;
        private final String id;
        private final Predicate<FaultFacts> who;
        private final SanctionKind fallback;
        private final List<String> rows = new ArrayList<>();

        Family(RuleTable table, String id, Predicate<FaultFacts> who, SanctionKind fallback) {
            this.table = table;
            this.id = id;
            this.who = who;
            this.fallback = fallback;
        }

        Family base(SanctionKind... measures) {
            rows.add(table.ladderRow(id, who, List.of(), fallback, measures));
            return this;
        }

        Family aggravated(SanctionKind... measures) {
            List<String> base = List.of(id);
            rows.add(table.ladderRow(id + ".AGGRAVATED", who.and(FaultFacts::isAggravating), base, fallback,
                    measures));
            rows.add(table.ladderRow(id + ".AGGRAVATED.REPEATED", who.and(f -> f.getFaultsThisYear() >= 3), base,
                    fallback, measures));
            return this;
        }

        Family mitigated(SanctionKind... measures) {
            rows.add(table.ladderRow(id + ".MITIGATED", who.and(f -> f.isMitigating() && !f.isAggravating()
                    && f.getFaultsThisYear() < 3), List.of(id), fallback, measures));
            return this;
        }

        Family reduced(SanctionKind... measures) {
            rows.add(table.ladderRow(id + ".REDUCED", who.and(FaultFacts::isReducing), List.copyOf(rows),
                    fallback, measures));
            return this;
        }
    }
}
