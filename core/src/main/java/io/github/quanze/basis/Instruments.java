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
    public static final LegalInstrument ADMINISTRATIVE_PENALTY_LAW = LegalInstrument.builder()
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
    public static final LegalInstrument ADMINISTRATIVE_LICENSING_LAW = LegalInstrument.builder()
            .title("中华人民共和国行政许可法")
            .englishTitle("Administrative Licensing Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2003, 8, 27))
            .effectiveDate(LocalDate.of(2004, 7, 1))
            .build();

    /** 《中华人民共和国行政强制法》, adopted 2011-06-30 and in force from 2012-01-01 (Art 71). */
    public static final LegalInstrument ADMINISTRATIVE_COERCION_LAW = LegalInstrument.builder()
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
    public static final LegalInstrument RESPONSIBILITY_SYSTEM_OPINIONS = LegalInstrument.builder()
            .title("国务院办公厅关于推行行政执法责任制的若干意见")
            .englishTitle("Opinions of the General Office of the State Council on Implementing the Administrative "
                    + "Law-Enforcement Responsibility System (Guo Ban Fa [2005] No. 37)")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .documentNumber("国办发〔2005〕37号")
            .adoptionDate(LocalDate.of(2005, 7, 9))
            .effectiveDate(LocalDate.of(2005, 7, 9))
            .build();

    /** 《中华人民共和国公职人员政务处分法》, adopted 2020-06-20 and in force from 2020-07-01 (Art 68). */
    public static final LegalInstrument GOVERNMENTAL_SANCTIONS_LAW = LegalInstrument.builder()
            .title("中华人民共和国公职人员政务处分法")
            .englishTitle("Law of the People's Republic of China on Governmental Sanctions for Public Employees")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2020, 6, 20))
            .effectiveDate(LocalDate.of(2020, 7, 1))
            .build();

    /** 《中华人民共和国公务员法》, as revised on 2018-12-29 and in force from 2019-06-01 (Art 113). */
    public static final LegalInstrument CIVIL_SERVANTS_LAW = LegalInstrument.builder()
            .title("中华人民共和国公务员法")
            .englishTitle("Civil Servants Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2018, 12, 29))
            .effectiveDate(LocalDate.of(2019, 6, 1))
            .build();

    /** 《行政机关公务员处分条例》（国务院令第495号）, issued 2007-04-22 and in force from 2007-06-01 (Art 55). */
    public static final LegalInstrument CIVIL_SERVANT_SANCTIONS_REGULATION = LegalInstrument.builder()
            .title("行政机关公务员处分条例")
            .englishTitle("Regulation on the Punishment of Civil Servants of Administrative Organs")
            .level(InstrumentLevel.ADMINISTRATIVE_REGULATION)
            .documentNumber("国务院令第495号")
            .adoptionDate(LocalDate.of(2007, 4, 22))
            .effectiveDate(LocalDate.of(2007, 6, 1))
            .build();

    /**
     * 《行政执法机关移送涉嫌犯罪案件的规定》, published by 国务院令第310号 on 2001-07-09, in the edition revised by
     * 《国务院关于修改〈行政执法机关移送涉嫌犯罪案件的规定〉的决定》（国务院令第730号）, which took effect on its
     * publication on 2020-08-07. This is the edition in force; its Art 16 covers late referral, failure to refer and
     * a penalty in place of referral (逾期不移送, 不移送, 以行政处罚代替移送). The document number is the one the
     * provisions are cited by; the dates are those of the revision.
     */
    public static final LegalInstrument CRIMINAL_REFERRAL_PROVISIONS = LegalInstrument.builder()
            .title("行政执法机关移送涉嫌犯罪案件的规定")
            .englishTitle("Provisions on the Transfer of Suspected Criminal Cases by Administrative Law-Enforcement "
                    + "Organs")
            .level(InstrumentLevel.ADMINISTRATIVE_REGULATION)
            .documentNumber("国务院令第310号")
            .adoptionDate(LocalDate.of(2020, 8, 7))
            .effectiveDate(LocalDate.of(2020, 8, 7))
            .build();

    /** 《中华人民共和国行政诉讼法》, as amended on 2017-06-27 and in force from 2017-07-01. */
    public static final LegalInstrument ADMINISTRATIVE_LITIGATION_LAW = LegalInstrument.builder()
            .title("中华人民共和国行政诉讼法")
            .englishTitle("Administrative Litigation Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2017, 6, 27))
            .effectiveDate(LocalDate.of(2017, 7, 1))
            .build();

    /** 《河南省行政执法条例》, adopted 2016-03-29 and in force from 2016-06-01 (Art 48): faults, forms, sanctions. */
    public static final LegalInstrument HENAN_ENFORCEMENT_REGULATION = LegalInstrument.builder()
            .title("河南省行政执法条例")
            .level(InstrumentLevel.LOCAL_REGULATION)
            .adoptionDate(LocalDate.of(2016, 3, 29))
            .effectiveDate(LocalDate.of(2016, 6, 1))
            .build();

    /** 《山东省行政执法监督条例》, adopted 2014-11-27 and in force from 2015-05-01 (Art 42). */
    public static final LegalInstrument SHANDONG_SUPERVISION_REGULATION = LegalInstrument.builder()
            .title("山东省行政执法监督条例")
            .level(InstrumentLevel.LOCAL_REGULATION)
            .adoptionDate(LocalDate.of(2014, 11, 27))
            .effectiveDate(LocalDate.of(2015, 5, 1))
            .build();

    /**
     * 《重庆市行政执法责任制条例》, adopted 2000-09-29 and in force from 2001-01-01 (Art 23), amended 2010-07-23:
     * Art 7 splits responsibility between the head, the unit head and the acting officer.
     */
    public static final LegalInstrument CHONGQING_RESPONSIBILITY_REGULATION = LegalInstrument.builder()
            .title("重庆市行政执法责任制条例")
            .level(InstrumentLevel.LOCAL_REGULATION)
            .adoptionDate(LocalDate.of(2000, 9, 29))
            .effectiveDate(LocalDate.of(2001, 1, 1))
            .build();

    /**
     * 《市场监督管理行政执法责任制规定》（国家市场监督管理总局令第41号）, in force from 2021-07-15: Art 3
     * "做到失职追责、尽职免责". Its text was read as quoted by implementing documents, not from the rule itself.
     */
    public static final LegalInstrument SAMR_RESPONSIBILITY_RULE = LegalInstrument.builder()
            .title("市场监督管理行政执法责任制规定")
            .level(InstrumentLevel.DEPARTMENTAL_RULE)
            .documentNumber("国家市场监督管理总局令第41号")
            .adoptionDate(LocalDate.of(2021, 5, 26))
            .effectiveDate(LocalDate.of(2021, 7, 15))
            .build();

    /** 《中华人民共和国行政复议法》, as revised on 2023-09-01 and in force from 2024-01-01 (Art 90). */
    public static final LegalInstrument ADMINISTRATIVE_RECONSIDERATION_LAW = LegalInstrument.builder()
            .title("中华人民共和国行政复议法")
            .englishTitle("Administrative Reconsideration Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2023, 9, 1))
            .effectiveDate(LocalDate.of(2024, 1, 1))
            .build();

    /**
     * 《中华人民共和国监察法》, adopted and in force on 2018-03-20 (Art 69). The amendment of 2024-12-25, in force from
     * 2025-06-01, renumbered many articles but not Art 11 (the commissions' duties, among them the investigation of
     * duty crimes such as 滥用职权、玩忽职守 and 徇私舞弊), the one quanze cites.
     */
    public static final LegalInstrument SUPERVISION_LAW = LegalInstrument.builder()
            .title("中华人民共和国监察法")
            .englishTitle("Supervision Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2018, 3, 20))
            .effectiveDate(LocalDate.of(2018, 3, 20))
            .build();

    /** 《中华人民共和国民法典》, adopted 2020-05-28 and in force from 2021-01-01: Art 200–204 on periods. */
    public static final LegalInstrument CIVIL_CODE = LegalInstrument.builder()
            .title("中华人民共和国民法典")
            .englishTitle("Civil Code of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(LocalDate.of(2020, 5, 28))
            .effectiveDate(LocalDate.of(2021, 1, 1))
            .build();

    /**
     * 《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕
     * 118号）, issued 2018-12-05: the three systems (三项制度) of 事前、事后公开, 全过程记录 in text and audio-video
     * (全程音像记录 of on-site acts such as 查封扣押), and 重大执法决定法制审核 with each agency's 目录清单. It is
     * divided into parts rather than articles, so it is cited as a whole.
     */
    public static final LegalInstrument THREE_SYSTEMS_OPINIONS = LegalInstrument.builder()
            .title("国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见")
            .englishTitle("Guiding Opinions of the General Office of the State Council on Fully Implementing the "
                    + "Systems of Enforcement Publicity, Full-Process Recording and Legality Review of Major "
                    + "Enforcement Decisions (Guo Ban Fa [2018] No. 118)")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .documentNumber("国办发〔2018〕118号")
            .adoptionDate(LocalDate.of(2018, 12, 5))
            .effectiveDate(LocalDate.of(2018, 12, 5))
            .build();

    private static final BasisCatalogue CATALOGUE = BasisCatalogue.builder("国家层面执法依据")
            .add(ADMINISTRATIVE_PENALTY_LAW, ADMINISTRATIVE_LICENSING_LAW, ADMINISTRATIVE_COERCION_LAW,
                    RESPONSIBILITY_SYSTEM_OPINIONS, GOVERNMENTAL_SANCTIONS_LAW, CIVIL_SERVANTS_LAW,
                    CIVIL_SERVANT_SANCTIONS_REGULATION, CRIMINAL_REFERRAL_PROVISIONS, ADMINISTRATIVE_LITIGATION_LAW,
                    HENAN_ENFORCEMENT_REGULATION, SHANDONG_SUPERVISION_REGULATION,
                    CHONGQING_RESPONSIBILITY_REGULATION, SAMR_RESPONSIBILITY_RULE, ADMINISTRATIVE_RECONSIDERATION_LAW,
                    SUPERVISION_LAW, CIVIL_CODE, THREE_SYSTEMS_OPINIONS)
            .build();

    private Instruments() {}

    /**
     * Returns every instrument of this class as one catalogue (国家层面执法依据), against which documents resolve
     * the citations of the library's own rules.
     *
     * @return the catalogue, not null
     */
    public static BasisCatalogue catalogue() {
        return CATALOGUE;
    }
}
