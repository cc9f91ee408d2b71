package io.github.quanze.discretion;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * A statutory ground of a penalty ruling (裁量理由) in 行政处罚法, with the provision that states it: why no penalty is
 * given, why the penalty is mitigated, which edition applies.
 */
public enum RulingGround implements Labelled {
    /** Art 36: the act was not discovered within the limitation; 不再给予行政处罚. */
    TIME_BARRED("违法行为在追责时效内未被发现", "the act was not discovered within the limitation", 36, 1),
    /** Art 30: under 14 at the act; 不予行政处罚, 责令监护人加以管教. */
    UNDER_FOURTEEN("不满十四周岁的未成年人有违法行为", "the party was under fourteen", 30, 0),
    /** Art 31: unable to understand or control the act; 不予行政处罚. */
    NO_CAPACITY("精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为",
            "the party could not understand or control the act", 31, 0),
    /** Art 33 para 1, first sentence: 违法行为轻微并及时改正，没有造成危害后果. */
    MINOR_AND_CORRECTED("违法行为轻微并及时改正，没有造成危害后果", "a minor act corrected in time without harm", 33, 1),
    /** Art 33 para 1, second sentence, on the standard's list: 初次违法且危害后果轻微并及时改正. */
    FIRST_OFFENCE("初次违法且危害后果轻微并及时改正，列入首违不罚清单",
            "a first offence with slight harm, corrected in time, on the list of first offences not punished", 33, 1),
    /**
     * Art 33 para 2: 当事人有证据足以证明没有主观过错; its proviso, 法律、行政法规另有规定的，从其规定, is for the caller
     * to apply by not declaring the ground (the 说理 says so, as our interpretation).
     */
    NO_FAULT("当事人有证据足以证明没有主观过错", "the party proved it had no subjective fault", 33, 2),
    /** Art 30: aged 14 to 17 at the act; 应当从轻或者减轻. */
    MINOR_AGE("已满十四周岁不满十八周岁的未成年人有违法行为", "the party was aged fourteen to seventeen", 30, 0),
    /** Art 31: diminished capacity; 可以从轻或者减轻. */
    DIMINISHED_CAPACITY("尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为",
            "the party's capacity was diminished but not lost", 31, 0),
    /** Art 32: a ground of items (一) to (五); 应当从轻或者减轻. */
    MITIGATING_GROUND("有应当从轻或者减轻行政处罚的情形", "a ground on which the penalty must be lighter or mitigated",
            32, 0),
    /** Art 37: the law at the decision is lighter, so it applies. */
    LIGHTER_LAW("作出处罚决定时的规定处罚较轻", "the rules in force at the decision are lighter", 37, 0),
    /** Art 37: the law at the decision no longer makes the act an offence. */
    NO_LONGER_AN_OFFENCE("作出处罚决定时的规定不认为是违法", "the rules in force at the decision no longer make it an "
            + "offence", 37, 0);

    private final BilingualText label;
    private final LegalBasis basis;

    RulingGround(String zh, String en, int article, int paragraph) {
        this.label = BilingualText.of(zh, en);
        this.basis = LegalBasis.of(paragraph == 0 ? Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, article)
                : Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, article, paragraph));
    }

    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the provision of 行政处罚法 that states the ground.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }
}
