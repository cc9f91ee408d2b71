package io.github.quanze.basis;

import io.github.quanze.text.BilingualText;

import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Probes.dates;
import static io.github.quanze.testing.Probes.ints;
import static io.github.quanze.testing.Probes.probe;

import io.github.quanze.testing.TextProbes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Example;

/**
 * Bad input to every factory and builder of the package gives a value, a short IllegalArgumentException, or a
 * NullPointerException naming the argument; never an error from inside. The text arguments are probed by
 * {@link TextProbes}.
 */
class BasisProbeTest extends TextProbes {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private static final BasisCatalogue CATALOGUE = BasisCatalogue.builder("目录").add(TOBACCO_LAW).build();
    private static final Provision ARTICLE = Provision.of(TOBACCO_LAW, 31);

    @Example
    void numbers_areRejectedShortly() {
        ints("Provision.of(article)", n -> Provision.of(TOBACCO_LAW, n));
        ints("Provision.of(paragraph)", n -> Provision.of(TOBACCO_LAW, 1, n));
        ints("Provision.of(item)", n -> Provision.of(TOBACCO_LAW, 1, 1, n));
        ints("Provision.ofItem", n -> Provision.ofItem(TOBACCO_LAW, 1, n));
        ints("Provision.withParagraph", n -> ARTICLE.withParagraph(n));
        ints("Provision.withItem", n -> ARTICLE.withItem(n));
    }

    @Example
    void dates_areTakenOrRejectedShortly() {
        dates("LegalInstrument.effectiveDate", d -> instrument().effectiveDate(d).build());
        dates("LegalInstrument.repealDate", d -> instrument().repealDate(d).build());
        dates("LegalInstrument.isInForceOn", TOBACCO_LAW::isInForceOn);
        dates("BasisCatalogue.inForceOn", CATALOGUE::inForceOn);
        dates("BasisCatalogue.parseProvision", d -> CATALOGUE.parseProvision("《中华人民共和国烟草专卖法》第一条", d));
        dates("LegalBasis.notInForceOn", d -> LegalBasis.of(ARTICLE).notInForceOn(d));
    }

    @Example
    void nulls_areRejectedByName() {
        probe("LegalInstrument.title", () -> instrument().title(null));
        probe("LegalInstrument.isInForceOn", () -> TOBACCO_LAW.isInForceOn(null));
        probe("Provision.of", () -> Provision.of(null, 1));
        probe("Provision.wholeOf", () -> Provision.wholeOf(null));
        probe("Provision.parse(text)", () -> Provision.parse(null, TOBACCO_LAW));
        probe("Provision.parse(instrument)", () -> Provision.parse("《中华人民共和国烟草专卖法》第一条", null));
        probe("LegalBasis(null)", () -> new LegalBasis(null));
        probe("LegalBasis(null element)", () -> new LegalBasis(Arrays.asList(ARTICLE, null)));
        probe("LegalBasis.of(first)", () -> LegalBasis.of(null));
        probe("LegalBasis.of(more)", () -> LegalBasis.of(ARTICLE, (Provision[]) null));
        probe("LegalBasis.of(null more)", () -> LegalBasis.of(ARTICLE, (Provision) null));
        probe("LegalBasis.and", () -> LegalBasis.of(ARTICLE).and(null));
        probe("LegalBasis.cites", () -> LegalBasis.of(ARTICLE).cites(null));
        probe("LegalBasis.notInForceOn", () -> LegalBasis.of(ARTICLE).notInForceOn(null));
        probe("BilingualText.in", () -> BilingualText.of("中", "en").in(null));
        probe("BilingualText.join", () -> BilingualText.of("中", "en").join("；", "; ", null));
        probe("BasisCatalogue.add", () -> BasisCatalogue.builder("目录").add((LegalInstrument) null));
        probe("BasisCatalogue.add(array)", () -> BasisCatalogue.builder("目录").add((LegalInstrument[]) null));
        probe("BasisCatalogue.addAll", () -> BasisCatalogue.builder("目录").addAll(null));
        probe("BasisCatalogue.byLevel", () -> CATALOGUE.byLevel(null));
        probe("BasisCatalogue.inForceOn", () -> CATALOGUE.inForceOn(null));
        probe("BasisCatalogue.editions", () -> CATALOGUE.editions(null));
        probe("BasisCatalogue.edition", () -> CATALOGUE.edition("中华人民共和国烟草专卖法", null));
        probe("BasisCatalogue.parseProvision", () -> CATALOGUE.parseProvision(null));
        probe("BasisCatalogue.parseProvision(date)", () -> CATALOGUE.parseProvision(null, DAY));
    }

    @Override
    protected Map<String, Consumer<String>> textCalls() {
        Map<String, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put("LegalInstrument.title", t -> instrument().title(t).build());
        calls.put("LegalInstrument.englishTitle", t -> instrument().englishTitle(t).build());
        calls.put("LegalInstrument.documentNumber", t -> instrument().documentNumber(t).build());
        calls.put("BasisCatalogue.builder", t -> BasisCatalogue.builder(t).build());
        calls.put("BasisCatalogue.editions", t -> CATALOGUE.editions(t));
        calls.put("BasisCatalogue.parseProvision", t -> CATALOGUE.parseProvision(t));
        calls.put("BasisCatalogue.parseProvision(date)", t -> CATALOGUE.parseProvision(t, DAY));
        calls.put("Provision.parse", t -> Provision.parse(t, TOBACCO_LAW));
        calls.put("Provision.parse(numeral)", t -> Provision.parse("《中华人民共和国烟草专卖法》第" + t + "条", TOBACCO_LAW));
        calls.put("BilingualText.of(zh)", t -> BilingualText.of(t, "en"));
        calls.put("BilingualText.of(en)", t -> BilingualText.of("中", t));
        return calls;
    }

    /** A rule, as a builder on which each attribute can be set once more. */
    private static LegalInstrument.Builder instrument() {
        return LegalInstrument.builder().title("某办法").level(InstrumentLevel.DEPARTMENTAL_RULE).adoptionDate(DAY)
                .effectiveDate(DAY).build().toBuilder();
    }
}
