package io.github.quanze.testkit.basis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.testkit.Samples;
import io.github.quanze.testkit.Shrinking;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;

class BasisArbitrariesTest {

    private static final List<LegalInstrument> SHIPPED = List.of(Instruments.ADMINISTRATIVE_PENALTY_LAW,
            Instruments.ADMINISTRATIVE_LICENSING_LAW, Instruments.ADMINISTRATIVE_COERCION_LAW,
            BasisArbitraries.TOBACCO_MONOPOLY_LAW);

    @Example
    void instrumentsAreTheShippedLawsOrGeneratedOnesOfEveryLevel() {
        List<LegalInstrument> drawn = Samples.draw(BasisArbitraries.instruments(), 400, 1);

        Set<InstrumentLevel> generatedLevels = EnumSet.noneOf(InstrumentLevel.class);
        for (LegalInstrument instrument : drawn) {
            if (SHIPPED.contains(instrument)) {
                continue;
            }
            generatedLevels.add(instrument.level());
            assertThat(instrument.title()).matches("(某省|某市|国家)(行政执法|烟草专卖|市场监管|行政处罚)(条例|办法|规定)");
            LocalDate adopted = instrument.adoptionDate().orElseThrow();
            assertThat(adopted).isBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1).plusDays(9000));
            assertThat(instrument.effectiveDate()).isEqualTo(adopted.plusDays(30));
        }
        assertThat(drawn).containsAll(SHIPPED);
        assertThat(generatedLevels).containsExactlyInAnyOrder(InstrumentLevel.values());
    }

    @Example
    void theTobaccoMonopolyLawIsTheLawAsAmendedIn2015() {
        LegalInstrument law = BasisArbitraries.TOBACCO_MONOPOLY_LAW;

        assertThat(law.title()).isEqualTo("中华人民共和国烟草专卖法");
        assertThat(law.level()).isEqualTo(InstrumentLevel.LAW);
        assertThat(law.adoptionDate()).contains(LocalDate.of(2015, 4, 24));
        assertThat(law.effectiveDate()).isEqualTo(LocalDate.of(2015, 4, 24));
    }

    @Example
    void provisionsTakeEveryShapeWithinTheirRanges() {
        List<Provision> drawn = Samples.draw(BasisArbitraries.provisions(), 400, 2);

        Set<String> shapes = new HashSet<>();
        for (Provision p : drawn) {
            shapes.add(shape(p));
            p.article().ifPresent(a -> assertThat(a).isBetween(1, 120));
            p.paragraph().ifPresent(a -> assertThat(a).isBetween(1, 5));
            p.item().ifPresent(a -> assertThat(a).isBetween(1, 9));
        }
        assertThat(shapes).containsExactlyInAnyOrder("whole", "article", "paragraph", "paragraph item",
                "article item");
    }

    @Example
    void provisionsCiteOnlyTheInstrumentsGiven() {
        List<Provision> drawn = Samples.draw(BasisArbitraries.provisions(
                Arbitraries.just(BasisArbitraries.TOBACCO_MONOPOLY_LAW)), 100, 3);

        assertThat(drawn).allSatisfy(p -> assertThat(p.instrument()).isEqualTo(BasisArbitraries.TOBACCO_MONOPOLY_LAW));
        assertThat(Samples.draw(BasisArbitraries.provisions(), 100, 4).stream().map(Provision::instrument)
                .distinct().count()).isGreaterThan(SHIPPED.size());
    }

    @Example
    void bothShrinkToTheFirstInstrumentsFirstArticle() {
        LegalInstrument instrument = Shrinking.shrink(BasisArbitraries.instruments(), i -> true, 5);
        Provision provision = Shrinking.shrink(BasisArbitraries.provisions(), p -> true, 6);

        assertThat(instrument).isEqualTo(Instruments.ADMINISTRATIVE_PENALTY_LAW);
        assertThat(provision).isEqualTo(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 1));
    }

    private static String shape(Provision p) {
        if (p.article().isEmpty()) {
            return "whole";
        }
        if (p.paragraph().isPresent()) {
            return p.item().isPresent() ? "paragraph item" : "paragraph";
        }
        return p.item().isPresent() ? "article item" : "article";
    }
}
