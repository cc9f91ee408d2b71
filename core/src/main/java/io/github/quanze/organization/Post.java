package io.github.quanze.organization;

import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post (岗位) in an internal unit, such as 局长岗, 科长岗 or 基层业务岗.
 * <p>
 * Posts are set up "以事定岗，依法定职" (by the work to be done, with duties fixed by law): {@link #duties()} holds the
 * duties of the post description (岗位说明书), which the allocation of powers then makes concrete.
 * <p>
 * The name and each duty are one line: no control character and no surrounding spaces.
 * <pre>{@code
 * Post post = Post.builder().id(PostId.of("JC")).unit(UnitId.of("ZMK")).name("专卖稽查岗")
 *     .addDuties("查处无证经营", "制作执法文书").build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe. It is final and built only by its {@link Builder}, so every instance has
 * passed the checks of its builder.
 */
public final class Post {

    private final PostId id;
    private final UnitId unit;
    private final String name;
    private final List<String> duties;
    private final Leadership leadership;

    private Post(Builder b) {
        Texts.checkLine("Post " + b.id + ": name", b.name);
        for (int i = 0; i < b.duties.size(); i++) {
            Texts.checkLine("Post " + b.id + ": duty " + (i + 1), b.duties.get(i));
        }
        this.id = b.id;
        this.unit = b.unit;
        this.name = b.name;
        this.duties = List.copyOf(b.duties);
        this.leadership = b.leadership;
    }

    /**
     * Starts building a post: set its identifier, unit and name.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this post's attributes, to build a changed copy, such as the post renamed or moved to
     * another unit. Each single-valued attribute can be set once on it; duties added go after those already there.
     *
     * @return a builder filled from this post, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.unit = unit;
        b.name = name;
        b.duties.addAll(duties);
        b.leadership = leadership;
        return b;
    }

    /**
     * Returns the identifier.
     *
     * @return the identifier, not null
     */
    public PostId id() {
        return id;
    }

    /**
     * Returns the unit the post belongs to.
     *
     * @return the unit's identifier, not null
     */
    public UnitId unit() {
        return unit;
    }

    /**
     * Returns the name, such as 专卖稽查岗.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the duties of the post description (岗位职责), in order.
     *
     * @return the duties, not null
     */
    public List<String> duties() {
        return duties;
    }

    /**
     * Returns the leadership the post carries, if it is a post of a head of the agency (行政机关负责人: 局长岗 or
     * 副局长岗); only its holders may perform what the statutes give to 行政机关负责人.
     *
     * @return the leadership, empty for any other post, not null
     */
    public Optional<Leadership> leadership() {
        return Optional.ofNullable(leadership);
    }

    /**
     * Returns the identifier and name, as reports show a post: ZM-JC「专卖稽查岗」.
     *
     * @return the label, not null
     */
    public String label() {
        return id() + "「" + name() + "」";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Post p && id.equals(p.id) && unit.equals(p.unit) && name.equals(p.name)
                && duties.equals(p.duties) && leadership == p.leadership;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, unit, name, duties, leadership);
    }

    @Override
    public String toString() {
        return "Post{" + label() + " in " + unit() + "}";
    }

    /**
     * Builds a {@link Post} (岗位). Identifier, unit and name are required; {@link #build()} names every required
     * attribute still missing. Each single-valued attribute is set once; duties are added after those already there.
     * A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("Post");
        private PostId id;
        private UnitId unit;
        private String name;
        private final List<String> duties = new ArrayList<>();
        private Leadership leadership;

        private Builder() {}

        /**
         * Sets the identifier (岗位编号), unique in the organization; required.
         *
         * @param id  the identifier, not null
         * @return this builder, not null
         * @throws NullPointerException if the identifier is null
         * @throws IllegalStateException if the identifier is already set
         */
        public Builder id(PostId id) {
            this.id = required.once("id", id);
            return this;
        }

        /**
         * Sets the internal unit (内设机构) the post belongs to; required.
         *
         * @param unit  the unit's identifier, not null
         * @return this builder, not null
         * @throws NullPointerException if the unit is null
         * @throws IllegalStateException if the unit is already set
         */
        public Builder unit(UnitId unit) {
            this.unit = required.once("unit", unit);
            return this;
        }

        /**
         * Sets the name (岗位名称), such as 专卖稽查岗; required.
         *
         * @param name  the name, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the name is null
         * @throws IllegalStateException if the name is already set
         */
        public Builder name(String name) {
            this.name = required.once("name", name);
            return this;
        }

        /**
         * Adds a duty of the post description (岗位职责), after those already added; optional.
         *
         * @param duty  the duty, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the duty is null
         */
        public Builder addDuty(String duty) {
            duties.add(Objects.requireNonNull(duty, "duties element"));
            return this;
        }

        /**
         * Adds duties of the post description (岗位职责), after those already added; all or none.
         *
         * @param duties  the duties, each one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or a duty is null
         */
        public Builder addDuties(String... duties) {
            Lists.addEach("duties", this.duties, duties);
            return this;
        }

        /**
         * Sets the leadership the post carries (行政机关负责人: 局长岗 or 副局长岗); optional, for a head's post only.
         *
         * @param leadership  the leadership, not null
         * @return this builder, not null
         * @throws NullPointerException if the leadership is null
         * @throws IllegalStateException if the leadership is already set
         */
        public Builder leadership(Leadership leadership) {
            this.leadership = required.once("leadership", leadership);
            return this;
        }

        /**
         * Builds the post.
         *
         * @return the post, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if the name or a duty is not one line
         */
        public Post build() {
            required.present("id", id, "unit", unit, "name", name);
            return new Post(this);
        }
    }
}
