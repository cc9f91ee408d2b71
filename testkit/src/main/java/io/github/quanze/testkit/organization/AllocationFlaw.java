package io.github.quanze.testkit.organization;

import io.github.quanze.allocation.AllocationIssue;

/**
 * A flaw (缺陷) that can be planted in a lawful allocation table, each found by the allocation audit as exactly one
 * finding of its {@link #issue()}.
 */
public enum AllocationFlaw {

    /** One power allocated to no post (遗漏). */
    UNALLOCATED(AllocationIssue.UNALLOCATED),
    /** One power with reviewing and approving posts but no handler. */
    NO_HANDLER(AllocationIssue.NO_HANDLER),
    /** One power handled by two posts, neither of them the lead (交叉重复). */
    SPLIT_WITHOUT_LEAD(AllocationIssue.SPLIT_WITHOUT_LEAD),
    /** One power's handling post also approves it (审查与决定未分离). */
    HANDLER_ALSO_APPROVES(AllocationIssue.HANDLER_ALSO_APPROVES),
    /** One power's handling post also reviews it. */
    HANDLER_ALSO_REVIEWS(AllocationIssue.HANDLER_ALSO_REVIEWS),
    /** One penalty power with no approving post. */
    NO_APPROVER(AllocationIssue.NO_APPROVER),
    /** One power handled at a post whose only officer holds no valid certificate. */
    NO_CERTIFIED_OFFICER(AllocationIssue.NO_CERTIFIED_OFFICER),
    /** One penalty power handled at a post with one certified officer. */
    FEWER_THAN_TWO_CERTIFIED(AllocationIssue.FEWER_THAN_TWO_CERTIFIED),
    /** One power reviewed at a post of another agency. */
    FOREIGN_POST(AllocationIssue.FOREIGN_POST),
    /** One allocation of a power the catalogue does not list. */
    UNKNOWN_POWER(AllocationIssue.UNKNOWN_POWER),
    /** One power reviewed at a post the organization does not have. */
    UNKNOWN_POST(AllocationIssue.UNKNOWN_POST);

    private final AllocationIssue issue;

    AllocationFlaw(AllocationIssue issue) {
        this.issue = issue;
    }

    /**
     * Returns the issue the audit reports for this flaw.
     *
     * @return the issue, not null
     */
    public AllocationIssue issue() {
        return issue;
    }
}
