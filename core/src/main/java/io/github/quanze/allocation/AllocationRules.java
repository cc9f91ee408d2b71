package io.github.quanze.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.rule.Check;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The checks of the allocation audit (职权分解检查规则), one per {@link AllocationIssue} found in the data (every issue
 * but {@link AllocationIssue#CHECK_FAILED}), as checks on the rule API.
 * <p>
 * Each check has the stable id of its issue ({@code ALLOCATION.UNALLOCATED} …), a bilingual title and the
 * provisions it rests on. {@link AllocationAudit} runs {@link #defaults()}; an agency adds its own checks over an
 * {@link AllocationContext}, or leaves some out, and runs them with {@link AllocationAudit#run(AllocationContext,
 * List)}.
 */
public final class AllocationRules {

    private static final List<Check<AllocationContext, AllocationFinding>> DEFAULTS = Arrays
            .stream(AllocationIssue.values()).filter(issue -> issue != AllocationIssue.CHECK_FAILED)
            .map(AllocationRules::check).collect(ImmutableList.toImmutableList());

    private AllocationRules() {}

    /**
     * Returns every built-in check, in the order of {@link AllocationIssue}, one for each issue but
     * {@link AllocationIssue#CHECK_FAILED}.
     *
     * @return the checks, not null
     */
    public static List<Check<AllocationContext, AllocationFinding>> defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the built-in check of one issue.
     * <p>
     * The check reads its findings from the pass its context shares with the other built-in checks, and returns
     * them as an immutable list.
     *
     * @param issue  the issue, not {@link AllocationIssue#CHECK_FAILED}, not null
     * @return the check, not null
     * @throws IllegalArgumentException if the issue is {@link AllocationIssue#CHECK_FAILED}, which reports a check
     *         that failed and has no check of its own
     */
    public static Check<AllocationContext, AllocationFinding> check(AllocationIssue issue) {
        Objects.requireNonNull(issue, "issue");
        checkArgument(issue != AllocationIssue.CHECK_FAILED,
                "Issue %s has no built-in check: it reports a check that failed while the audit ran", issue);
        RuleRef ref = new RuleRef(RuleId.of(issue.code()), issue.label(), AllocationBases.of(issue));
        return new Check<>() {
            @Override
            public RuleRef ref() {
                return ref;
            }

            @Override
            public List<AllocationFinding> check(AllocationContext context) {
                return Objects.requireNonNull(context, "context").findings(issue);
            }

            @Override
            public String toString() {
                return "Check{" + ref.id() + "}";
            }
        };
    }
}
