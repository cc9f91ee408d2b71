package io.github.quanze.procedure;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.THREE_SYSTEMS_OPINIONS;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A ground the agency found in a case (案件情形) that makes a step required: 集体讨论 under 行政处罚法 Art 57
 * 第二款, or 法制审核 under one of the four items of Art 58 第一款 (penalty cases) or because the agency's list of
 * major decisions names the case (国办发〔2018〕118号, any procedure with a legality review). The two provisions are
 * separate: a case may need one and not the other.
 * <p>
 * Which grounds a case has is the agency's finding, entered with the case ({@link CaseRecord.Builder#grounds}).
 */
public enum CaseGround implements Labelled {
    /** 情节复杂或者重大违法行为 (Art 57 第二款): the heads decide collectively (集体讨论). */
    COMPLEX_OR_SERIOUS_VIOLATION("情节复杂或者重大违法行为", "a complex case or a serious violation",
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 57, 2)),
    /** 涉及重大公共利益的 (Art 58 第一款第（一）项): 法制审核. */
    MAJOR_PUBLIC_INTEREST("涉及重大公共利益", "a major public interest is involved",
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 58, 1, 1)),
    /**
     * 直接关系当事人或者第三人重大权益，经过听证程序的 (Art 58 第一款第（二）项): 法制审核, once a hearing was held; without
     * a hearing this ground alone requires none.
     */
    MAJOR_RIGHTS_AFTER_HEARING("直接关系当事人或者第三人重大权益，经过听证程序", "major rights of the party or a third "
            + "person are directly concerned and a hearing was held", Provision.of(ADMINISTRATIVE_PENALTY_LAW, 58, 1, 2)),
    /** 案件情况疑难复杂、涉及多个法律关系的 (Art 58 第一款第（三）项): 法制审核. */
    COMPLEX_LEGAL_RELATIONS("案件情况疑难复杂、涉及多个法律关系", "the case is difficult and involves several legal "
            + "relations", Provision.of(ADMINISTRATIVE_PENALTY_LAW, 58, 1, 3)),
    /** 法律、法规规定应当进行法制审核的其他情形 (Art 58 第一款第（四）项): 法制审核. */
    REVIEW_REQUIRED_BY_LAW("法律、法规规定应当进行法制审核", "a law or regulation requires a legality review",
            Provision.of(ADMINISTRATIVE_PENALTY_LAW, 58, 1, 4)),
    /**
     * 列入本机关重大执法决定法制审核目录清单 (国办发〔2018〕118号): 法制审核, in a case of any procedure with a
     * {@link StepKind#LEGALITY_REVIEW} step (penalties, licences, coercion). The agency's finding; a list the replay
     * evaluates on the decision is {@link ReviewCatalogue}.
     */
    LISTED_FOR_REVIEW("列入重大执法决定法制审核目录清单", "listed in the agency's catalogue of major decisions for "
            + "legality review", Provision.wholeOf(THREE_SYSTEMS_OPINIONS));

    private final BilingualText label;
    private final LegalBasis basis;

    CaseGround(String zh, String en, Provision provision) {
        this.label = BilingualText.of(zh, en);
        this.basis = LegalBasis.of(provision);
    }

    /**
     * Returns the ground in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the provision that makes the ground a requirement.
     *
     * @return the legal basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Checks whether the ground requires 法制审核 (Art 58 第一款), rather than 集体讨论.
     *
     * @return true for the four grounds of Art 58 第一款 and {@link #LISTED_FOR_REVIEW}
     */
    public boolean requiresLegalityReview() {
        return this != COMPLEX_OR_SERIOUS_VIOLATION;
    }
}
