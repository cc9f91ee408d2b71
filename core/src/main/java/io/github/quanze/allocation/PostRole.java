package io.github.quanze.allocation;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The part a post plays in exercising a power (岗位角色).
 * <p>
 * The chain of handler, reviewer and approver is the one the responsibility measures use to apportion fault
 * (承办人、审核人、批准人); the legal reviewer performs 法制审核 (行政处罚法 Art 58).
 */
public enum PostRole implements Labelled {
    /** 承办: investigates or examines and drafts the decision. */
    HANDLER("承办", "handle"),
    /** 审核: the unit head reviews the handler's draft. */
    REVIEWER("审核", "review"),
    /** 法制审核: the legal affairs post reviews legality before a decision. */
    LEGAL_REVIEWER("法制审核", "legality review"),
    /** 批准: the agency head decides or approves. */
    APPROVER("批准", "approve");

    private final BilingualText label;

    PostRole(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of this role in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
