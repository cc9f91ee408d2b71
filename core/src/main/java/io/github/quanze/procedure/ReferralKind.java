package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * 移送种类: to whom a suspected crime found in a case goes.
 */
public enum ReferralKind implements Labelled {
    /**
     * 涉嫌犯罪案件移送公安机关 (行政执法机关移送涉嫌犯罪案件的规定 Art 3; 行政处罚法 Art 27, 57 第一款 item (4)): the
     * referral procedure of Arts 5-13 applies, with its three days to approve and twenty-four hours to transfer.
     */
    PUBLIC_SECURITY("移送公安机关", "referral to the public security organ"),
    /**
     * 职务犯罪案件线索移送监察机关或者人民检察院 (Art 19): a public official suspected of 贪污贿赂、失职渎职 or of
     * infringing rights by abuse of office. Art 19 says only 及时: no three-day or twenty-four-hour rule applies, and
     * not referring is reported when the case is closed.
     */
    SUPERVISORY("职务犯罪线索移送监察机关或者人民检察院", "referral of a duty-crime lead to the supervisory commission or "
            + "the procuratorate");

    private final BilingualText label;

    ReferralKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the kind in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
