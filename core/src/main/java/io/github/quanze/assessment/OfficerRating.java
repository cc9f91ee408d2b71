package io.github.quanze.assessment;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * An officer's annual enforcement rating (年度执法考核等次), best first: 优秀, 合格 (称职), 基本合格, 不合格.
 * <p>
 * The four grades follow the implementing opinions of 国办发〔2005〕37号, which rate officers in the annual
 * enforcement appraisal (年度评议考核) and tie the lower two to consequences (an implementing opinion read at
 * fymate.net lar/168785: "对在年度评议考核中被定为基本合格和不合格的行政执法人员，不得在公务员考核中评定为优秀；连续2年
 * 确定为不合格的，要取消执法资格或者调离执法岗位"). They parallel the four grades of the civil-service appraisal
 * (公务员法 Art 38: 优秀、称职、基本称职、不称职), which is a separate appraisal: this rating feeds it, it does not
 * replace it. Which facts give which grade is the interpretation of {@link OfficerAppraisals#defaultRatingTable()}.
 */
public enum OfficerRating implements Labelled {
    /** 优秀: no fault and every reviewed case file 优秀. */
    EXCELLENT("优秀", "excellent"),
    /** 合格 (称职): the default grade. */
    COMPETENT("合格", "competent"),
    /** 基本合格: bars an excellent civil-service rating and calls for a yellow card. */
    BASIC("基本合格", "basically competent"),
    /** 不合格: as 基本合格; two years in a row call for 取消执法资格 or 调离执法岗位 and a red card. */
    INCOMPETENT("不合格", "incompetent");

    private final BilingualText label;

    OfficerRating(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the grade in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Checks whether this rating is better than another.
     *
     * @param other  the other rating, not null
     * @return true if this rating is better
     */
    public boolean isBetterThan(OfficerRating other) {
        return ordinal() < other.ordinal();
    }

    /**
     * Checks whether this rating bars the officer from an excellent (优秀) civil-service rating of the year: 基本合格
     * and 不合格 do (the implementing opinion quoted above; interpretation of 国办发〔2005〕37号).
     *
     * @return true for BASIC and INCOMPETENT
     */
    public boolean barsExcellentCivilServiceRating() {
        return this == BASIC || this == INCOMPETENT;
    }
}
