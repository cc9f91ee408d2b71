package io.github.quanze.allocation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Multimaps;
import io.github.quanze.internal.Lists;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.PowerCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The allocation table of one agency (职权分解表): which posts handle, review and approve each power.
 * <p>
 * The table rejects, when built, a post named twice in the same role for one power. Everything else that can be
 * wrong with it in law (a power left out, a post of another agency) is for {@link AllocationAudit} to find.
 * Allocations are held in order of power, post and role, so the table does not depend on the order they were
 * added in.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AllocationTable {

    private final AgencyId agency;
    private final List<Allocation> allocations;
    private final ImmutableListMultimap<PowerCode, Allocation> byPower;
    private final ImmutableListMultimap<PostId, Allocation> byPost;
    private final Set<PostId> posts;
    private final List<PowerAllocations> summaries;

    private AllocationTable(AgencyId agency, List<Allocation> allocations) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.allocations = ImmutableList.sortedCopyOf(allocations);
        for (int i = 1; i < this.allocations.size(); i++) {
            Allocation previous = this.allocations.get(i - 1);
            Allocation current = this.allocations.get(i);
            if (previous.compareTo(current) == 0) { // the message is made only on failure
                throw new IllegalArgumentException(String.format(
                        "Allocation table of agency %s allocates power %s to post %s as %s twice",
                        agency, current.power(), current.post(), current.role()));
            }
        }
        this.byPower = Multimaps.index(this.allocations, Allocation::power);
        this.byPost = Multimaps.index(this.allocations, Allocation::post);
        this.posts = ImmutableSortedSet.copyOf(byPost.keySet());
        this.summaries = byPower.asMap().values().stream().map(list -> new PowerAllocations((List<Allocation>) list))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Obtains a builder for the table of one agency.
     *
     * @param agency  the agency whose powers the table decomposes, not null
     * @return a new builder, not null
     */
    public static Builder builder(AgencyId agency) {
        return new Builder(agency);
    }

    /**
     * Returns a builder holding this table's agency and allocations.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(agency);
        builder.allocations.addAll(allocations);
        return builder;
    }

    /**
     * Returns the agency whose powers the table decomposes.
     *
     * @return the agency's identifier, not null
     */
    public AgencyId agency() {
        return agency;
    }

    /**
     * Returns every allocation, in order of power, post and role.
     *
     * @return the allocations, not null
     */
    public List<Allocation> allocations() {
        return allocations;
    }

    /**
     * Returns the allocations of one power.
     *
     * @param power  the power, not null
     * @return the allocations in order of post and role, empty if the power is not allocated, not null
     */
    public List<Allocation> forPower(PowerCode power) {
        return byPower.get(Objects.requireNonNull(power, "power"));
    }

    /**
     * Returns the allocations of one post.
     *
     * @param post  the post, not null
     * @return the allocations in order of power and role, not null
     */
    public List<Allocation> forPost(PostId post) {
        return byPost.get(Objects.requireNonNull(post, "post"));
    }

    /**
     * Returns the posts the table allocates to.
     *
     * @return the post identifiers, in order, not null
     */
    public Set<PostId> posts() {
        return posts;
    }

    /**
     * Returns the powers the table allocates.
     *
     * @return the power codes, in order, not null
     */
    public Set<PowerCode> powers() {
        return byPower.keySet();
    }

    /** Returns each allocated power with its allocations worked out, in code order, for the audit. */
    List<PowerAllocations> summaries() {
        return summaries;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AllocationTable other && agency.equals(other.agency)
                && allocations.equals(other.allocations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, allocations);
    }

    @Override
    public String toString() {
        return "AllocationTable{" + agency + ", " + allocations.size() + " allocations}";
    }

    /**
     * Builds an {@link AllocationTable}. A builder is not thread-safe; the table it builds is.
     */
    public static final class Builder {
        private final AgencyId agency;
        private final List<Allocation> allocations = new ArrayList<>();

        private Builder(AgencyId agency) {
            this.agency = agency;
        }

        /**
         * Adds allocations.
         *
         * @param added  the allocations, not null
         * @return this builder, not null
         * @throws NullPointerException if the argument or one of its elements is null; nothing is added
         */
        public Builder add(Allocation... added) {
            Lists.addEach("added", allocations, added);
            return this;
        }

        /**
         * Adds allocations.
         *
         * @param added  the allocations, not null
         * @return this builder, not null
         * @throws NullPointerException if the argument or one of its elements is null; nothing is added
         */
        public Builder addAll(Iterable<Allocation> added) {
            Lists.addEach("added", allocations, added);
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table, not null
         * @throws IllegalArgumentException if a post is allocated twice in the same role for one power
         */
        public AllocationTable build() {
            return new AllocationTable(agency, allocations);
        }
    }
}
