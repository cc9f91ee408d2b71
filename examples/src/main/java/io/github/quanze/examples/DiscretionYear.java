package io.github.quanze.examples;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.StatutoryMitigation;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.Expectation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A generated year of the county bureau's decided penalties (已决处罚案件), for the analysis of like cases (类案同罚).
 * <p>
 * Four offices decide cases of five retail and wholesale items; the amounts are spread over three orders of
 * magnitude, one case in ten is repeated, one in twenty concerns a party aged 16. Each office decides at the tier the
 * county's discretion gives and picks a fine within its range, except where disparities are planted:
 * <ul>
 * <li>东区所 grades small cases of TL-57 (under 5,000 yuan, not repeated) 从重, at the 从重 tier's rates (畸重);
 * <li>officer O-19 of 南区所 fines TL-58 at 10% of the sales, below the statutory 20% (畸轻).
 * </ul>
 * Cases are grouped by item and by the circumstance profile the standard grades on: the band of the amount,
 * repetition and statutory mitigation. The same seed gives the same year.
 */
final class DiscretionYear {

    static final List<String> OFFICES = List.of("某县烟草专卖局城关所", "某县烟草专卖局东区所", "某县烟草专卖局西区所",
            "某县烟草专卖局南区所");
    static final List<String> ITEMS = List.of("TL-56", "TL-57", "TL-58", "TL-60", "TL-52-1");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private DiscretionYear() {}

    /**
     * Generates a year of decided cases.
     *
     * @param cases  how many, at least 1
     * @param seed  the seed
     * @return the cases, in the order decided
     */
    static List<DecidedPenalty> generate(int cases, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PenaltyDiscretion discretion = TobaccoStandards.countyBureau();
        List<DecidedPenalty> year = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            int office = random.nextInt(OFFICES.size());
            String item = ITEMS.get(random.nextInt(ITEMS.size()));
            long amount = Math.round(Math.pow(10, 2.7 + 2.6 * random.nextDouble()));
            boolean repeated = random.nextInt(10) == 0;
            LocalDate decided = FIRST_DAY.plusDays(random.nextInt(340));
            Offence offence = Offence.builder().item(item).act(decided.minusDays(40)).discovered(decided.minusDays(35))
                    .decided(decided).base(BigDecimal.valueOf(amount))
                    .circumstances(Circumstances.builder().set("amount", amount).set("repeated", repeated).build())
                    .party(random.nextInt(20) == 0 ? PartyFacts.builder().age(16).build() : PartyFacts.none())
                    .build();
            PenaltyRuling ruling = discretion.decide(offence);
            String first = officer(office, random.nextInt(6));
            String second = officer(office, random.nextInt(6));
            DecidedPenalty.Builder decidedCase = DecidedPenalty.builder()
                    .caseId(String.format("某县烟罚〔2026〕%04d号", i + 1)).agency(OFFICES.get(office))
                    .officers(first.equals(second) ? List.of(first) : List.of(first, second)).item(item)
                    .profile(profile(amount, repeated, offence.party().mitigation()));
            TierLevel level = level(ruling);
            expectation(ruling).ifPresent(decidedCase::expected);
            if (!ruling.isPenalty() || ruling.bounds().isEmpty()) {
                year.add(decidedCase.level(level).build());
                continue;
            }
            FineBounds bounds = ruling.bounds().get();
            BigDecimal fine = within(bounds, random);
            if (office == 1 && item.equals("TL-57") && amount < 5_000 && !repeated) {
                level = TierLevel.HEAVIER;
                fine = rate(amount, 0.4 + 0.1 * random.nextDouble());
            } else if (item.equals("TL-58") && (first.equals("O-19") || second.equals("O-19"))) {
                fine = rate(amount, 0.1);
            }
            year.add(decidedCase.level(level).fine(fine).base(BigDecimal.valueOf(amount).setScale(2)).build());
        }
        return year;
    }

    /**
     * The level a case is decided at: the ruling's tier; 不予处罚 for a ruling without a penalty; 一般 for a penalty the
     * standard has no tier for (an uncovered case, decided within the statute alone).
     */
    static TierLevel level(PenaltyRuling ruling) {
        if (!ruling.isPenalty()) {
            return TierLevel.NO_PENALTY;
        }
        return ruling.tier().map(Tier::level).orElse(TierLevel.ORDINARY);
    }

    /**
     * What the standard gives: the tier's level with the ruling's range, 不予处罚 for a ruling without a penalty, and
     * nothing for a penalty the standard has no tier for.
     */
    static Optional<Expectation> expectation(PenaltyRuling ruling) {
        if (!ruling.isPenalty()) {
            return Optional.of(Expectation.of(TierLevel.NO_PENALTY));
        }
        return ruling.tier().map(t -> ruling.bounds().map(b -> Expectation.of(t.level(), b))
                .orElse(Expectation.of(t.level())));
    }

    /** The profile the standard grades on: the band of the amount, repetition and statutory mitigation. */
    static Circumstances profile(long amount, boolean repeated, StatutoryMitigation mitigation) {
        String band = amount < 5_000 ? "<5000" : amount < 50_000 ? "5000-49999" : ">=50000";
        return Circumstances.builder().set("amountBand", band).set("repeated", repeated)
                .set("mitigation", mitigation.name()).build();
    }

    private static String officer(int office, int n) {
        return String.format("O-%02d", office * 6 + n + 1);
    }

    private static BigDecimal within(FineBounds bounds, SplittableRandom random) {
        BigDecimal span = bounds.max().subtract(bounds.min());
        return bounds.min().add(span.multiply(BigDecimal.valueOf(random.nextInt(101))).divide(BigDecimal.valueOf(100),
                2, RoundingMode.FLOOR));
    }

    private static BigDecimal rate(long amount, double rate) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.FLOOR);
    }
}
