package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.discretion.StandardFixtures.AMOUNT;
import static io.github.quanze.discretion.StandardFixtures.REPEATED;
import static io.github.quanze.discretion.StandardFixtures.row;
import static io.github.quanze.discretion.StandardFixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.rule.Cell;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** What verification promises about the decisions of the standards it passes. */
class StandardVerifierPropertiesTest {

    private static final StandardVerifier VERIFIER = StandardVerifier.standard();
    private static final List<ViolationItem> ITEMS = List.of(StandardFixtures.A, StandardFixtures.B,
            StandardFixtures.C);
    private static final LocalDate ACT = StandardFixtures.DAY.plusDays(10);
    private static final String PROVINCE = "省烟〔2024〕1号";
    private static final String COUNTY = "县烟〔2024〕2号";
    private static final Set<StandardFinding.Kind> RANGE = EnumSet.of(StandardFinding.Kind.ABOVE_MAXIMUM,
            StandardFinding.Kind.BELOW_MINIMUM, StandardFinding.Kind.FORM_MISMATCH);
    private static final List<String> ROWS = List.of("T.M", "T.1", "T.2", "T.3");
    private static final int SAME = 5;

    /**
     * The fine of one tier, cut from a range in per mille of its span: honest cuts lie in 0 to 1000; the others may
     * pass either end, and choose the threshold of their range without base ({@code threshold} 0 to 4: none,
     * without threshold, half, the same, twice the range's; {@value #SAME}: as the range has it).
     */
    record Cut(int lo, int hi, int fallbackLo, int fallbackHi, int threshold) {}

    /**
     * The tiers of one item: the levels and cuts of a row for 应当从轻或者减轻 and of three bands of amount, below
     * {@code first}, below {@code second}, and any other.
     */
    record Shape(int item, List<TierLevel> levels, List<Cut> cuts, long first, long second, boolean honest) {}

    /** How a lower standard narrows each tier of the higher, and which one it widens, if any. */
    record Narrowing(List<Cut> cuts, int widen, boolean atTheTop) {}

    /** The facts of an offence. */
    record Probe(long amount, Optional<BigDecimal> base, StatutoryMitigation mitigation, boolean repeated) {}

    // (1) a verified standard never yields a fine outside its statutory range

    @Property(tries = 250)
    void aStandardWithoutRangeFindings_neverYieldsAFineOutsideTheStatutoryRange(@ForAll("shapes") Shape shape,
            @ForAll @Size(min = 1, max = 6) List<@From("probes") Probe> probes) {
        DiscretionStandard s = standard(PROVINCE, StandardLevel.PROVINCIAL).item(code(shape),
                table(shape, fines(shape))).build();
        boolean ranges = VERIFIER.verify(s).findings().stream().anyMatch(f -> RANGE.contains(f.kind()));
        Statistics.label("honest, range findings").collect(shape.honest(), ranges);
        if (shape.honest()) {
            assertThat(ranges).as("tiers cut within the statute").isFalse();
        }
        if (ranges) {
            return;
        }
        PenaltyDiscretion discretion = PenaltyDiscretion.of(List.of(s));
        ViolationItem item = ITEMS.get(shape.item());
        for (Probe probe : probes) {
            PenaltyRuling ruling = discretion.decide(offence(item.code(), probe));
            if (ruling.bounds().isEmpty()) {
                continue;
            }
            FineBounds bounds = ruling.bounds().get();
            boolean subFen = ruling.tier().map(t -> noFenWithin(t, probe.base())).orElse(false);
            Statistics.label("a tier's range holds no whole fen").collect(subFen);
            if (subFen) {
                continue;
            }
            Optional<FineBounds> statutory = item.fineBoundsFor(probe.base());
            assertThat(statutory).as("a fine where the statute sets one, %s", probe).isPresent();
            assertThat(bounds.max()).as("%s", probe).isLessThanOrEqualTo(statutory.get().max());
            if (ruling.tier().map(t -> t.level() != TierLevel.MITIGATED).orElse(true)) {
                assertThat(bounds.min()).as("%s", probe).isGreaterThanOrEqualTo(statutory.get().min());
            }
        }
    }

    // (2) a lower standard that passes containment decides within the higher one's range on every input

    @Property(tries = 150)
    void aLowerStandardThatPassesContainment_decidesWithinTheHigher(@ForAll("shapes") Shape shape,
            @ForAll("narrowings") Narrowing narrowing,
            @ForAll @Size(min = 1, max = 6) List<@From("probes") Probe> probes) {
        List<FineRange> outer = fines(shape);
        List<FineRange> inner = new ArrayList<>();
        for (int i = 0; i < outer.size(); i++) {
            FineRange cut = cut(outer.get(i), narrowing.cuts().get(i), true);
            inner.add(i == narrowing.widen() ? widen(cut, outer.get(i), narrowing.atTheTop()) : cut);
        }
        DiscretionStandard higher = standard(PROVINCE, StandardLevel.PROVINCIAL).item(code(shape),
                table(shape, outer)).build();
        DiscretionStandard lower = standard(COUNTY, StandardLevel.COUNTY).implementing(PROVINCE)
                .item(code(shape), table(shape, inner)).build();
        StandardVerification verification = VERIFIER.verify(lower, higher);
        List<StandardFinding> found = verification.findings(StandardFinding.Kind.NOT_CONTAINED);
        Statistics.label("widened, not contained").collect(narrowing.widen() >= 0, !found.isEmpty());
        if (narrowing.widen() < 0) {
            assertThat(found).as("every tier narrowed").isEmpty();
        } else {
            RuleId widened = RuleId.of(ROWS.get(narrowing.widen()));
            assertThat(found).as("the widened tier").anySatisfy(f -> assertThat(f.rows())
                    .containsExactly(widened, widened));
            return;
        }
        // a row graver than 从轻 for a party that must be mitigated is reported; the ruling then lowers its range
        // to the middle (PenaltyDiscretion), which containment, comparing the tiers as written, does not follow
        boolean ignored = !VERIFIER.verify(higher).findings(StandardFinding.Kind.MITIGATION_IGNORED).isEmpty()
                || !verification.findings(StandardFinding.Kind.MITIGATION_IGNORED).isEmpty();
        PenaltyDiscretion both = PenaltyDiscretion.of(List.of(higher, lower));
        PenaltyDiscretion alone = PenaltyDiscretion.of(List.of(higher));
        for (Probe probe : probes) {
            Offence offence = offence(code(shape), probe);
            PenaltyRuling low = both.decide(offence);
            PenaltyRuling high = alone.decide(offence);
            assertThat(low.standard()).contains(lower);
            assertThat(high.kinds()).as("%s", probe).containsAll(low.kinds());
            boolean skipped = ignored && probe.mitigation() == StatutoryMitigation.MUST
                    || low.tier().map(t -> noFenWithin(t, probe.base())).orElse(false);
            Statistics.label("mitigation ignored or no whole fen").collect(skipped);
            if (low.bounds().isPresent() && !skipped) {
                assertThat(high.bounds()).as("%s", probe).isPresent();
                assertThat(low.bounds().get().max()).as("%s", probe)
                        .isLessThanOrEqualTo(high.bounds().get().max());
                assertThat(low.bounds().get().min()).as("%s", probe)
                        .isGreaterThanOrEqualTo(high.bounds().get().min());
            }
        }
    }

    // (3) a graver circumstance profile never gets a lighter tier

    @Property(tries = 300)
    void aGraverProfile_neverGetsALighterTier_whereNoDisproportionIsReported(
            @ForAll @Size(5) List<@From("levels") TierLevel> levels, @ForAll boolean sorted,
            @ForAll boolean withRepeated, @ForAll("cuts") long first, @ForAll("cuts") long second,
            @ForAll("probes") Probe lesser, @ForAll("drops") int drop, @ForAll("cuts") long more,
            @ForAll boolean repeated) {
        List<TierLevel> l = new ArrayList<>(levels);
        if (sorted) {
            Collections.sort(l);
        }
        // sorted: MUST gets the lightest, a repeated act the gravest, and the bands of amount grow in between
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers("A-FIX").columns(DiscretionStandard.MITIGATION_COLUMN,
                AMOUNT, REPEATED);
        row(t, "T.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(tier(l.get(0)));
        if (withRepeated) {
            row(t, "T.R").when("repeated", Cell.yes()).then(tier(l.get(4)));
        }
        row(t, "T.1").when("amount", Cell.atMost(Math.min(first, second))).then(tier(l.get(1)));
        row(t, "T.2").when("amount", Cell.atMost(Math.max(first, second))).then(tier(l.get(2)));
        row(t, "T.3").then(tier(l.get(3)));
        DiscretionStandard s = standard(PROVINCE, StandardLevel.PROVINCIAL).item("A-FIX", t.build()).build();
        StandardVerification v = VERIFIER.verify(s);
        boolean disproportion = !v.findings(StandardFinding.Kind.DISPROPORTION).isEmpty();
        Statistics.label("sorted, disproportion").collect(sorted, disproportion);
        assertThat(v.findings(StandardFinding.Kind.GAP)).isEmpty();
        if (sorted) {
            assertThat(disproportion).isFalse();
        }
        if (disproportion) {
            return;
        }
        StatutoryMitigation graverMitigation = StatutoryMitigation.values()[Math.max(0,
                lesser.mitigation().ordinal() - drop)];
        Probe graver = new Probe(Math.min(lesser.amount() + more, 1_000_000_000L), lesser.base(), graverMitigation,
                lesser.repeated() || repeated);
        PenaltyDiscretion discretion = PenaltyDiscretion.of(List.of(s));
        TierLevel light = discretion.decide(offence("A-FIX", lesser)).tier().orElseThrow().level();
        TierLevel grave = discretion.decide(offence("A-FIX", graver)).tier().orElseThrow().level();
        assertThat(grave).as("%s against %s", graver, lesser).isGreaterThanOrEqualTo(light);
    }

    /**
     * True if a tier's multiple, for a base, spans no whole fen, such as 0.2 times 4,999.99 yuan: rounding inward
     * then cannot keep within the range, and {@link FineRange.Multiple#boundsFor} gives its most, rounded down, as
     * both ends, which may lie below the least of a wider range by less than a fen.
     */
    private static boolean noFenWithin(Tier tier, Optional<BigDecimal> base) {
        if (tier.fine().isEmpty() || !(tier.fine().get() instanceof FineRange.Multiple m) || base.isEmpty()) {
            return false;
        }
        Optional<FineBounds> bounds = m.boundsFor(base);
        return bounds.isPresent() && bounds.get().source() == FineBounds.Source.MULTIPLE
                && base.get().multiply(m.minFactor().orElse(BigDecimal.ZERO)).compareTo(bounds.get().max()) > 0;
    }

    /** A tier of item A whose fine grows with its level. */
    private static Tier tier(TierLevel level) {
        return switch (level) {
            case NO_PENALTY -> Tier.noPenalty();
            case MITIGATED -> Tier.of(level, StandardFixtures.fixed("1000", "2000"));
            case LIGHTER -> StandardFixtures.A_LIGHTER;
            case ORDINARY -> StandardFixtures.A_ORDINARY;
            case HEAVIER -> StandardFixtures.A_HEAVIER;
        };
    }

    private static String code(Shape shape) {
        return ITEMS.get(shape.item()).code();
    }

    private static List<FineRange> fines(Shape shape) {
        FineRange statute = ITEMS.get(shape.item()).fine().orElseThrow();
        return shape.cuts().stream().map(c -> cut(statute, c, shape.honest())).toList();
    }

    /** The tiers of a shape with the fines given: 应当从轻或者减轻 first, then the bands of amount. */
    private static TableSpec<Tier> table(Shape shape, List<FineRange> fines) {
        ViolationItem item = ITEMS.get(shape.item());
        TableSpec.Builder<Tier> t = DiscretionStandard.tiers(item.code())
                .columns(DiscretionStandard.MITIGATION_COLUMN, AMOUNT);
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PenaltyKind[] others = item.clause(PenaltyKind.CONFISCATION_OF_GAINS).isPresent()
                    ? new PenaltyKind[] {PenaltyKind.CONFISCATION_OF_GAINS} : new PenaltyKind[0];
            tiers.add(Tier.of(shape.levels().get(i), fines.get(i), others));
        }
        long low = Math.min(shape.first(), shape.second());
        long high = Math.max(low + 1, Math.max(shape.first(), shape.second()));
        row(t, "T.M").when(DiscretionStandard.MITIGATION, Cell.is(StatutoryMitigation.MUST)).then(tiers.get(0));
        row(t, "T.1").when("amount", Cell.atMost(low)).then(tiers.get(1));
        row(t, "T.2").when("amount", Cell.atMost(high)).then(tiers.get(2));
        row(t, "T.3").then(tiers.get(3));
        return t.build();
    }

    /** Cuts a range of the same form from another, the range without base too. */
    static FineRange cut(FineRange range, Cut c, boolean honest) {
        int lo = honest ? clamp(c.lo()) : c.lo();
        int hi = honest ? clamp(c.hi()) : c.hi();
        if (range instanceof FineRange.Fixed f) {
            return fixed(f, lo, hi);
        }
        FineRange.Multiple m = (FineRange.Multiple) range;
        BigDecimal a = point(Ranges.min(m), Ranges.max(m), lo, 4);
        BigDecimal b = point(Ranges.min(m), Ranges.max(m), hi, 4);
        BigDecimal least = a.min(b).max(BigDecimal.ZERO);
        BigDecimal most = a.max(b).max(new BigDecimal("0.0001"));
        FineRange.Multiple cut = least.signum() == 0 ? FineRange.multipleAtMost(m.base(), most)
                : FineRange.multiple(m.base(), least.min(most), most);
        Optional<FineRange.WithoutBase> fallback = m.withoutBase();
        if (honest || c.threshold() == SAME) {
            return fallback.map(w -> {
                FineRange.Fixed sub = fixed(w.range(), honest ? clamp(c.fallbackLo()) : c.fallbackLo(),
                        honest ? clamp(c.fallbackHi()) : c.fallbackHi());
                return w.threshold().map(t -> cut.orBelow(t, sub)).orElseGet(() -> cut.orWithoutBase(sub));
            }).orElse(cut);
        }
        FineRange.Fixed around = fallback.map(FineRange.WithoutBase::range)
                .orElse(FineRange.atMost(yuan("1000")));
        FineRange.Fixed sub = fixed(around, c.fallbackLo(), c.fallbackHi());
        BigDecimal threshold = fallback.flatMap(FineRange.WithoutBase::threshold).orElse(yuan("10000"));
        return switch (c.threshold()) {
            case 0 -> cut;
            case 1 -> cut.orWithoutBase(sub);
            case 2 -> cut.orBelow(threshold.divide(BigDecimal.valueOf(2)), sub);
            case 3 -> cut.orBelow(threshold, sub);
            default -> cut.orBelow(threshold.multiply(BigDecimal.valueOf(2)), sub);
        };
    }

    private static FineRange.Fixed fixed(FineRange.Fixed range, int lo, int hi) {
        BigDecimal a = point(Ranges.min(range), range.max(), lo, 2);
        BigDecimal b = point(Ranges.min(range), range.max(), hi, 2);
        BigDecimal most = a.max(b).max(new BigDecimal("0.01"));
        return FineRange.between(a.min(b).max(BigDecimal.ZERO).min(most), most);
    }

    private static BigDecimal point(BigDecimal min, BigDecimal max, int perMille, int scale) {
        return min.add(max.subtract(min).multiply(BigDecimal.valueOf(perMille))
                .divide(BigDecimal.valueOf(1000), scale, RoundingMode.HALF_UP));
    }

    private static int clamp(int perMille) {
        return Math.max(0, Math.min(1000, perMille));
    }

    /** Widens a range past the higher tier's: one fen or one ten-thousandth above its most, or below its least. */
    private static FineRange widen(FineRange range, FineRange outer, boolean atTheTop) {
        boolean fixed = range instanceof FineRange.Fixed;
        BigDecimal unit = new BigDecimal(fixed ? "0.01" : "0.0001");
        BigDecimal least = Ranges.min(range);
        BigDecimal most = Ranges.max(range);
        if (atTheTop || Ranges.min(outer).compareTo(unit) < 0) {
            most = Ranges.max(outer).add(unit);
        } else {
            least = Ranges.min(outer).subtract(unit);
        }
        if (fixed) {
            return FineRange.between(least, most);
        }
        FineRange.Multiple m = (FineRange.Multiple) range;
        return new FineRange.Multiple(m.base(), least.signum() == 0 ? Optional.empty() : Optional.of(least), most,
                m.withoutBase());
    }

    private static Offence offence(String item, Probe probe) {
        Offence.Builder b = Offence.builder().item(item).act(ACT).discovered(ACT.plusDays(1))
                .decided(ACT.plusDays(2)).circumstances(Circumstances.builder().set("amount", probe.amount())
                        .set("repeated", probe.repeated()).build())
                .party(switch (probe.mitigation()) {
                    case NONE -> PartyFacts.none();
                    case MAY -> PartyFacts.builder().capacity(MentalCapacity.DIMINISHED).build();
                    case MUST -> PartyFacts.builder().age(16).build();
                });
        probe.base().ifPresent(b::base);
        return b.build();
    }

    @Provide
    Arbitrary<Shape> shapes() {
        Arbitrary<Cut> cuts = cutsOf(-25, 1025);
        Arbitrary<TierLevel> fined = Arbitraries.of(TierLevel.MITIGATED, TierLevel.LIGHTER, TierLevel.ORDINARY,
                TierLevel.HEAVIER);
        return Combinators.combine(Arbitraries.integers().between(0, 2), fined.list().ofSize(4),
                cuts.list().ofSize(4), cuts(), cuts(), Arbitraries.of(true, false)).as(Shape::new);
    }

    @Provide
    Arbitrary<Narrowing> narrowings() {
        return Combinators.combine(cutsOf(0, 1000).list().ofSize(4),
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(-1)),
                        Tuple.of(3, Arbitraries.integers().between(0, 3))),
                Arbitraries.of(true, false)).as(Narrowing::new);
    }

    private static Arbitrary<Cut> cutsOf(int from, int to) {
        Arbitrary<Integer> perMille = Arbitraries.integers().between(from, to);
        Arbitrary<Integer> threshold = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(SAME)),
                Tuple.of(1, Arbitraries.integers().between(0, 4)));
        return Combinators.combine(perMille, perMille, perMille, perMille, threshold).as(Cut::new);
    }

    @Provide
    Arbitrary<TierLevel> levels() {
        return Arbitraries.of(TierLevel.values());
    }

    @Provide
    Arbitrary<Long> cuts() {
        return Arbitraries.longs().between(0, 100_000);
    }

    @Provide
    Arbitrary<Integer> drops() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Probe> probes() {
        Arbitrary<Optional<BigDecimal>> bases = Arbitraries.oneOf(
                Arbitraries.of("0", "0.01", "4999.99", "5000", "9999.99", "10000", "19999.99", "20000")
                        .map(v -> Optional.of(yuan(v))),
                Arbitraries.bigDecimals().between(yuan("0.01"), yuan("200000")).ofScale(2).map(Optional::of),
                Arbitraries.just(Optional.empty()));
        return Combinators.combine(cuts(), bases, Arbitraries.of(StatutoryMitigation.class),
                Arbitraries.of(true, false)).as(Probe::new);
    }
}
