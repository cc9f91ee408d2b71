package io.github.quanze.sanction;

import com.google.common.collect.ImmutableSortedSet;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sanction as decided (处理结果): one or more measures that apply together, such as 调离执法岗位 with a 记大过, or
 * none at all.
 * <p>
 * A sanction holds at most one governmental sanction (政务处分): when several are due, the heaviest is executed
 * (公职人员政务处分法 Art 15), which {@link #combine} applies. {@link #HEAVIER} orders sanctions: the one whose
 * heaviest measure is heavier is heavier, then the next measure decides, then the one with more measures. The two
 * referrals ({@link SanctionKind#REFERRAL_SUPERVISORY}, {@link SanctionKind#REFERRAL_JUDICIAL}) weigh the same, so
 * that where a case is referred never decides which of two rule versions is lighter.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Sanction {

    /** Orders sanctions from lighter to heavier, as described in the class documentation. */
    public static final Comparator<Sanction> HEAVIER = Sanction::compare;

    private static final Sanction NONE = new Sanction(EnumSet.noneOf(SanctionKind.class));

    private final Set<SanctionKind> kinds;
    /** The kinds from heaviest to lightest, for comparison. */
    private final SanctionKind[] descending;

    private Sanction(EnumSet<SanctionKind> kinds) {
        this.kinds = ImmutableSortedSet.copyOf(kinds);
        this.descending = kinds.toArray(new SanctionKind[0]);
        for (int i = 0, j = descending.length - 1; i < j; i++, j--) {
            SanctionKind swap = descending[i];
            descending[i] = descending[j];
            descending[j] = swap;
        }
    }

    /**
     * Returns the sanction of no measure at all (不予追究).
     *
     * @return the empty sanction, not null
     */
    public static Sanction none() {
        return NONE;
    }

    /**
     * Obtains a sanction of one or more measures; of several governmental sanctions, only the heaviest is kept.
     *
     * @param first  a measure, not null
     * @param more  further measures, not null
     * @return the sanction, not null
     * @throws NullPointerException if a measure is null, with a message saying which
     */
    public static Sanction of(SanctionKind first, SanctionKind... more) {
        Objects.requireNonNull(first, "Sanction.of: the first kind must not be null");
        Objects.requireNonNull(more, "Sanction.of: the further kinds must not be null");
        for (int i = 0; i < more.length; i++) {
            Objects.requireNonNull(more[i], "Sanction.of: further kind " + (i + 1) + " must not be null");
        }
        EnumSet<SanctionKind> kinds = EnumSet.of(first, more);
        return new Sanction(keepHeaviestGovernmental(kinds));
    }

    /**
     * Combines sanctions: every measure of each, and of their governmental sanctions only the heaviest
     * (公职人员政务处分法 Art 15). The aggregation of the sanction tables under {@link io.github.quanze.rule.HitPolicy#COLLECT}.
     *
     * @param sanctions  the sanctions, not null
     * @return the combined sanction, not null
     */
    public static Sanction combine(List<Sanction> sanctions) {
        if (sanctions.size() == 1) {
            return sanctions.get(0);
        }
        EnumSet<SanctionKind> kinds = EnumSet.noneOf(SanctionKind.class);
        sanctions.forEach(s -> kinds.addAll(s.kinds));
        return kinds.isEmpty() ? NONE : new Sanction(keepHeaviestGovernmental(kinds));
    }

    private static EnumSet<SanctionKind> keepHeaviestGovernmental(EnumSet<SanctionKind> kinds) {
        SanctionKind heaviest = null;
        for (SanctionKind kind : kinds) {
            if (kind.group() == SanctionKind.Group.GOVERNMENTAL_SANCTION) {
                heaviest = kind;
            }
        }
        if (heaviest != null) {
            kinds.removeIf(k -> k.group() == SanctionKind.Group.GOVERNMENTAL_SANCTION);
            kinds.add(heaviest);
        }
        return kinds;
    }

    /**
     * Returns the measures, lightest first.
     *
     * @return the kinds, not null
     */
    public Set<SanctionKind> kinds() {
        return kinds;
    }

    /**
     * Checks whether no measure is imposed.
     *
     * @return true for the empty sanction
     */
    public boolean isNone() {
        return kinds.isEmpty();
    }

    /**
     * Returns the heaviest measure.
     *
     * @return the heaviest kind, empty for no sanction, not null
     */
    public Optional<SanctionKind> heaviest() {
        return descending.length == 0 ? Optional.empty() : Optional.of(descending[0]);
    }

    /**
     * Returns the governmental sanction (政务处分), if any.
     *
     * @return the governmental sanction, not null
     */
    public Optional<SanctionKind> governmental() {
        return kinds.stream().filter(k -> k.group() == SanctionKind.Group.GOVERNMENTAL_SANCTION).findFirst();
    }

    /**
     * Checks whether this sanction includes a measure.
     *
     * @param kind  the measure, not null
     * @return true if included
     */
    public boolean includes(SanctionKind kind) {
        return kinds.contains(kind);
    }

    /**
     * Describes the sanction: 记大过（处分期18个月）、调离执法岗位, heaviest first, or 不予追究责任.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        if (kinds.isEmpty()) {
            return BilingualText.of("不予追究责任", "no sanction");
        }
        List<BilingualText> parts = new ArrayList<>();
        Arrays.stream(descending).forEach(k -> parts.add(k.describe()));
        return BilingualText.of(parts.stream().map(BilingualText::zh).collect(Collectors.joining("、")),
                parts.stream().map(BilingualText::en).collect(Collectors.joining(", ")));
    }

    private static int compare(Sanction a, Sanction b) {
        for (int i = 0; i < Math.min(a.descending.length, b.descending.length); i++) {
            int c = Integer.compare(a.descending[i].weight(), b.descending[i].weight());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.descending.length, b.descending.length);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Sanction other && kinds.equals(other.kinds);
    }

    @Override
    public int hashCode() {
        return kinds.hashCode();
    }

    /** Returns the Chinese description. */
    @Override
    public String toString() {
        return describe().zh();
    }
}
