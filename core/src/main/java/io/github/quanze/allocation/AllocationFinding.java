package io.github.quanze.allocation;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A finding of the allocation audit (职权分解检查发现): what is wrong, for which powers, posts and officers, and on what
 * basis.
 * <p>
 * A finding is data: its issue, the powers, posts and officers concerned, and the details of its issue
 * ({@link #parameters()}); its message is rendered from them in Chinese and English ({@link #message()}), and the
 * audit builds no sentence. The details each issue carries:
 * <table>
 *   <caption>Details by issue</caption>
 *   <tr><th>issue</th><th>details</th></tr>
 *   <tr><td>UNALLOCATED, NO_APPROVER</td><td>{@code powerName} (text), {@code kind} (the
 *       {@link io.github.quanze.power.PowerKind})</td></tr>
 *   <tr><td>NO_HANDLER</td><td>{@code powerName}</td></tr>
 *   <tr><td>SPLIT_WITHOUT_LEAD</td><td>{@code powerName}, {@code postLabels} (the handling posts as reports show
 *       them, texts), {@code leads} (how many lead, a number)</td></tr>
 *   <tr><td>HANDLER_ALSO_APPROVES</td><td>{@code powerName}, {@code postLabel} (text)</td></tr>
 *   <tr><td>HANDLER_ALSO_REVIEWS</td><td>{@code powerName}, {@code postLabel}, {@code role} (the
 *       {@link PostRole} it also plays: REVIEWER or LEGAL_REVIEWER)</td></tr>
 *   <tr><td>NO_CERTIFIED_OFFICER</td><td>{@code postLabel}, {@code area} (the enforcement area, text), {@code date}
 *       (the audit day), {@code certifications} (each officer's
 *       {@link io.github.quanze.organization.Certification}, empty for a vacant post)</td></tr>
 *   <tr><td>FEWER_THAN_TWO_CERTIFIED</td><td>{@code postLabel}, {@code area}, {@code date}</td></tr>
 *   <tr><td>FOREIGN_POST</td><td>{@code postLabel}, {@code postAgency} (the post's agency), {@code agency} (the
 *       table's agency)</td></tr>
 *   <tr><td>UNKNOWN_POWER</td><td>{@code catalogue} (the catalogue's name), {@code postLabels}</td></tr>
 *   <tr><td>UNKNOWN_POST</td><td>none</td></tr>
 *   <tr><td>CHECK_FAILED</td><td>{@code check} (the rule id), {@code checkTitle} (its title in both languages),
 *       {@code error} (what it threw)</td></tr>
 * </table>
 * Every issue but CHECK_FAILED concerns at least one power, and those about a post at least one post.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param issue  what the finding is about, not null
 * @param powers  the powers concerned, in code order, not null
 * @param posts  the posts concerned, in identifier order, not null
 * @param officers  the officers concerned, such as those at a post without a certified officer, in identifier order,
 *        not null
 * @param parameters  the details of its issue, as listed above, not null
 * @param basis  the provisions the finding rests on, not null
 */
public record AllocationFinding(AllocationIssue issue, List<PowerCode> powers, List<PostId> posts,
        List<OfficerId> officers, Parameters parameters, LegalBasis basis)
        implements Finding, Comparable<AllocationFinding> {

    private static final Comparator<AllocationFinding> ORDER = Comparator
            .comparing(AllocationFinding::issue)
            .thenComparing(f -> f.powers, AllocationFinding::compareLists)
            .thenComparing(f -> f.posts, AllocationFinding::compareLists)
            .thenComparing(f -> f.officers, AllocationFinding::compareLists)
            // rendered only for findings equal so far, such as one post reviewing and legally reviewing a power
            .thenComparing(f -> f.message().zh());

    /**
     * Creates a finding, sorting its powers, posts and officers.
     *
     * @param issue  what the finding is about, not null
     * @param powers  the powers concerned, in code order, not null
     * @param posts  the posts concerned, in identifier order, not null
     * @param officers  the officers concerned, such as those at a post without a certified officer, in identifier
     *         order, not null
     * @param parameters  the details of its issue, as listed above, not null
     * @param basis  the provisions the finding rests on, not null
     * @throws IllegalArgumentException if a detail its issue needs is missing or of the wrong type, or it lacks the
     *         power or post its issue concerns
     */
    public AllocationFinding {
        Objects.requireNonNull(issue, "issue");
        powers = Lists.sortedCopyOf("powers", powers);
        posts = Lists.sortedCopyOf("posts", posts);
        officers = Lists.sortedCopyOf("officers", officers);
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(basis, "basis");
        AllocationMessages.check(issue, powers, posts, parameters);
    }

    /**
     * Obtains a finding that concerns no officer.
     *
     * @param issue  what the finding is about, not null
     * @param powers  the powers concerned, not null
     * @param posts  the posts concerned, not null
     * @param parameters  the details of its issue, not null
     * @param basis  the provisions the finding rests on, not null
     * @return the finding, not null
     * @throws IllegalArgumentException as the constructor
     */
    public static AllocationFinding of(AllocationIssue issue, List<PowerCode> powers, List<PostId> posts,
            Parameters parameters, LegalBasis basis) {
        return new AllocationFinding(issue, powers, posts, List.of(), parameters, basis);
    }

    @Override
    public String code() {
        return issue.code();
    }

    @Override
    public Severity severity() {
        return issue.severity();
    }

    /**
     * Returns the message, rendered from the issue, the powers, posts and officers, and the details.
     *
     * @return the message in Chinese and English, not null
     */
    @Override
    public BilingualText message() {
        return AllocationMessages.message(this);
    }

    /** Orders findings by issue, then powers, then posts, then officers, then message. */
    @Override
    public int compareTo(AllocationFinding other) {
        return ORDER.compare(this, other);
    }

    private static <T extends Comparable<? super T>> int compareLists(List<T> a, List<T> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
