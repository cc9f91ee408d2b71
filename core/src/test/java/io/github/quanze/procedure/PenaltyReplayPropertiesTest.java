package io.github.quanze.procedure;

import static io.github.quanze.procedure.Penalties.AS_OF;
import static io.github.quanze.procedure.Penalties.DECIDED;
import static io.github.quanze.procedure.Penalties.DISCRETION;
import static io.github.quanze.procedure.Penalties.ITEM;
import static io.github.quanze.procedure.Penalties.decided;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.PenaltyRuling;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * What the replay says of a recorded penalty follows the ruling: a fine within the ruling's range with the ruling's
 * kinds is never a violation, one fen above the tier always is; and a case past the limitation is never given a
 * penalty (行政处罚法 Art 36), however the penalty reads.
 */
class PenaltyReplayPropertiesTest {

    /** The violations of a recorded penalty. */
    private static final Set<ViolationKind> PENALTY_KINDS = EnumSet.of(ViolationKind.PENALTY_AFTER_LIMITATION,
            ViolationKind.PENALTY_NOT_ALLOWED, ViolationKind.PENALTY_AGAINST_STANDARD, ViolationKind.KIND_NOT_ALLOWED,
            ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE, ViolationKind.FINE_OUTSIDE_TIER, ViolationKind.SECOND_FINE);

    private static Offence offence(long amount, boolean repeated, boolean confessed) {
        return Offence.builder().item(ITEM).act(Penalties.ACT).discovered(Penalties.DISCOVERED).decided(DECIDED)
                .base(BigDecimal.valueOf(amount)).circumstances(Penalties.facts(amount, repeated))
                .party(confessed ? Penalties.confessed() : PartyFacts.none()).build();
    }

    private static List<ViolationKind> penaltyViolations(CaseState state) {
        return state.violations().stream().map(ProcedureViolation::kind).filter(PENALTY_KINDS::contains).toList();
    }

    @Property(tries = 300)
    void aFineWithinTheRulingsRangeAndItsKindsIsNoViolation(
            @ForAll @LongRange(min = 100, max = 100_000_000) long amount, @ForAll boolean repeated,
            @ForAll boolean confessed, @ForAll @IntRange(min = 0, max = 10_000) int where) {
        Offence offence = offence(amount, repeated, confessed);
        PenaltyRuling ruling = DISCRETION.decide(offence);
        FineBounds bounds = ruling.bounds().orElseThrow();
        BigDecimal fine = bounds.min().add(bounds.max().subtract(bounds.min()).multiply(BigDecimal.valueOf(where))
                .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.DOWN));
        assertThat(ruling.allows(fine)).isTrue();

        PenaltyDecision decision = new PenaltyDecision(PartyType.CITIZEN, ruling.kinds(), Optional.of(fine))
                .withOffence(offence);
        assertThat(penaltyViolations(decided(decision).replay(AS_OF, DISCRETION))).isEmpty();
    }

    @Property(tries = 300)
    void oneFenAboveTheTierOrTheStatuteIsAlwaysAViolation(
            @ForAll @LongRange(min = 100, max = 100_000_000) long amount, @ForAll boolean repeated,
            @ForAll boolean confessed) {
        Offence offence = offence(amount, repeated, confessed);
        PenaltyRuling ruling = DISCRETION.decide(offence);
        FineBounds whole = ruling.tier().flatMap(t -> t.boundsFor(offence.base()))
                .orElseGet(() -> ruling.item().fineBoundsFor(offence.base()).orElseThrow());
        BigDecimal fine = whole.max().add(new BigDecimal("0.01"));

        PenaltyDecision decision = new PenaltyDecision(PartyType.CITIZEN, ruling.kinds(), Optional.of(fine))
                .withOffence(offence);
        assertThat(penaltyViolations(decided(decision).replay(AS_OF, DISCRETION))).singleElement()
                .isIn(ViolationKind.FINE_OUTSIDE_TIER, ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE);
    }

    @Provide
    Arbitrary<PenaltyDecision> penalties() {
        Arbitrary<Set<PenaltyKind>> kinds = Arbitraries.of(PenaltyKind.class).set().ofMinSize(1).ofMaxSize(4);
        Arbitrary<BigDecimal> fines = Arbitraries.longs().between(1, 100_000_000_000L).map(f -> BigDecimal.valueOf(f,
                2));
        return kinds.flatMap(k -> fines.map(f -> new PenaltyDecision(PartyType.LEGAL_PERSON, k,
                k.contains(PenaltyKind.FINE) ? Optional.of(f) : Optional.empty())));
    }

    @Property(tries = 300)
    void aCasePastTheLimitationIsNeverGivenAPenalty(@ForAll @IntRange(min = 0, max = 600) int beforeDecision,
            @ForAll @IntRange(min = 1, max = 2_000) int late, @ForAll boolean continuing,
            @ForAll @IntRange(min = 0, max = 400) int lasted, @ForAll("penalties") PenaltyDecision penalty) {
        LocalDate discovered = DECIDED.minusDays(beforeDecision);
        LocalDate end = discovered.minusYears(2).minusDays(late);
        LocalDate act = continuing ? end.minusDays(lasted) : end;
        Offence.Builder b = Offence.builder().item(ITEM).act(act).discovered(discovered).decided(DECIDED)
                .base(new BigDecimal("10000")).circumstances(Penalties.facts(10_000, false));
        Offence offence = (continuing ? b.ended(end) : b).build();

        assertThat(discovered).isAfter(end.plusYears(2));
        assertThat(DISCRETION.decide(offence).disposition()).isEqualTo(Disposition.TIME_BARRED);
        assertThat(penaltyViolations(decided(penalty.withOffence(offence)).replay(AS_OF, DISCRETION)))
                .containsExactly(ViolationKind.PENALTY_AFTER_LIMITATION);
    }

    @Property(tries = 300)
    void aCaseWithinTheLimitationIsNeverFoundPastIt(@ForAll @IntRange(min = 0, max = 729) int since,
            @ForAll @IntRange(min = 0, max = 60) int lasted, @ForAll("penalties") PenaltyDecision penalty) {
        LocalDate discovered = Penalties.DISCOVERED;
        LocalDate act = discovered.minusDays(since + lasted);
        Offence offence = Offence.builder().item(ITEM).act(act).ended(act.plusDays(lasted)).discovered(discovered)
                .decided(DECIDED).base(new BigDecimal("10000")).circumstances(Penalties.facts(10_000, false)).build();

        assertThat(DISCRETION.decide(offence).disposition()).isEqualTo(Disposition.PENALTY);
        assertThat(penaltyViolations(decided(penalty.withOffence(offence)).replay(AS_OF, DISCRETION)))
                .doesNotContain(ViolationKind.PENALTY_AFTER_LIMITATION, ViolationKind.PENALTY_NOT_ALLOWED,
                        ViolationKind.PENALTY_AGAINST_STANDARD);
    }
}
