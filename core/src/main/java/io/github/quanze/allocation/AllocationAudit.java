package io.github.quanze.allocation;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.rule.Check;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.RuleFailure;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.RuleSet;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The allocation audit (职权分解检查): checks an agency's allocation table against its power catalogue and its
 * organization on a day, with the checks of {@link AllocationRules} run on the rule API.
 * <p>
 * The built-in checks find:
 * <ul>
 *   <li>{@link AllocationIssue#UNALLOCATED}: a power of the catalogue with no allocation at all (遗漏);</li>
 *   <li>{@link AllocationIssue#NO_HANDLER}: a power allocated only for review or approval;</li>
 *   <li>{@link AllocationIssue#SPLIT_WITHOUT_LEAD}: several handling posts and not exactly one lead (交叉重复);</li>
 *   <li>{@link AllocationIssue#HANDLER_ALSO_APPROVES}: one post investigates and decides (审查与决定分离);</li>
 *   <li>{@link AllocationIssue#HANDLER_ALSO_REVIEWS}: one post reviews its own handling;</li>
 *   <li>{@link AllocationIssue#NO_APPROVER}: a penalty or coercive power with no approving post;</li>
 *   <li>{@link AllocationIssue#NO_CERTIFIED_OFFICER}: a handling post with no officer certified, on the audit day,
 *       for the enforcement area of its powers;</li>
 *   <li>{@link AllocationIssue#FEWER_THAN_TWO_CERTIFIED}: a post handling penalties or coercive measures with a
 *       single certified officer, where the statutes require two;</li>
 *   <li>{@link AllocationIssue#FOREIGN_POST}, {@link AllocationIssue#UNKNOWN_POWER},
 *       {@link AllocationIssue#UNKNOWN_POST}: allocations that point outside the agency, the catalogue or the
 *       organization.</li>
 * </ul>
 * A check that throws, such as an agency's own, does not stop the audit: the report holds an
 * {@link AllocationIssue#CHECK_FAILED} finding naming it, and the findings of the other checks.
 * The audit reads only its arguments and the day given; it holds no state and may run on many threads at once. It
 * walks the catalogue and the table once, side by side in code order, so its cost grows with the number of powers,
 * allocations and officers (BENCHMARKS.md gives measured figures).
 */
public final class AllocationAudit {

    /** The name of the built-in rule set, as decisions show it. */
    public static final String RULE_SET = "职权分解检查";

    private static final RuleSet<AllocationContext, List<AllocationFinding>> DEFAULT_RULES =
            RuleSet.ofChecks(RULE_SET, AllocationRules.defaults());

    private AllocationAudit() {}

    /**
     * Audits an allocation table on a day with the built-in checks.
     *
     * @param catalogue  the agency's power catalogue, not null
     * @param organization  the organization holding the agency's posts and officers, not null
     * @param table  the agency's allocation table, not null
     * @param date  the day to audit, against which certificates are checked, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the catalogue and the table are of different agencies
     */
    public static AllocationReport run(PowerCatalogue catalogue, Organization organization, AllocationTable table,
            LocalDate date) {
        return report(AllocationContext.of(catalogue, organization, table, date), DEFAULT_RULES);
    }

    /**
     * Audits with a chosen set of checks: the built-in ones, some of them, or an agency's own besides.
     *
     * @param context  what to audit, not null
     * @param checks  the checks, each with a distinct id, not null
     * @return the report, with an {@link AllocationIssue#CHECK_FAILED} finding for each check that threw, not null
     * @throws IllegalArgumentException if two checks share an id
     */
    public static AllocationReport run(AllocationContext context,
            List<? extends Check<AllocationContext, AllocationFinding>> checks) {
        Objects.requireNonNull(context, "context");
        return report(context, RuleSet.ofChecks(RULE_SET, Lists.copyOf("checks", checks)));
    }

    private static AllocationReport report(AllocationContext context,
            RuleSet<AllocationContext, List<AllocationFinding>> rules) {
        Decision<List<AllocationFinding>> decision = rules.decide(context);
        List<AllocationFinding> findings = decision.outcome().orElse(List.of());
        if (decision.hasFailures()) {
            List<AllocationFinding> all = new ArrayList<>(findings);
            decision.failures().forEach(failure -> all.add(checkFailed(failure)));
            findings = all;
        }
        return new AllocationReport(context.date(), findings);
    }

    /** The finding of a check that threw: the report lacks what it would have found. */
    private static AllocationFinding checkFailed(RuleFailure failure) {
        RuleRef check = failure.rule();
        Parameters details = Parameters.builder().put("check", check.id().value()).put("checkTitle", check.title())
                .put("error", failure.error()).build();
        // a check supplied by the caller may cite something other than provisions of law
        LegalBasis basis = failure.basis() instanceof LegalBasis legal ? legal : AllocationBases.OPINIONS;
        return AllocationFinding.of(AllocationIssue.CHECK_FAILED, List.of(), List.of(), details, basis);
    }
}
