package io.github.quanze.sanction;

import io.github.quanze.text.BilingualText;

/**
 * What the national sanction tables add to the statutes, as each row's decision text states it (解释): the default
 * combinations of measures, the local measures' rules the tables adopt, and how they read the statutes' 情节.
 */
final class SanctionNotes {

    /** What the default rows add to the statutes. */
    static final BilingualText DEFAULT_ROW = BilingualText.of("解释：本行处理方式的组合及其与过错等级、责任形式的对应为"
            + "本库默认，参照地方行政执法过错责任追究办法的分级；国办发〔2005〕37号只列举处理方式，处分条例、政务处分法只规定"
            + "处分的档次", "interpretation: the combination of measures and its match to the tier of fault and the "
            + "responsibility are the library's default, after the tiers of the local fault-accountability measures; "
            + "Guobanfa [2005] No. 37 only lists the measures, and the sanctions statutes only the ranges of sanctions");
    static final BilingualText REPEATED_NOTE = BilingualText.of("解释：一年内三次以上过错从重，出自地方行政执法"
            + "过错责任追究办法的常见规定，本库默认采用；政务处分法第十三条、处分条例第十二条均未列此情形",
            "interpretation: three or more faults within 12 months aggravating is a common provision of local "
            + "fault-accountability measures that the library adopts; neither Art 13 of the Governmental Sanctions Law "
            + "nor Art 12 of the 2007 Regulation lists it");
    static final BilingualText LADDER_NOTE = BilingualText.of("解释：以过错的危害后果衡量政务处分法第三十九条的"
            + "“造成不良后果或者影响”“情节较重”“情节严重”（未造成危害后果、后果轻微、较大损失或者不良影响、重大损失或者"
            + "恶劣影响）为本库默认", "interpretation: reading Art 39's 'bad consequences or influence', 'serious "
            + "circumstances' and 'grave circumstances' on the fault's consequence (none, minor, serious, grave) is the "
            + "library's default");
    static final BilingualText NONE_NOTE = BilingualText.of("解释：责任划分认定为不承担责任的人员，没有给予处分的"
            + "法定事由，不予追究", "interpretation: a person the apportionment finds not responsible has no statutory "
            + "ground for a sanction and is not held to account");
    static final BilingualText DUTY_NOTE = BilingualText.of("解释：尽职免责的条件（依规定程序履职，规则不明或者"
            + "相对人弄虚作假，未谋取私利）为本库默认，取各地尽职免责办法的共同条件；市场监督管理行政执法责任制规定第三条只确立"
            + "“尽职免责”的原则", "interpretation: the conditions of the exemption for a duty duly performed are the "
            + "library's default, those local measures share; Art 3 of the SAMR rule states only the principle");
    static final BilingualText AGENCY_NOTE = BilingualText.of("解释：逾期不改正或者情况严重的给予通报批评、取消评比"
            + "先进资格，以及与过错等级的对应，为本库默认，参照《河南省行政执法条例》第四十四条等地方性法规；国办发〔2005〕37号"
            + "列举处理方式", "interpretation: public reprimand and loss of award eligibility for a failure to correct in "
            + "time or a serious case, and their match to the tier of fault, are the library's default after local "
            + "regulations such as Art 44 of the Henan Administrative Enforcement Regulation; Guobanfa [2005] No. 37 lists "
            + "the measures");
    static final BilingualText LATE_REFERRAL_NOTE = BilingualText.of("解释：第十六条规定“记过以上的处分”，有从重"
            + "情节的给予记大过为本库默认；对2020年8月7日修订前的行为适用本条亦属解释",
            "interpretation: Art 16 provides a demerit or more; a major demerit where an aggravating circumstance is "
            + "found is the library's default; applying the article to acts before its revision of 2020-08-07 is an "
            + "interpretation too");
    static final BilingualText REFUSED_NOTE = BilingualText.of("解释：行政处罚法第八十二条规定“依法给予处分”，"
            + "本库按本规定第十六条第二款，于拒不改正时给予记过以上的处分；对2020年8月7日修订前的行为适用本条亦属解释",
            "interpretation: Art 82 of the Administrative Penalty Law provides a sanction 'according to law'; the "
            + "library reads it with Art 16(2), a demerit or more once the agency refuses to correct; applying the article "
            + "to acts before its revision of 2020-08-07 is an interpretation too");

    static final BilingualText ITEMS_NOTE = BilingualText.of("解释：第十五条规定“降级以上的处分”，有从重情节的给予撤职为本库"
            + "默认；直接负责的主管人员和其他直接责任人员“比照”正职负责人处分",
            "interpretation: Art 15 provides a demotion or more; dismissal from post where an aggravating circumstance "
            + "is found is the library's default; those directly responsible are sanctioned alike");

    /** Two notes, one after the other. */
    static BilingualText join(BilingualText first, BilingualText second) {
        return BilingualText.of(first.zh() + "；" + second.zh(), first.en() + "; " + second.en());
    }

    private SanctionNotes() {}
}
