package io.github.quanze.publish.notice;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalInstrument;
import java.time.LocalDate;

/**
 * The instruments the masking rule cites that core's national list does not hold. The court's 法释〔2016〕19号 and the
 * repealed 工商总局令第71号 are conventions the rule follows, not instruments it applies: they are named in the rule's
 * wording, not cited.
 */
final class NoticeLaw {

    /** 《中华人民共和国个人信息保护法》, adopted 2021-08-20 and in force from 2021-11-01 (Art 74). */
    static final LegalInstrument PERSONAL_INFORMATION_PROTECTION_LAW = LegalInstrument.builder()
            .title("中华人民共和国个人信息保护法")
            .englishTitle("Personal Information Protection Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2021, 8, 20))
            .effectiveDate(LocalDate.of(2021, 11, 1))
            .build();

    /** 《中华人民共和国政府信息公开条例》, as revised by 国务院令第711号 on 2019-04-03, in force from 2019-05-15. */
    static final LegalInstrument GOVERNMENT_INFORMATION_REGULATION = LegalInstrument.builder()
            .title("中华人民共和国政府信息公开条例")
            .englishTitle("Regulations of the People's Republic of China on the Disclosure of Government Information")
            .level(InstrumentLevel.ADMINISTRATIVE_REGULATION)
            .documentNumber("国务院令第711号")
            .adoptionDate(LocalDate.of(2019, 4, 3))
            .effectiveDate(LocalDate.of(2019, 5, 15))
            .build();

    /**
     * 《市场监督管理行政处罚信息公示规定》（国家市场监督管理总局令第45号）, issued 2021-07-30, in force from 2021-09-01
     * (Art 19): the market regulator's own rule, cited for what a published summary holds (Art 4 第三款) and that
     * a published decision is the decision served less the necessary processing (Art 6, 7).
     */
    static final LegalInstrument SAMR_PENALTY_PUBLICITY_RULE = LegalInstrument.builder()
            .title("市场监督管理行政处罚信息公示规定")
            .englishTitle("Provisions on the Publicity of Market Regulation Administrative Penalty Information")
            .level(InstrumentLevel.DEPARTMENTAL_RULE)
            .documentNumber("国家市场监督管理总局令第45号")
            .adoptionDate(LocalDate.of(2021, 7, 30))
            .effectiveDate(LocalDate.of(2021, 9, 1))
            .build();

    private NoticeLaw() {
    }
}
