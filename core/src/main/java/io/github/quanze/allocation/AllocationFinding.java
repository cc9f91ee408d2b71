package io.github.quanze.allocation;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A finding of the allocation audit (职权分解检查发现): what is wrong, for which powers and posts, and on what basis.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param issue  what the finding is about, not null
 * @param powers  the powers concerned, in code order, not null
 * @param posts  the posts concerned, in identifier order, not null
 * @param message  the message in Chinese and English, not null
 * @param basis  the provisions the finding rests on, not null
 */
public record AllocationFinding(AllocationIssue issue, List<PowerCode> powers, List<PostId> posts,
        BilingualText message, LegalBasis basis) implements Finding, Comparable<AllocationFinding> {

    private static final Comparator<AllocationFinding> ORDER = Comparator
            .comparing(AllocationFinding::issue)
            .thenComparing(f -> f.powers, AllocationFinding::compareLists)
            .thenComparing(f -> f.posts, AllocationFinding::compareLists)
            .thenComparing(f -> f.message.zh());

    /** Creates a finding, sorting its powers and posts. */
    public AllocationFinding {
        Objects.requireNonNull(issue, "issue");
        powers = Lists.sortedCopyOf("powers", powers);
        posts = Lists.sortedCopyOf("posts", posts);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
    }

    @Override
    public String code() {
        return issue.code();
    }

    @Override
    public Severity severity() {
        return issue.severity();
    }

    /** Orders findings by issue, then powers, then posts, then message. */
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
