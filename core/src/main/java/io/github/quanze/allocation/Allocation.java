package io.github.quanze.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import java.util.Objects;

/**
 * One line of an allocation table (职权分解): a power, a post, and the role the post plays in it.
 * <p>
 * Where several posts handle one power, one of them should be the lead (主办): {@code lead} marks it. Only a
 * handler can lead.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param power  the power, not null
 * @param post  the post, not null
 * @param role  the role, not null
 * @param lead  whether this post leads the handling of the power
 */
public record Allocation(PowerCode power, PostId post, PostRole role, boolean lead) implements Comparable<Allocation> {

    /**
     * Creates an allocation.
     *
     * @param power  the power, not null
     * @param post  the post, not null
     * @param role  the role, not null
     * @param lead  whether this post leads the handling of the power
     * @throws IllegalArgumentException if a role other than HANDLER is marked as lead
     */
    public Allocation {
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(role, "role");
        checkArgument(!lead || role == PostRole.HANDLER,
                "Allocation of power %s to post %s: only a HANDLER can lead, but role was %s", power, post, role);
    }

    /**
     * Obtains an allocation of a post as handler, not lead.
     *
     * @param power  the power, not null
     * @param post  the post, not null
     * @return the allocation, not null
     */
    public static Allocation handler(PowerCode power, PostId post) {
        return new Allocation(power, post, PostRole.HANDLER, false);
    }

    /**
     * Obtains an allocation of a post as the lead handler (主办).
     *
     * @param power  the power, not null
     * @param post  the post, not null
     * @return the allocation, not null
     */
    public static Allocation leadHandler(PowerCode power, PostId post) {
        return new Allocation(power, post, PostRole.HANDLER, true);
    }

    /**
     * Obtains an allocation of a post in a role other than lead handler.
     *
     * @param power  the power, not null
     * @param post  the post, not null
     * @param role  the role, not null
     * @return the allocation, not null
     */
    public static Allocation of(PowerCode power, PostId post, PostRole role) {
        return new Allocation(power, post, role, false);
    }

    /** Orders allocations by power, then post, then role. */
    @Override
    public int compareTo(Allocation other) {
        int c = power.compareTo(other.power);
        if (c == 0) {
            c = post.compareTo(other.post);
        }
        return c != 0 ? c : role.compareTo(other.role);
    }
}
