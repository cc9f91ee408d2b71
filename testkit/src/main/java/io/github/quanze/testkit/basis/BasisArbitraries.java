package io.github.quanze.testkit.basis;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of legal instruments (法律文件) and provisions (条款). Generated instruments have short Chinese titles
 * and lawful dates; provisions cite an article, a paragraph, an item or the whole instrument. Both shrink to the
 * first instrument's Art 1.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BasisArbitraries {

    /** 《中华人民共和国烟草专卖法》 as last amended on 2015-04-24, which generated powers cite. */
    public static final LegalInstrument TOBACCO_MONOPOLY_LAW = LegalInstrument.builder()
            .title("中华人民共和国烟草专卖法")
            .englishTitle("Tobacco Monopoly Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2015, 4, 24))
            .effectiveDate(LocalDate.of(2015, 4, 24))
            .build();

    private static final List<LegalInstrument> SHIPPED = List.of(Instruments.ADMINISTRATIVE_PENALTY_LAW,
            Instruments.ADMINISTRATIVE_LICENSING_LAW, Instruments.ADMINISTRATIVE_COERCION_LAW, TOBACCO_MONOPOLY_LAW);

    private BasisArbitraries() {}

    /**
     * Returns instruments: the shipped laws, or generated ones of any level with a title such as 《某省行政执法条例》.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LegalInstrument> instruments() {
        Arbitrary<LegalInstrument> generated = Combinators.combine(Arbitraries.of("某省", "某市", "国家"),
                        Arbitraries.of("行政执法", "烟草专卖", "市场监管", "行政处罚"), Arbitraries.of("条例", "办法", "规定"),
                        Arbitraries.of(InstrumentLevel.class), Arbitraries.integers().between(0, 9000))
                .as((where, what, form, level, day) -> {
                    LocalDate adopted = LocalDate.of(2000, 1, 1).plusDays(day);
                    return LegalInstrument.builder().title(where + what + form).level(level).adoptionDate(adopted)
                            .effectiveDate(adopted.plusDays(30)).build();
                });
        return Arbitraries.oneOf(Arbitraries.of(SHIPPED), generated);
    }

    /**
     * Returns provisions of the given instruments: an article, an article's paragraph, an item of a paragraph, an
     * item of an article, or the whole instrument.
     *
     * @param instruments  the instruments cited
     * @return the arbitrary, not null
     */
    public static Arbitrary<Provision> provisions(Arbitrary<LegalInstrument> instruments) {
        return Combinators.combine(instruments, Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(1, 120), Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(1, 9))
                .as((instrument, shape, article, paragraph, item) -> switch (shape) {
                    case 0 -> Provision.of(instrument, article);
                    case 1 -> Provision.of(instrument, article, paragraph);
                    case 2 -> Provision.of(instrument, article, paragraph, item);
                    case 3 -> Provision.ofItem(instrument, article, item);
                    default -> Provision.wholeOf(instrument);
                });
    }

    /**
     * Returns provisions of any instrument of {@link #instruments()}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Provision> provisions() {
        return provisions(instruments());
    }
}
