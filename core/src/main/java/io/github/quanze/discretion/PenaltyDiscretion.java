package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.RuleRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The discretion an agency applies (行政处罚裁量): the standards in force for it over time, from the national to its
 * own level, and the ruling of an offence under them ({@link #decide}).
 * <p>
 * For an item, the standard of the lowest level that grades it and is in force on a day applies (a lower standard
 * refines a higher one; where it grades no item, the higher applies: our reading of how standards of several levels
 * meet, not a statutory rule). The rules at the act apply unless those at the decision are lighter or no longer make
 * the act an offence (行政处罚法 Art 37, {@link VersionBasis}); a continuing act's rules are those of the day it
 * ended (our interpretation). Art 37 speaks of 法律、法规、规章; applying it to standards, and taking new rules as
 * lighter only when they are no heavier in kinds and at both ends of the fine and lighter in one, are our
 * interpretation. The act is taken as no longer an offence only when every provision the item breaches and every
 * provision punishing it is out of force on the day of the decision and no standard then in force grades it (our
 * interpretation: a new edition of a provision does not make the act lawful). Each interpretation that applies is
 * stated in the ruling's reasoning.
 * <p>
 * The limitation (Art 36) and the exclusions of Arts 30, 31 and 33 are decided before the standard's
 * circumstances are read, so a time-barred case or a child under fourteen needs no circumstances declared.
 * <p>
 * Building refuses two standards with one 文号, a standard implementing one that is not given or is not of a higher
 * level, and two standards of one level grading one item on overlapping days; the message names both standards, the
 * item and the days.
 * <p>
 * This class is immutable and thread-safe; a built instance is meant to be shared.
 */
public final class PenaltyDiscretion {

    private record Graded(DiscretionStandard standard, ItemStandard item) {}

    private final ImmutableList<DiscretionStandard> standards;
    private final ImmutableMap<String, DiscretionStandard> byNumber;
    /** Per item, lowest level first, then latest effective first. */
    private final ImmutableMap<String, ImmutableList<Graded>> byItem;

    private PenaltyDiscretion(List<DiscretionStandard> standards) {
        Map<String, DiscretionStandard> numbers = new LinkedHashMap<>();
        for (DiscretionStandard s : standards) {
            DiscretionStandard before = numbers.putIfAbsent(s.number(), s);
            checkArgument(before == null, "Standards: two standards have the number %s", Texts.quote(s.number()));
        }
        for (DiscretionStandard s : standards) {
            if (s.implementing().isPresent()) {
                DiscretionStandard higher = numbers.get(s.implementing().get());
                checkArgument(higher != null, "Standard %s implements %s, which is not among the standards given "
                        + "(given: %s)", Texts.quote(s.number()), Texts.quote(s.implementing().get()), numbers.keySet());
                checkArgument(higher.level().compareTo(s.level()) < 0, "Standard %s (%s) implements %s, which is not "
                        + "of a higher level (%s)", Texts.quote(s.number()), s.level(), Texts.quote(higher.number()),
                        higher.level());
            }
        }
        Map<String, List<Graded>> items = new HashMap<>();
        for (DiscretionStandard s : standards) {
            for (ItemStandard i : s.items()) {
                List<Graded> graded = items.computeIfAbsent(i.item().code(), k -> new ArrayList<>());
                for (Graded g : graded) {
                    checkArgument(g.standard().level() != s.level() || !overlap(g.standard(), s), "Standards %s and %s "
                            + "both grade item %s at the %s level on overlapping days (%s and %s)",
                            Texts.quote(g.standard().number()), Texts.quote(s.number()), Texts.quote(i.item().code()),
                            s.level(), period(g.standard()), period(s));
                }
                graded.add(new Graded(s, i));
            }
        }
        Comparator<Graded> order = Comparator.comparing((Graded g) -> g.standard().level()).reversed()
                .thenComparing(g -> g.standard().effective(), Comparator.reverseOrder());
        ImmutableMap.Builder<String, ImmutableList<Graded>> index = ImmutableMap.builder();
        items.forEach((code, graded) -> index.put(code, ImmutableList.sortedCopyOf(order, graded)));
        this.standards = ImmutableList.copyOf(standards);
        this.byNumber = ImmutableMap.copyOf(numbers);
        this.byItem = index.build();
    }

    private static boolean overlap(DiscretionStandard a, DiscretionStandard b) {
        return a.until().map(u -> !u.isBefore(b.effective())).orElse(true)
                && b.until().map(u -> !u.isBefore(a.effective())).orElse(true);
    }

    private static String period(DiscretionStandard s) {
        return s.effective() + "–" + s.until().map(LocalDate::toString).orElse("");
    }

    /**
     * Obtains the discretion of a set of standards.
     *
     * @param standards  the standards, of one or more levels, not null
     * @return the discretion, not null
     * @throws IllegalArgumentException as the class describes
     */
    public static PenaltyDiscretion of(Collection<DiscretionStandard> standards) {
        return new PenaltyDiscretion(Lists.copyOf("standards", standards));
    }

    /**
     * Returns the standards, in the order given.
     *
     * @return the standards, not null
     */
    public List<DiscretionStandard> standards() {
        return standards;
    }

    /**
     * Returns the standard with a 文号.
     *
     * @param number  the number, not null
     * @return the standard, empty if none has it, not null
     */
    public Optional<DiscretionStandard> standard(String number) {
        return Optional.ofNullable(byNumber.get(Objects.requireNonNull(number, "number")));
    }

    /**
     * Returns the standard that grades an item on a day: the one of the lowest level in force.
     *
     * @param item  the item's code, not null
     * @param day  the day, not null
     * @return the standard, empty if none grades the item on that day, not null
     */
    public Optional<DiscretionStandard> standardFor(String item, LocalDate day) {
        return Optional.ofNullable(graded(item, day)).map(Graded::standard);
    }

    private Graded graded(String item, LocalDate day) {
        List<Graded> all = byItem.get(Objects.requireNonNull(item, "item"));
        if (all != null) {
            for (Graded g : all) {
                if (g.standard().isInForceOn(Objects.requireNonNull(day, "day"))) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * Rules on an offence.
     *
     * @param offence  the offence, not null
     * @return the ruling, not null
     * @throws IllegalArgumentException if no standard grades the item at all, or the offence does not declare a
     *         circumstance the tiers test, or declares one of the wrong kind or out of range; the message names the
     *         standard, the item and the circumstance
     */
    public PenaltyRuling decide(Offence offence) {
        Objects.requireNonNull(offence, "offence");
        List<Graded> all = byItem.get(offence.item());
        if (all == null) {
            throw new IllegalArgumentException(String.format("Offence: no standard grades item %s (graded: %s)",
                    Texts.quote(offence.item()), Texts.quote(byItem.keySet())));
        }
        LocalDate actDay = offence.ended().orElse(offence.act());
        Graded atAct = graded(offence.item(), actDay);
        Graded atDecision = graded(offence.item(), offence.decided());
        ViolationItem item = atAct != null ? atAct.item().item() : edition(all, atDecision, actDay);
        LimitationResult limitation = offence.ended().isPresent()
                ? item.limitation().checkContinuing(offence.act(), offence.ended().get(), offence.discovered(),
                        offence.isGraveHarm())
                : item.limitation().check(offence.act(), offence.discovered(), offence.isGraveHarm());
        if (limitation.isBarred()) {
            return ruling(offence, Outcome.none(Disposition.TIME_BARRED, RulingGround.TIME_BARRED), limitation, item,
                    either(atAct, atDecision), VersionBasis.UNCHANGED, Optional.empty());
        }
        Optional<RulingGround> excused = excused(offence.party());
        if (excused.isPresent()) {
            return ruling(offence, Outcome.none(Disposition.NO_PENALTY, excused.get()), limitation, item,
                    either(atAct, atDecision), VersionBasis.UNCHANGED, Optional.empty());
        }
        if (atDecision == null && outOfForce(item.breached(), offence.decided())
                && outOfForce(item.applied(), offence.decided())) {
            return ruling(offence, Outcome.none(Disposition.NOT_AN_OFFENCE, RulingGround.NO_LONGER_AN_OFFENCE),
                    limitation, item, Optional.empty(), VersionBasis.NOT_AN_OFFENCE_AT_DECISION,
                    Optional.ofNullable(atAct).map(Graded::standard));
        }
        Outcome applied = outcome(atAct, item, offence);
        VersionBasis version = VersionBasis.UNCHANGED;
        Optional<DiscretionStandard> setAside = Optional.empty();
        Graded used = atAct;
        if (atDecision != null && atDecision != atAct) {
            Outcome now = outcome(atDecision, atDecision.item().item(), offence);
            if (now.lighterThan(applied)) {
                version = VersionBasis.LIGHTER_AT_DECISION;
                applied = now.with(RulingGround.LIGHTER_LAW);
                setAside = Optional.ofNullable(atAct).map(Graded::standard);
                item = atDecision.item().item();
                used = atDecision;
            } else {
                version = VersionBasis.AT_ACT;
                setAside = Optional.of(atDecision.standard());
            }
        }
        return ruling(offence, applied, limitation, item, Optional.ofNullable(used).map(Graded::standard), version,
                setAside);
    }

    /** The standard at the act, else the one at the decision, for a case decided before any tier is read. */
    private static Optional<DiscretionStandard> either(Graded atAct, Graded atDecision) {
        return Optional.ofNullable(atAct != null ? atAct : atDecision).map(Graded::standard);
    }

    /**
     * The item's edition where no standard grades it on the day of the act: the first graded edition whose provisions
     * are all in force that day, else the one graded at the decision, else the first.
     */
    private static ViolationItem edition(List<Graded> all, Graded atDecision, LocalDate actDay) {
        for (Graded g : all) {
            ViolationItem i = g.item().item();
            if (!outOfAny(i.breached(), actDay) && !outOfAny(i.applied(), actDay)) {
                return i;
            }
        }
        return (atDecision != null ? atDecision : all.get(0)).item().item();
    }

    /** Whether every provision of a basis is out of force on a day. */
    private static boolean outOfForce(LegalBasis basis, LocalDate day) {
        for (Provision p : basis.provisions()) {
            if (p.instrument().isInForceOn(day)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a provision of a basis is out of force on a day. */
    private static boolean outOfAny(LegalBasis basis, LocalDate day) {
        for (Provision p : basis.provisions()) {
            if (!p.instrument().isInForceOn(day)) {
                return true;
            }
        }
        return false;
    }

    private static PenaltyRuling ruling(Offence offence, Outcome o, LimitationResult limitation, ViolationItem item,
            Optional<DiscretionStandard> standard, VersionBasis version, Optional<DiscretionStandard> setAside) {
        List<RulingGround> grounds = new ArrayList<>(o.grounds);
        if (o.disposition == Disposition.PENALTY) {
            mitigationGrounds(offence.party(), grounds);
        }
        return new PenaltyRuling(offence, o.disposition, grounds, limitation, item, standard, version, setAside,
                o.row, o.tier, o.mitigated, o.uncovered, o.kinds, o.bounds, o.midpoint);
    }

    /** The grounds on which 行政处罚法 Arts 30, 31 and 33 exclude a penalty, whatever the standard. */
    private static Optional<RulingGround> excused(PartyFacts p) {
        if (p.age().isPresent() && p.age().getAsInt() < PartyFacts.AGE_OF_RESPONSIBILITY) {
            return Optional.of(RulingGround.UNDER_FOURTEEN);
        }
        if (p.capacity() == MentalCapacity.NONE) {
            return Optional.of(RulingGround.NO_CAPACITY);
        }
        if (p.isMinorAct() && p.isCorrectedInTime() && p.harm() == Harm.NONE) {
            return Optional.of(RulingGround.MINOR_AND_CORRECTED);
        }
        return p.isNoFaultProven() ? Optional.of(RulingGround.NO_FAULT) : Optional.empty();
    }

    private static void mitigationGrounds(PartyFacts p, List<RulingGround> grounds) {
        if (p.age().isPresent() && p.age().getAsInt() < PartyFacts.AGE_OF_MAJORITY) {
            grounds.add(RulingGround.MINOR_AGE);
        }
        if (p.capacity() == MentalCapacity.DIMINISHED) {
            grounds.add(RulingGround.DIMINISHED_CAPACITY);
        }
        if (!p.grounds().isEmpty()) {
            grounds.add(RulingGround.MITIGATING_GROUND);
        }
    }

    private static Outcome outcome(Graded g, ViolationItem item, Offence offence) {
        if (g == null) {
            return Outcome.statutory(item, offence, false);
        }
        PartyFacts p = offence.party();
        if (g.item().isFirstOffenceExempt() && p.isFirstOffence() && p.harm() != Harm.HARMFUL
                && p.isCorrectedInTime()) {
            return Outcome.none(Disposition.NO_PENALTY, RulingGround.FIRST_OFFENCE);
        }
        g.item().checkFacts(g.standard().number(), offence);
        Decision<Tier> d = g.item().decide(offence);
        if (d.outcome().isEmpty()) {
            return Outcome.statutory(item, offence, true);
        }
        Tier tier = d.outcome().get();
        RuleRef row = d.fired().get(0);
        if (tier.level() == TierLevel.NO_PENALTY) {
            return new Outcome(Disposition.NO_PENALTY, List.of(), Optional.of(row), Optional.of(tier), false, false,
                    Set.of(), Optional.empty(), Optional.empty());
        }
        Optional<FineBounds> bounds = tier.boundsFor(offence.base());
        boolean mitigated = bounds.isPresent() && p.mitigation() == StatutoryMitigation.MUST
                && tier.level().compareTo(TierLevel.LIGHTER) > 0;
        if (mitigated) {
            bounds = Optional.of(lowerHalf(bounds.get()));
        }
        Optional<BigDecimal> midpoint = g.standard().isMidpointDefault() ? bounds.map(Ranges::middle)
                : Optional.empty();
        return new Outcome(Disposition.PENALTY, List.of(), Optional.of(row), Optional.of(tier), mitigated, false,
                tier.kinds(), bounds, midpoint);
    }

    /** The lower half of a range: a lighter penalty is one not above its middle (our interpretation). */
    private static FineBounds lowerHalf(FineBounds b) {
        return new FineBounds(b.min(), Ranges.middle(b), b.source());
    }

    /** The outcome under one set of rules, before the statute's exclusions. */
    private record Outcome(Disposition disposition, List<RulingGround> grounds, Optional<RuleRef> row,
            Optional<Tier> tier, boolean mitigated, boolean uncovered, Set<PenaltyKind> kinds,
            Optional<FineBounds> bounds, Optional<BigDecimal> midpoint) {

        static Outcome none(Disposition disposition, RulingGround ground) {
            return new Outcome(disposition, List.of(ground), Optional.empty(), Optional.empty(), false, false,
                    Set.of(), Optional.empty(), Optional.empty());
        }

        /**
         * The statute's own range and kinds, where no tier applies: every kind its clauses allow, the optional ones
         * too, as the agency may impose them; for a party the statute says must be treated lighter, the fine is
         * held to the lower half of the range, as in a graver tier (our interpretation).
         */
        static Outcome statutory(ViolationItem item, Offence offence, boolean uncovered) {
            EnumSet<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
            for (PenaltyClause c : item.clauses()) {
                kinds.add(c.kind());
            }
            Optional<FineBounds> bounds = kinds.contains(PenaltyKind.FINE) ? item.fineBoundsFor(offence.base())
                    : Optional.empty();
            boolean mitigated = bounds.isPresent() && offence.party().mitigation() == StatutoryMitigation.MUST;
            if (mitigated) {
                bounds = Optional.of(lowerHalf(bounds.get()));
            }
            return new Outcome(Disposition.PENALTY, List.of(), Optional.empty(), Optional.empty(), mitigated,
                    uncovered, Sets.immutableEnumSet(kinds), bounds, Optional.empty());
        }

        Outcome with(RulingGround ground) {
            List<RulingGround> more = new ArrayList<>(grounds);
            more.add(ground);
            return new Outcome(disposition, more, row, tier, mitigated, uncovered, kinds, bounds, midpoint);
        }

        /**
         * Whether this outcome is lighter than another for the party: no penalty against a penalty; or no kind more,
         * and a fine no higher at either end, and lighter in one of these. A fine whose bounds cannot be computed
         * (no base found) cannot be compared, so neither outcome is then lighter; a side without a fine counts as 0.
         */
        boolean lighterThan(Outcome other) {
            if (disposition != Disposition.PENALTY || other.disposition != Disposition.PENALTY) {
                return disposition != Disposition.PENALTY && other.disposition == Disposition.PENALTY;
            }
            if (!other.kinds.containsAll(kinds) || unknownFine() || other.unknownFine()) {
                return false;
            }
            BigDecimal max = bounds.map(FineBounds::max).orElse(BigDecimal.ZERO);
            BigDecimal min = bounds.map(FineBounds::min).orElse(BigDecimal.ZERO);
            BigDecimal otherMax = other.bounds.map(FineBounds::max).orElse(BigDecimal.ZERO);
            BigDecimal otherMin = other.bounds.map(FineBounds::min).orElse(BigDecimal.ZERO);
            if (max.compareTo(otherMax) > 0 || min.compareTo(otherMin) > 0) {
                return false;
            }
            return kinds.size() < other.kinds.size() || max.compareTo(otherMax) < 0 || min.compareTo(otherMin) < 0;
        }

        private boolean unknownFine() {
            return bounds.isEmpty() && kinds.contains(PenaltyKind.FINE);
        }
    }

    @Override
    public String toString() {
        return "PenaltyDiscretion" + byNumber.keySet();
    }
}
