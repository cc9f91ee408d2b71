package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * An activity whose time a statute excludes from a time limit (不计入期限的期间), such as the 听证、招标、拍卖、检验、
 * 检测、检疫、鉴定和专家评审 of 行政许可法 Art 45 or the 检测、检验、检疫、技术鉴定 of 行政强制法 Art 25 第三款. A
 * procedure declares which it allows, with their provisions ({@link Exclusion}); a case records each as a
 * {@link CaseEvent.Suspended} and {@link CaseEvent.Resumed} pair.
 */
public enum ExcludedActivity implements Labelled {
    /** 听证. */
    HEARING("听证", "hearing"),
    /** 招标. */
    TENDER("招标", "tender"),
    /** 拍卖. */
    AUCTION("拍卖", "auction"),
    /** 检验. */
    INSPECTION("检验", "inspection"),
    /** 检测. */
    TESTING("检测", "testing"),
    /** 检疫. */
    QUARANTINE("检疫", "quarantine"),
    /** 鉴定 or 技术鉴定. */
    APPRAISAL("鉴定", "expert appraisal"),
    /** 专家评审. */
    EXPERT_REVIEW("专家评审", "expert review"),
    /** 公告. */
    ANNOUNCEMENT("公告", "public announcement"),
    /** Another activity a law, regulation or rule excludes (法律、法规、规章规定的其他期间). */
    OTHER("其他依法不计入期限的期间", "another period a law, regulation or rule excludes");

    private final BilingualText label;

    ExcludedActivity(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the activity in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
