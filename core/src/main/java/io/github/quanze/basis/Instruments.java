package io.github.quanze.basis;

import java.time.LocalDate;

/**
 * The national instruments that quanze's built-in rules cite (国家层面的执法依据).
 * <p>
 * Each constant is one edition, with the dates checked against the instrument's own text (LawRefBook/Laws, a copy
 * of the national law database). Agencies add their own sector instruments to a {@link BasisCatalogue}; these are
 * the ones the library itself rests on, so that its findings cite real provisions.
 */
public final class Instruments {

    /**
     * 《中华人民共和国行政处罚法》, as revised on 2021-01-22 and in force from 2021-07-15 (Art 86). The revision
     * renumbered the articles, so citations of this edition do not apply to acts before that day.
     */
    public static final LegalInstrument ADMINISTRATIVE_PENALTY_LAW = new LegalInstrument.Builder()
            .title("中华人民共和国行政处罚法")
            .englishTitle("Administrative Penalty Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2021, 1, 22))
            .effectiveDate(LocalDate.of(2021, 7, 15))
            .build();

    /**
     * 《中华人民共和国行政许可法》, adopted 2003-08-27 and in force from 2004-07-01 (Art 83). The amendment of
     * 2019-04-23 left the articles quanze cites unchanged.
     */
    public static final LegalInstrument ADMINISTRATIVE_LICENSING_LAW = new LegalInstrument.Builder()
            .title("中华人民共和国行政许可法")
            .englishTitle("Administrative Licensing Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2003, 8, 27))
            .effectiveDate(LocalDate.of(2004, 7, 1))
            .build();

    /** 《中华人民共和国行政强制法》, adopted 2011-06-30 and in force from 2012-01-01 (Art 71). */
    public static final LegalInstrument ADMINISTRATIVE_COERCION_LAW = new LegalInstrument.Builder()
            .title("中华人民共和国行政强制法")
            .englishTitle("Administrative Coercion Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2011, 6, 30))
            .effectiveDate(LocalDate.of(2012, 1, 1))
            .build();

    /**
     * 《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号）, issued 2005-07-09: the national
     * text of the responsibility system (梳理执法依据, 分解执法职权, 确定执法责任, 评议考核, 责任追究). It is divided
     * into parts rather than articles, so it is cited as a whole.
     */
    public static final LegalInstrument RESPONSIBILITY_SYSTEM_OPINIONS = new LegalInstrument.Builder()
            .title("国务院办公厅关于推行行政执法责任制的若干意见")
            .englishTitle("Opinions of the General Office of the State Council on Implementing the Administrative "
                    + "Law-Enforcement Responsibility System (Guo Ban Fa [2005] No. 37)")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .documentNumber("国办发〔2005〕37号")
            .adoptionDate(LocalDate.of(2005, 7, 9))
            .effectiveDate(LocalDate.of(2005, 7, 9))
            .build();

    private Instruments() {}
}
