package io.github.quanze.organization;

import io.github.quanze.internal.Texts;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post (岗位) in an internal unit, such as 局长岗, 科长岗 or 基层业务岗.
 * <p>
 * Posts are set up "以事定岗，依法定职" (by the work to be done, with duties fixed by law): {@link #duties()} holds the
 * duties of the post description (岗位说明书), which the allocation of powers then makes concrete.
 * <p>
 * The name and each duty are one line: no control character and no surrounding spaces.
 * <p>
 * This class is immutable and thread-safe. It cannot be extended outside this package, so every instance has passed
 * the checks of its builder.
 */
@Value.Immutable
public abstract class Post {

    /** Only the generated implementation extends this class: build instances with {@link Builder}. */
    Post() {}

    /**
     * Returns the identifier.
     *
     * @return the identifier, not null
     */
    public abstract PostId id();

    /**
     * Returns the unit the post belongs to.
     *
     * @return the unit's identifier, not null
     */
    public abstract UnitId unit();

    /**
     * Returns the name, such as 专卖稽查岗.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the duties of the post description (岗位职责), in order.
     *
     * @return the duties, not null
     */
    public abstract List<String> duties();

    /**
     * Returns the leadership the post carries, if it is a post of a head of the agency (行政机关负责人: 局长岗 or
     * 副局长岗); only its holders may perform what the statutes give to 行政机关负责人.
     *
     * @return the leadership, empty for any other post, not null
     */
    public abstract Optional<Leadership> leadership();

    /**
     * Returns the identifier and name, as reports show a post: ZM-JC「专卖稽查岗」.
     *
     * @return the label, not null
     */
    public String label() {
        return id() + "「" + name() + "」";
    }

    @Value.Check
    protected void check() {
        Texts.checkLine("Post " + id() + ": name", name());
        for (int i = 0; i < duties().size(); i++) {
            Texts.checkLine("Post " + id() + ": duty " + (i + 1), duties().get(i));
        }
    }

    @Override
    public String toString() {
        return "Post{" + label() + " in " + unit() + "}";
    }

    /** Builds a {@link Post}. */
    public static final class Builder extends ImmutablePost.Builder {}
}
