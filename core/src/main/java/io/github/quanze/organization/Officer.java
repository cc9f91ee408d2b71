package io.github.quanze.organization;

import io.github.quanze.power.AgencyId;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
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

    /** The day 行政处罚法 (2021) came into force (Art 86), and with it the qualification of Art 58 第二款. */
    public static final LocalDate LEGAL_REVIEW_QUALIFICATION_FROM = LocalDate.of(2021, 7, 15);

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
     * Returns the day the officer obtained the legal professional qualification (法律职业资格), by passing the
     * national unified legal professional qualification examination (国家统一法律职业资格考试).
     *
     * @return the day, empty if the officer holds none or it is not recorded, not null
     */
    public abstract Optional<LocalDate> legalQualification();

    /**
     * Returns the day the officer first did legality review of penalty decisions (首次从事行政处罚决定法制审核), where
     * the organization records it. 行政处罚法 Art 58 第二款 asks the qualification of those who take up the work for
     * the first time; quanze reads "初次" as first taking it up on or after 2021-07-15, when the revised law came into
     * force (an interpretation), so a reviewer recorded as reviewing since an earlier day needs no qualification.
     *
     * @return the day, empty if not recorded (then the first review in a case counts as the first), not null
     */
    public abstract Optional<LocalDate> legalReviewerSince();

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
                || legalQualification().map(q -> !q.isAfter(date)).orElse(false)
                || legalReviewerSince().map(s -> s.isBefore(LEGAL_REVIEW_QUALIFICATION_FROM)).orElse(false);
    }

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
