package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An enforcement officer (执法人员) of an agency, holding one or more posts.
 * <p>
 * Whether the officer may enforce depends on their certificates, held by the {@link Organization}; an officer
 * without a valid one is still an officer, and the allocation audit reports the gap. An officer holds at least one
 * post: the responsibility system fixes duties by post (定岗定责), and an officer with no post has none to answer
 * for. The name is one line: no control character and no surrounding spaces.
 * <p>
 * This class is immutable and thread-safe. It cannot be extended outside this package, so every instance has passed
 * the checks of its builder.
 */
@Value.Immutable
public abstract class Officer {

    /** Only the generated implementation extends this class: build instances with {@link Builder}. */
    Officer() {}

    /**
     * Returns the identifier.
     *
     * @return the identifier, not null
     */
    public abstract OfficerId id();

    /**
     * Returns the officer's name.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the agency the officer works for.
     *
     * @return the agency's identifier, not null
     */
    public abstract AgencyId agency();

    /**
     * Returns the posts the officer holds, all in their agency.
     *
     * @return the posts, at least one, not null
     */
    public abstract Set<PostId> posts();

    /**
     * Returns the identifier and name, as reports show an officer: O-07「张三」.
     *
     * @return the label, not null
     */
    public String label() {
        return id() + "「" + name() + "」";
    }

    @Value.Check
    protected void check() {
        Texts.checkLine("Officer " + id() + ": name", name());
        checkArgument(!posts().isEmpty(), "Officer %s must hold at least one post, but holds none", id());
    }

    @Override
    public String toString() {
        return "Officer{" + label() + " of " + agency() + "}";
    }

    /** Builds an {@link Officer}. */
    public static final class Builder extends ImmutableOfficer.Builder {}
}
