package io.github.quanze.jackson.discretion;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.Harm;
import io.github.quanze.discretion.MentalCapacity;
import io.github.quanze.discretion.MitigatingGround;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.Limitation;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.StatutoryMitigation;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Valid frames, standards and offences made from a random source, for round-trip properties: fixed and multiple
 * ranges with and without minimum or range without base, every kind of circumstance column and cell, the three
 * policies tiers take, and offences whose circumstances fit a standard so that they can be decided.
 */
final class GeneratedDiscretion {

    private static final LegalInstrument[] CITED = {TobaccoDiscretion.TOBACCO_LAW, TobaccoDiscretion.REGULATION,
        Instruments.ADMINISTRATIVE_PENALTY_LAW};
    private static final String[] NAMES = {"无烟草专卖零售许可证经营烟草制品零售业务", "未在当地烟草专卖批发企业进货",
        "Selling without a licence", "超越经营范围和地域范围从事烟草制品批发业务"};
    private static final String[] PLACES = {"city", "county", "校园周边"};
    private static final TierLevel[] PUNISHING = {TierLevel.MITIGATED, TierLevel.LIGHTER, TierLevel.ORDINARY,
        TierLevel.HEAVIER};
    private static final HitPolicy[] POLICIES = {HitPolicy.FIRST, HitPolicy.UNIQUE, HitPolicy.PRIORITY};

    private GeneratedDiscretion() {
    }

    /** A frame of 1 to 4 items. */
    static StatutoryFrame frame(Random random) {
        int size = 1 + random.nextInt(4);
        List<ViolationItem> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(item(random, "YC-" + (100 + i)));
        }
        return StatutoryFrame.of(items);
    }

    private static ViolationItem item(Random random, String code) {
        ViolationItem.Builder b = ViolationItem.builder().code(code).name(NAMES[random.nextInt(NAMES.length)])
                .breached(basis(random)).applied(basis(random));
        List<PenaltyKind> kinds = new ArrayList<>(List.of(PenaltyKind.values()));
        Collections.shuffle(kinds, random);
        for (PenaltyKind kind : kinds.subList(0, 1 + random.nextInt(3))) {
            boolean mandatory = random.nextBoolean();
            b.addClause(kind == PenaltyKind.FINE
                    ? new PenaltyClause(kind, mandatory, Optional.of(range(random)))
                    : new PenaltyClause(kind, mandatory, Optional.empty()));
        }
        if (random.nextInt(4) == 0) {
            // a limitation another law sets (行政处罚法 Art 36: 法律另有规定的除外)
            b.limitation(Limitation.underOtherLaw(Period.ofMonths(1 + random.nextInt(60)), basis(random)));
        }
        return b.build();
    }

    private static LegalBasis basis(Random random) {
        Set<Provision> distinct = new java.util.LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            LegalInstrument instrument = CITED[random.nextInt(CITED.length)];
            int article = 1 + random.nextInt(30);
            distinct.add(random.nextBoolean() ? Provision.of(instrument, article)
                    : Provision.of(instrument, article, 1 + random.nextInt(2)));
        }
        List<Provision> provisions = List.copyOf(distinct);
        return LegalBasis.of(provisions.get(0), provisions.subList(1, provisions.size()).toArray(Provision[]::new));
    }

    /** A fixed range, or a multiple with or without minimum and range without base. */
    static FineRange range(Random random) {
        if (random.nextBoolean()) {
            return fixed(random);
        }
        FineBase base = FineBase.values()[random.nextInt(FineBase.values().length)];
        BigDecimal max = factor(random, 5000);
        Optional<BigDecimal> min = random.nextBoolean() ? Optional.of(max.multiply(new BigDecimal("0.5"))
                .setScale(4, java.math.RoundingMode.DOWN).max(new BigDecimal("0.0001"))) : Optional.empty();
        FineRange.Multiple m = new FineRange.Multiple(base, min, max, Optional.empty());
        return switch (random.nextInt(3)) {
            case 0 -> m;
            case 1 -> m.orWithoutBase(fixed(random));
            default -> m.orBelow(yuan(random, 100_000), fixed(random));
        };
    }

    private static FineRange.Fixed fixed(Random random) {
        BigDecimal max = yuan(random, 2_000_000);
        return random.nextBoolean() ? FineRange.atMost(max) : FineRange.between(yuan(random, max), max);
    }

    /** An amount of more than 0 and at most {@code limit} yuan, in whole yuan or in fen. */
    private static BigDecimal yuan(Random random, long limit) {
        long fen = 1 + (long) (random.nextDouble() * (limit * 100 - 1));
        return random.nextBoolean() ? BigDecimal.valueOf(fen / 100 + 1) : BigDecimal.valueOf(fen, 2);
    }

    private static BigDecimal yuan(Random random, BigDecimal atMost) {
        return atMost.multiply(BigDecimal.valueOf(random.nextInt(101), 2)).setScale(2, java.math.RoundingMode.DOWN);
    }

    /** A factor from 0.0001 to {@code tenThousandths} / 10000, with up to four decimal places. */
    private static BigDecimal factor(Random random, int tenThousandths) {
        return BigDecimal.valueOf(1 + random.nextInt(tenThousandths), 4);
    }

    /**
     * A standard of a frame with 1 to 3 circumstances and 1 to 4 rows per item it grades. Unless {@code decidable},
     * some items' tiers may take the policy UNIQUE, whose overlapping rows fail when deciding, and the standard may
     * implement a higher one, which a discretion of this standard alone lacks.
     */
    static DiscretionStandard standard(Random random, StatutoryFrame frame, boolean decidable) {
        List<Column> declared = new ArrayList<>();
        List<String> kinds = new ArrayList<>(List.of("amount", "repeated", "days", "place"));
        Collections.shuffle(kinds, random);
        for (String name : kinds.subList(0, 1 + random.nextInt(3))) {
            Column c = switch (name) {
                case "amount" -> Column.ofLong(name, 0, 1_000_000_000L);
                case "repeated" -> Column.ofBoolean(name);
                case "days" -> Column.ofInt(name, 0, 3650);
                default -> Column.ofStrings(name, List.of(PLACES).subList(0, 1 + random.nextInt(PLACES.length)));
            };
            declared.add(switch (random.nextInt(3)) {
                case 0 -> c;
                case 1 -> c.graverWhenGreater();
                default -> c.graverWhenSmaller();
            });
        }
        LocalDate effective = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500));
        boolean national = random.nextInt(4) == 0;
        DiscretionStandard.Builder b = DiscretionStandard.builder().title("裁量基准 " + random.nextInt(100))
                .issuer("某省烟草专卖局").number("某烟法〔" + effective.getYear() + "〕" + (1 + random.nextInt(99)) + "号")
                .level(national ? StandardLevel.NATIONAL
                        : StandardLevel.values()[1 + random.nextInt(StandardLevel.values().length - 1)])
                .effective(effective).frame(frame).circumstances(declared.toArray(Column[]::new));
        if (random.nextBoolean()) {
            b.until(effective.plusDays(random.nextInt(2000)));
        }
        if (!national && !decidable && random.nextBoolean()) {
            b.implementing("国烟法〔2020〕" + (1 + random.nextInt(9)) + "号");
        }
        if (random.nextBoolean()) {
            b.midpointDefault(random.nextBoolean());
        }
        List<ViolationItem> items = new ArrayList<>(frame.items());
        Collections.shuffle(items, random);
        for (ViolationItem item : items.subList(0, 1 + random.nextInt(items.size()))) {
            b.item(item.code(), tiers(random, item.code(), declared, !decidable));
            if (random.nextInt(3) == 0) {
                b.firstOffenceExempt(item.code());
            }
        }
        return b.build();
    }

    private static TableSpec<Tier> tiers(Random random, String code, List<Column> declared, boolean unique) {
        List<Column> columns = new ArrayList<>(declared);
        if (random.nextBoolean()) {
            columns.add(random.nextInt(columns.size() + 1), DiscretionStandard.MITIGATION_COLUMN);
        }
        Collections.shuffle(columns, random);
        columns = columns.subList(0, 1 + random.nextInt(columns.size()));
        HitPolicy policy = POLICIES[random.nextInt(POLICIES.length)];
        TableSpec.Builder<Tier> b = DiscretionStandard.tiers(code, policy == HitPolicy.UNIQUE && !unique
                ? HitPolicy.FIRST : policy).columns(columns);
        for (int i = 0, rows = 1 + random.nextInt(4); i < rows; i++) {
            TableSpec.RowBuilder<Tier> row = b.row(code + "." + (i + 1))
                    .title(BilingualText.of("第" + (i + 1) + "档", "tier " + (i + 1))).basis(basis(random));
            if (random.nextInt(4) == 0) {
                row.interpretation(BilingualText.of("本基准的解释", "this standard's interpretation"));
            }
            for (Column column : columns) {
                if (random.nextInt(3) > 0) {
                    row.when(column.name(), cell(random, column));
                }
            }
            row.then(tier(random));
            b = row.table();
        }
        return b.build();
    }

    private static Cell cell(Random random, Column column) {
        return switch (column.kind()) {
            case BOOLEAN -> random.nextBoolean() ? Cell.yes() : Cell.no();
            case ENUM -> random.nextBoolean() ? Cell.is(StatutoryMitigation.MUST)
                    : Cell.anyOf(StatutoryMitigation.MAY, StatutoryMitigation.MUST);
            case STRING -> {
                List<Object> values = column.values();
                Object one = values.get(random.nextInt(values.size()));
                yield switch (random.nextInt(3)) {
                    case 0 -> Cell.is(one);
                    case 1 -> Cell.anyOf(values.toArray());
                    default -> values.size() > 1 ? Cell.noneOf(one) : Cell.any();
                };
            }
            default -> {
                long low = column.min() + (long) (random.nextDouble() * (column.max() - column.min()));
                long high = low + (long) (random.nextDouble() * (column.max() - low));
                yield switch (random.nextInt(4)) {
                    case 0 -> Cell.atLeast(low);
                    case 1 -> Cell.atMost(high);
                    case 2 -> Cell.range(low, high);
                    default -> Cell.any();
                };
            }
        };
    }

    private static Tier tier(Random random) {
        if (random.nextInt(6) == 0) {
            return Tier.noPenalty();
        }
        TierLevel level = PUNISHING[random.nextInt(PUNISHING.length)];
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        if (random.nextBoolean()) {
            kinds.add(PenaltyKind.CONFISCATION_OF_GAINS);
        }
        if (random.nextInt(3) == 0) {
            kinds.add(PenaltyKind.WARNING);
        }
        boolean fine = kinds.isEmpty() || random.nextBoolean();
        if (fine) {
            kinds.add(PenaltyKind.FINE);
        }
        return new Tier(level, kinds, fine ? Optional.of(range(random)) : Optional.empty());
    }

    /** Any valid offence, of an item of the frame where there is one. */
    static Offence offence(Random random, StatutoryFrame frame) {
        Circumstances.Builder facts = Circumstances.builder();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            String name = "c" + i;
            switch (random.nextInt(3)) {
                case 0 -> facts.set(name, random.nextLong() >> random.nextInt(64));
                case 1 -> facts.set(name, random.nextBoolean());
                default -> facts.set(name, PLACES[random.nextInt(PLACES.length)]);
            }
        }
        List<ViolationItem> items = frame.items();
        return offence(random, items.get(random.nextInt(items.size())).code(), facts.build(),
                LocalDate.of(2021, 1, 1).plusDays(random.nextInt(2000)));
    }

    /** An offence of an item that a standard grades, declaring every circumstance it declares, within range. */
    static Offence offenceUnder(Random random, DiscretionStandard standard) {
        Circumstances.Builder facts = Circumstances.builder();
        for (Column c : standard.circumstances()) {
            switch (c.kind()) {
                case BOOLEAN -> facts.set(c.name(), random.nextBoolean());
                case STRING -> facts.set(c.name(), (String) c.values().get(random.nextInt(c.values().size())));
                default -> facts.set(c.name(), c.min() + (long) (random.nextDouble() * (c.max() - c.min())));
            }
        }
        String code = standard.items().get(random.nextInt(standard.items().size())).item().code();
        LocalDate act = standard.effective().plusDays(random.nextInt(900) - 300);
        return offence(random, code, facts.build(), act);
    }

    private static Offence offence(Random random, String item, Circumstances facts, LocalDate act) {
        LocalDate discovered = act.plusDays(random.nextInt(1000));
        LocalDate decided = discovered.plusDays(random.nextInt(120));
        PartyFacts party = party(random);
        Offence.Builder b = Offence.builder().item(item).act(act).discovered(discovered).decided(decided)
                .circumstances(facts).party(party);
        if (random.nextInt(4) == 0) {
            LocalDate ended = act.plusDays(random.nextInt(60));
            b.ended(ended.isAfter(decided) ? decided : ended);
        }
        if (random.nextBoolean()) {
            b.base(yuan(random, 500_000));
        }
        if (random.nextInt(5) == 0 && party.harm() != Harm.NONE) {
            b.graveHarm(true);
        }
        return b.build();
    }

    private static PartyFacts party(Random random) {
        if (random.nextBoolean()) {
            return PartyFacts.none();
        }
        PartyFacts.Builder b = PartyFacts.builder();
        if (random.nextInt(3) == 0) {
            b.age(10 + random.nextInt(60));
        }
        if (random.nextInt(4) == 0) {
            b.capacity(MentalCapacity.values()[random.nextInt(MentalCapacity.values().length)]);
        }
        if (random.nextInt(4) == 0) {
            b.grounds(MitigatingGround.values()[random.nextInt(MitigatingGround.values().length)],
                    MitigatingGround.CONFESSED);
        }
        if (random.nextBoolean()) {
            b.harm(Harm.values()[random.nextInt(Harm.values().length)]);
        }
        return b.minorAct(random.nextInt(4) == 0).correctedInTime(random.nextBoolean())
                .firstOffence(random.nextBoolean()).noFaultProven(random.nextInt(8) == 0).build();
    }
}
