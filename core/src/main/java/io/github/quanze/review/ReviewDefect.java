package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.procedure.Involvement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A defect found in a case file (案卷问题) and scored under a criterion of the standard: either a procedural
 * violation the replay found, or a reviewer's finding.
 *
 * @param criterion  the criterion it counts as, not null
 * @param occurrences  how many times it occurs, at least 1
 * @param date  the day of the act it concerns (a violation's day) or of the reviewer's finding, not null
 * @param reason  what was found, in Chinese and English, not null
 * @param people  who answers for it, with their part, not null
 * @param basis  the provisions breached: a violation's own, or the criterion's for a reviewer's finding, not null
 * @param reviewer  the reviewer who entered it, one line without surrounding spaces, or empty for a violation the
 *        replay found, not null
 */
public record ReviewDefect(ReviewCriterion criterion, int occurrences, LocalDate date, BilingualText reason,
        List<Involvement> people, LegalBasis basis, Optional<String> reviewer) {

    /**
     * Creates a defect.
     *
     * @throws IllegalArgumentException if the occurrences are less than 1
     */
    public ReviewDefect {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reviewer, "reviewer");
        people = Lists.copyOf("people", people);
        checkArgument(occurrences >= 1, "Review defect %s: occurrences must be at least 1, but were %s",
                Texts.quoted(criterion.code()), occurrences);
        reviewer.ifPresent(name -> Texts.checkLine("Review defect " + Texts.quoted(criterion.code()) + ": reviewer",
                name));
    }

    /**
     * Returns the points the defect deducts from its item before the item's floor of zero: the criterion's
     * deduction times the occurrences, 0 for a veto.
     *
     * @return the points, not negative (a long: a large deduction times many occurrences may exceed an int)
     */
    public long points() {
        return (long) criterion.deduction() * occurrences;
    }

    /**
     * Describes the defect: criterion, what was found, the deduction or veto, who answers for it, and the basis.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        String people = this.people.stream().map(p -> p.describe().zh()).reduce((a, b) -> a + "、" + b).orElse("");
        String peopleEn = this.people.stream().map(p -> p.describe().en()).reduce((a, b) -> a + ", " + b).orElse("");
        String by = reviewer.map(r -> "（评查人：" + r + "）").orElse("");
        String byEn = reviewer.map(r -> " (reviewer: " + r + ")").orElse("");
        return BilingualText.of(
                criterion.name().zh() + "：" + reason.zh() + (occurrences > 1 ? "，共" + occurrences + "处" : "")
                        + (criterion.isVeto() ? "，否决项" : "，扣" + points() + "分")
                        + (people.isEmpty() ? "" : "；涉及：" + people) + by + "（依据：" + basis + "）",
                criterion.name().en() + ": " + reason.en() + (occurrences > 1 ? ", " + occurrences + " times" : "")
                        + (criterion.isVeto() ? ", a veto item" : ", " + points() + " points deducted")
                        + (peopleEn.isEmpty() ? "" : "; involved: " + peopleEn) + byEn + " (basis: " + basis.toEnglish() + ")");
    }
}
