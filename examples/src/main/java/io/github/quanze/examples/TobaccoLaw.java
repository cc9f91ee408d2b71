package io.github.quanze.examples;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalInstrument;
import java.time.LocalDate;

/**
 * The legal basis of a city tobacco monopoly bureau (烟草专卖局执法依据), as seed 000 lists it: 烟草专卖法, its
 * implementing regulation, 行政处罚法, 行政许可法 and the bureau's own documents.
 * <p>
 * Titles, articles and revision dates are taken from the statutes' text (LawRefBook/Laws, a copy of the national
 * law database). Each revision is taken to be in force from the date of the revising decision; the
 * 实施条例 states "本条例自发布之日起施行". The bureau's notice and its own rules are invented for the example.
 */
final class TobaccoLaw {

    /** 《中华人民共和国烟草专卖法》, as last amended on 2015-04-24. */
    static final LegalInstrument TOBACCO_LAW = LegalInstrument.builder()
            .title("中华人民共和国烟草专卖法")
            .englishTitle("Tobacco Monopoly Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2015, 4, 24))
            .effectiveDate(LocalDate.of(2015, 4, 24))
            .build();

    /** The implementing regulation as revised on 2021-11-10, replaced by the revision of 2023-07-20. */
    static final LegalInstrument REGULATION_2021 = regulation(LocalDate.of(2021, 11, 10))
            .repealDate(LocalDate.of(2023, 7, 20))
            .build();

    /** The implementing regulation as revised on 2023-07-20. */
    static final LegalInstrument REGULATION = regulation(LocalDate.of(2023, 7, 20)).build();

    /**
     * A notice of the bureau itself: a normative document, which may not create a penalty
     * (行政处罚法 Art 16). Invented for the example.
     */
    static final LegalInstrument DISPLAY_NOTICE = LegalInstrument.builder()
            .title("示例市烟草专卖局关于规范卷烟零售户亮证经营的通知")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .documentNumber("示烟专〔2022〕7号")
            .adoptionDate(LocalDate.of(2022, 3, 1))
            .effectiveDate(LocalDate.of(2022, 3, 1))
            .build();

    /**
     * The bureau's own rules on the responsibility system (本局行政执法责任制实施办法), whose Art 12 keeps the officers
     * who investigated a case out of its decision (查处分离): a rule the statutes do not contain (行政处罚法 Art 57 lets
     * the head decide), which the bureau adopts for itself. Invented for the example.
     */
    static final LegalInstrument BUREAU_RULES = LegalInstrument.builder()
            .title("示例市烟草专卖局行政执法责任制实施办法")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .documentNumber("示烟专〔2024〕3号")
            .adoptionDate(LocalDate.of(2024, 1, 10))
            .effectiveDate(LocalDate.of(2024, 2, 1))
            .build();

    private TobaccoLaw() {}

    /**
     * Returns the bureau's catalogue of legal basis (执法依据目录).
     */
    static BasisCatalogue basisCatalogue() {
        return BasisCatalogue.builder("示例市烟草专卖局执法依据目录")
                .add(TOBACCO_LAW, REGULATION_2021, REGULATION, DISPLAY_NOTICE, BUREAU_RULES)
                .add(Instruments.ADMINISTRATIVE_PENALTY_LAW, Instruments.ADMINISTRATIVE_LICENSING_LAW,
                        Instruments.ADMINISTRATIVE_COERCION_LAW, Instruments.RESPONSIBILITY_SYSTEM_OPINIONS)
                .build();
    }

    private static LegalInstrument.Builder regulation(LocalDate revised) {
        LegalInstrument.Builder builder = LegalInstrument.builder();
        builder.title("中华人民共和国烟草专卖法实施条例")
                .englishTitle("Regulation for the Implementation of the Tobacco Monopoly Law of the People's "
                        + "Republic of China")
                .level(InstrumentLevel.ADMINISTRATIVE_REGULATION)
                .documentNumber("国务院令第223号")
                .adoptionDate(revised)
                .effectiveDate(revised);
        return builder;
    }
}
