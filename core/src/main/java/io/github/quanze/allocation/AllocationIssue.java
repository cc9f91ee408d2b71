package io.github.quanze.allocation;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.rule.Severity;

/**
 * What an {@link AllocationFinding} is about (职权分解问题), with the severity the audit gives it.
 */
public enum AllocationIssue implements Labelled {
    /** 遗漏: a power of the catalogue is allocated to no post. */
    UNALLOCATED("职权未分解到岗（遗漏）", "power not allocated", Severity.ERROR),
    /** 无承办岗位: a power is allocated, but no post handles it. */
    NO_HANDLER("职权无承办岗位", "no handling post", Severity.ERROR),
    /** 交叉重复: several posts handle a power and none, or more than one, leads. */
    SPLIT_WITHOUT_LEAD("多个岗位承办而无唯一主办（交叉重复）", "handling split with no single lead", Severity.WARNING),
    /** 审查与决定未分离: the same post handles (investigates) and approves (decides) a power. */
    HANDLER_ALSO_APPROVES("同一岗位既承办又批准（审查与决定未分离）", "same post handles and approves", Severity.ERROR),
    /** 承办与审核未分离: the same post handles a power and reviews its own work. */
    HANDLER_ALSO_REVIEWS("同一岗位既承办又审核", "same post handles and reviews", Severity.WARNING),
    /** 无批准岗位: a penalty or coercive power has no post of the agency head to decide or approve it. */
    NO_APPROVER("处罚或者强制职权无负责人批准岗位", "no approving post", Severity.ERROR),
    /** 无持证人员: a post handles powers of an area and none of its officers is certified for it. */
    NO_CERTIFIED_OFFICER("承办岗位无持有效执法证人员", "no certified officer at the post", Severity.ERROR),
    /** 持证人员不足两人: a post handles penalties or coercive measures with a single certified officer. */
    FEWER_THAN_TWO_CERTIFIED("承办岗位持证人员不足两人", "fewer than two certified officers", Severity.WARNING),
    /** 其他主体岗位: a power is allocated to a post of another agency. */
    FOREIGN_POST("职权分解到其他执法主体的岗位", "post of another agency", Severity.ERROR),
    /** 清单外职权: the table allocates a power the catalogue does not hold. */
    UNKNOWN_POWER("分解了权责清单以外的职权", "power not in the catalogue", Severity.ERROR),
    /** 未知岗位: the table allocates to a post the organization does not have. */
    UNKNOWN_POST("分解到不存在的岗位", "post not in the organization", Severity.ERROR),
    /**
     * 检查规则执行失败: a check threw while the audit ran, so the report may lack its findings. Not a finding about
     * the data: no built-in check has this issue, and the message names the check and the error.
     */
    CHECK_FAILED("检查规则执行失败", "check failed", Severity.ERROR);

    private final BilingualText label;
    private final String code = "ALLOCATION." + name();
    private final Severity severity;

    AllocationIssue(String zh, String en, Severity severity) {
        this.label = BilingualText.of(zh, en);
        this.severity = severity;
    }

    /**
     * Returns the stable machine code of findings of this issue, such as {@code ALLOCATION.UNALLOCATED}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name of the issue in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the severity of findings of this issue.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }
}
