package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An enforcement officer (执法人员) of an agency, holding one or more posts.
 * <p>
 * Whether the officer may enforce depends on their certificates, held by the {@link Organization}; an officer
 * without a valid one is still an officer, and the allocation audit reports the gap. An officer holds at least one
 * post: the responsibility system fixes duties by post (定岗定责), and an officer with no post has none to answer
 * for. The name is one line: no control character and no surrounding spaces.
 * <pre>{@code
 * Officer officer = Officer.builder().id(OfficerId.of("O-07")).name("张三").agency(AgencyId.of("TOBACCO"))
 *     .addPosts(PostId.of("JC")).build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe. It is final and built only by its {@link Builder}, so every instance has
 * passed the checks of its builder.
 */
public final class Officer {

    /** The day 行政处罚法 (2021) came into force (Art 86), and with it the qualification of Art 58 第二款. */
    public static final LocalDate LEGAL_REVIEW_QUALIFICATION_FROM = LocalDate.of(2021, 7, 15);

    private final OfficerId id;
    private final String name;
    private final AgencyId agency;
    private final Set<PostId> posts;
    private final LocalDate legalQualification;
    private final LocalDate legalReviewerSince;

    private Officer(Builder b) {
        Texts.checkLine("Officer " + b.id + ": name", b.name);
        checkArgument(!b.posts.isEmpty(), "Officer %s must hold at least one post, but holds none", b.id);
        this.id = b.id;
        this.name = b.name;
        this.agency = b.agency;
        this.posts = ImmutableSet.copyOf(b.posts);
        this.legalQualification = b.legalQualification;
        this.legalReviewerSince = b.legalReviewerSince;
    }

    /**
     * Starts building an officer: set the identifier, name and agency, and add at least one post.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this officer's attributes, to build a changed copy, such as the officer with a
     * further post or the legal professional qualification obtained. Each single-valued attribute can be set once on
     * it; posts added join those already there.
     *
     * @return a builder filled from this officer, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.agency = agency;
        b.posts.addAll(posts);
        b.legalQualification = legalQualification;
        b.legalReviewerSince = legalReviewerSince;
        return b;
    }

    /**
     * Returns the identifier.
     *
     * @return the identifier, not null
     */
    public OfficerId id() {
        return id;
    }

    /**
     * Returns the officer's name.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the agency the officer works for.
     *
     * @return the agency's identifier, not null
     */
    public AgencyId agency() {
        return agency;
    }

    /**
     * Returns the posts the officer holds, all in their agency, in the order they were added.
     *
     * @return the posts, at least one, not null
     */
    public Set<PostId> posts() {
        return posts;
    }

    /**
     * Returns the day the officer obtained the legal professional qualification (法律职业资格), by passing the
     * national unified legal professional qualification examination (国家统一法律职业资格考试).
     *
     * @return the day, empty if the officer holds none or it is not recorded, not null
     */
    public Optional<LocalDate> legalQualification() {
        return Optional.ofNullable(legalQualification);
    }

    /**
     * Returns the day the officer first did legality review of penalty decisions (首次从事行政处罚决定法制审核), where
     * the organization records it. 行政处罚法 Art 58 第二款 asks the qualification of those who take up the work for
     * the first time; quanze reads "初次" as first taking it up on or after 2021-07-15, when the revised law came into
     * force (an interpretation), so a reviewer recorded as reviewing since an earlier day needs no qualification.
     *
     * @return the day, empty if not recorded (then the first review in a case counts as the first), not null
     */
    public Optional<LocalDate> legalReviewerSince() {
        return Optional.ofNullable(legalReviewerSince);
    }

    /**
     * Checks whether the officer may do legality review of penalty decisions on a day under 行政处罚法 Art 58
     * 第二款: holding the legal professional qualification by then, or reviewing since before 2021-07-15.
     *
     * @param date  the day of the review, not null
     * @return true if qualified on that day, or the day is before 2021-07-15
     */
    public boolean mayReviewLegality(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.isBefore(LEGAL_REVIEW_QUALIFICATION_FROM)
                || legalQualification != null && !legalQualification.isAfter(date)
                || legalReviewerSince != null && legalReviewerSince.isBefore(LEGAL_REVIEW_QUALIFICATION_FROM);
    }

    /**
     * Returns the identifier and name, as reports show an officer: O-07「张三」.
     *
     * @return the label, not null
     */
    public String label() {
        return id() + "「" + name() + "」";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Officer o && id.equals(o.id) && name.equals(o.name) && agency.equals(o.agency)
                && posts.equals(o.posts) && Objects.equals(legalQualification, o.legalQualification)
                && Objects.equals(legalReviewerSince, o.legalReviewerSince);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, agency, posts, legalQualification, legalReviewerSince);
    }

    @Override
    public String toString() {
        return "Officer{" + label() + " of " + agency() + "}";
    }

    /**
     * Builds an {@link Officer} (执法人员). Identifier, name and agency are required, and at least one post;
     * {@link #build()} names every required attribute still missing. Each single-valued attribute is set once; posts
     * are added to those already there. A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("Officer");
        private OfficerId id;
        private String name;
        private AgencyId agency;
        private final Set<PostId> posts = new LinkedHashSet<>();
        private LocalDate legalQualification;
        private LocalDate legalReviewerSince;

        private Builder() {}

        /**
         * Sets the identifier (人员编号), unique in the organization; required.
         *
         * @param id  the identifier, not null
         * @return this builder, not null
         * @throws NullPointerException if the identifier is null
         * @throws IllegalStateException if the identifier is already set
         */
        public Builder id(OfficerId id) {
            this.id = required.once("id", id);
            return this;
        }

        /**
         * Sets the officer's name (姓名); required.
         *
         * @param name  the name, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the name is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the name is already set
         */
        public Builder name(String name) {
            this.name = required.once("name", name, v -> Texts.checkLine("Officer " + id + ": name", v));
            return this;
        }

        /**
         * Sets the agency the officer works for (所在执法主体); required.
         *
         * @param agency  the agency's identifier, not null
         * @return this builder, not null
         * @throws NullPointerException if the agency is null
         * @throws IllegalStateException if the agency is already set
         */
        public Builder agency(AgencyId agency) {
            this.agency = required.once("agency", agency);
            return this;
        }

        /**
         * Adds a post the officer holds (所在岗位), in their agency; at least one is required. A post added twice is
         * held once.
         *
         * @param post  the post's identifier, not null
         * @return this builder, not null
         * @throws NullPointerException if the post is null
         */
        public Builder addPost(PostId post) {
            posts.add(Objects.requireNonNull(post, "posts element"));
            return this;
        }

        /**
         * Adds posts the officer holds (所在岗位), as {@link #addPost} each; all or none.
         *
         * @param posts  the posts' identifiers, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or a post is null
         */
        public Builder addPosts(PostId... posts) {
            Lists.addEach("posts", this.posts, posts);
            return this;
        }

        /**
         * Sets the day the officer obtained the legal professional qualification (法律职业资格); optional.
         *
         * @param legalQualification  the day, not null
         * @return this builder, not null
         * @throws NullPointerException if the day is null
         * @throws IllegalStateException if the day is already set
         */
        public Builder legalQualification(LocalDate legalQualification) {
            this.legalQualification = required.once("legalQualification", legalQualification);
            return this;
        }

        /**
         * Sets the day the officer first did legality review of penalty decisions (首次从事行政处罚决定法制审核);
         * optional.
         *
         * @param legalReviewerSince  the day, not null
         * @return this builder, not null
         * @throws NullPointerException if the day is null
         * @throws IllegalStateException if the day is already set
         */
        public Builder legalReviewerSince(LocalDate legalReviewerSince) {
            this.legalReviewerSince = required.once("legalReviewerSince", legalReviewerSince);
            return this;
        }

        /**
         * Builds the officer.
         *
         * @return the officer, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if the name is not one line or the officer holds no post
         */
        public Officer build() {
            required.present("id", id, "name", name, "agency", agency);
            return new Officer(this);
        }
    }
}
