package io.github.quanze.assessment;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.rule.Decision;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an officer's annual appraisal (执法人员年度考核结果): the rating, the card it calls for, the
 * consequences of the rating, each with the rules and provisions behind it, and an explanation in Chinese and English.
 * <p>
 * Obtained from {@link OfficerAppraisals}. The card here is what the year calls for; giving it is an act with a date
 * and a decider, recorded in a {@link CardHistory}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfficerAppraisal {

    private final OfficerYear facts;
    private final Decision<OfficerRating> ratingDecision;
    private final Decision<OfficerCard> cardDecision;
    private final List<RatingConsequence> consequences;

    OfficerAppraisal(OfficerYear facts, Decision<OfficerRating> ratingDecision, Decision<OfficerCard> cardDecision,
            List<RatingConsequence> consequences) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.ratingDecision = Objects.requireNonNull(ratingDecision, "ratingDecision");
        this.cardDecision = Objects.requireNonNull(cardDecision, "cardDecision");
        this.consequences = ImmutableList.copyOf(consequences);
    }

    /** @return the officer, not null */
    public OfficerId officer() {
        return facts.officer();
    }

    /** @return the year rated, not null */
    public Year year() {
        return facts.year();
    }

    /** @return the facts the rating rests on, not null */
    public OfficerYear facts() {
        return facts;
    }

    /**
     * Returns the rating.
     *
     * @return the rating, not null
     */
    public OfficerRating rating() {
        return ratingDecision.outcome().orElseThrow();
    }

    /**
     * Returns the decision on the rating: the rules that fired and those they overrode, with their provisions.
     *
     * @return the decision, not null
     */
    public Decision<OfficerRating> ratingDecision() {
        return ratingDecision;
    }

    /**
     * Returns the card the year calls for: GREEN, or YELLOW or RED with the effect {@link OfficerCard#effect()}.
     *
     * @return the card, not null
     */
    public OfficerCard card() {
        return cardDecision.outcome().orElseThrow();
    }

    /**
     * Returns the decision on the card.
     *
     * @return the decision, not null
     */
    public Decision<OfficerCard> cardDecision() {
        return cardDecision;
    }

    /**
     * Returns the consequences of the rating: {@link RatingConsequence#NO_EXCELLENT_RATING} for 基本合格 and 不合格,
     * and {@link RatingConsequence#SECOND_INCOMPETENT_YEAR} for a second 不合格 year in a row.
     *
     * @return the consequences, empty for 优秀 and 合格, not null
     */
    public List<RatingConsequence> consequences() {
        return consequences;
    }

    /**
     * Checks whether the officer may not be rated 优秀 in the civil-service appraisal of the year ("不得在公务员考核中评定为
     * 优秀").
     *
     * @return true if the rating is 基本合格 or 不合格
     */
    public boolean isBarredFromExcellentCivilServiceRating() {
        return consequences.stream().anyMatch(c -> c.code().equals(RatingConsequence.NO_EXCELLENT_RATING));
    }

    /**
     * Returns the measure a second 不合格 year in a row calls for: 取消执法资格 or 调离执法岗位, at the choice of the
     * deciding body.
     *
     * @return the consequence, empty unless this is the second 不合格 year in a row, not null
     */
    public Optional<RatingConsequence> secondIncompetentYear() {
        return consequences.stream().filter(c -> c.code().equals(RatingConsequence.SECOND_INCOMPETENT_YEAR))
                .findFirst();
    }

    /**
     * Explains the appraisal: the facts, the rating and its rules, the consequences, and the card.
     *
     * @return the explanation in Chinese and English, not null
     */
    public BilingualText explain() {
        return AssessmentMessages.explain(this);
    }



    @Override
    public boolean equals(Object obj) {
        return obj instanceof OfficerAppraisal a && facts.equals(a.facts) && ratingDecision.equals(a.ratingDecision)
                && cardDecision.equals(a.cardDecision) && consequences.equals(a.consequences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(facts, ratingDecision, cardDecision, consequences);
    }

    @Override
    public String toString() {
        return "OfficerAppraisal[" + facts.officer() + " " + facts.year() + ": " + rating() + ", " + card() + "]";
    }
}
