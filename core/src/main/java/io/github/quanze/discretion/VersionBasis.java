package io.github.quanze.discretion;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * Which rules a penalty ruling applies, and why (从旧兼从轻, 行政处罚法 Art 37): the rules at the act, unless those
 * at the decision are lighter or no longer make the act an offence. Statute and standard are compared together,
 * since a standard grades the items of the statute's edition it was written for.
 */
public enum VersionBasis implements Labelled {
    /** The same standard, or none, is in force at the act and at the decision. */
    UNCHANGED("违法行为发生时与作出处罚决定时适用同一规定", "the same rules are in force at the act and at the decision"),
    /** The rules changed, and those at the decision are not lighter: the rules at the act apply. */
    AT_ACT("作出处罚决定时的规定处罚不轻于违法行为发生时的规定，适用违法行为发生时的规定",
            "the rules at the decision are not lighter, so the rules at the act apply"),
    /** The rules at the decision are lighter and apply. */
    LIGHTER_AT_DECISION("作出处罚决定时的规定处罚较轻，适用新的规定", "the rules at the decision are lighter and apply"),
    /**
     * The rules at the decision no longer make the act an offence: taken, as our interpretation, to be so only when
     * every provision the item breaches and every provision punishing it is out of force on the day of the decision
     * and no standard then in force grades the item; a new edition of a provision does not count. The reasoning says
     * so.
     */
    NOT_AN_OFFENCE_AT_DECISION("作出处罚决定时的规定不认为是违法", "the rules at the decision no longer make it an offence");

    private final BilingualText label;

    VersionBasis(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    @Override
    public BilingualText label() {
        return label;
    }
}
