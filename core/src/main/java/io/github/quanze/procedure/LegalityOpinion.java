package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewer's opinion of a legality review (法制审核意见): whether it passes the decision (审核通过) and what it
 * found of each aspect it looked at (主体、权限、事实、证据、依据、程序、裁量…). A decision made after an opinion that
 * does not pass it, with no later one that does, is {@link ViolationKind#DECIDED_AGAINST_REVIEW} (行政处罚法 Art 58
 * 第一款: 审核未通过的，不得作出决定).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param passed  whether the review passes the decision
 * @param findings  what it found of each aspect, each aspect at most once, not null
 */
public record LegalityOpinion(boolean passed, List<Finding> findings) implements StepContent {

    /**
     * Creates an opinion.
     *
     * @param passed  whether the review passes the decision
     * @param findings  what it found of each aspect, each aspect at most once, not null
     * @throws IllegalArgumentException if an aspect is found twice, or an opinion that does not pass finds no issue
     *         (the reviewer says what fails)
     */
    public LegalityOpinion {
        findings = Lists.copyOf("findings", findings);
        Set<ReviewAspect> seen = EnumSet.noneOf(ReviewAspect.class);
        for (Finding f : findings) {
            checkArgument(seen.add(f.aspect()), "Legality opinion finds aspect %s twice", f.aspect());
        }
        checkArgument(passed || findings.stream().anyMatch(f -> f.issue().isPresent()), "A legality opinion that "
                + "does not pass the decision must find an issue in at least one aspect, but found %s", findings);
    }

    /**
     * Obtains an opinion that passes the decision, each aspect listed found without issue.
     *
     * @param aspects  the aspects reviewed, not null
     * @return the opinion, not null
     */
    public static LegalityOpinion passed(ReviewAspect... aspects) {
        return new LegalityOpinion(true, Lists.copyOf("aspects", List.of(Objects.requireNonNull(aspects, "aspects")))
                .stream().map(Finding::sound).toList());
    }

    /**
     * Returns the aspects found with an issue.
     *
     * @return the aspects, in the order found, not null
     */
    public List<ReviewAspect> issues() {
        return findings.stream().filter(f -> f.issue().isPresent()).map(Finding::aspect).toList();
    }

    /**
     * What a review found of one aspect (审核意见): sound, or with an issue in the reviewer's words.
     *
     * @param aspect  the aspect, not null
     * @param issue  the issue found, one line of at most {@value #MAX_ISSUE_LENGTH} characters, empty if the aspect
     *        is sound, not null
     */
    public record Finding(ReviewAspect aspect, Optional<String> issue) {

        /** The longest issue accepted. */
        public static final int MAX_ISSUE_LENGTH = 500;

        /**
         * Creates a finding.
         *
         * @param aspect  the aspect, not null
         * @param issue  the issue found, one line of at most {@value #MAX_ISSUE_LENGTH} characters, empty if the aspect
         *         is sound, not null
         * @throws IllegalArgumentException if the issue is blank, too long or has a control character
         */
        public Finding {
            Objects.requireNonNull(aspect, "aspect");
            Objects.requireNonNull(issue, "issue");
            issue.ifPresent(i -> Texts.checkLine("Legality review of " + aspect + ": issue", i, MAX_ISSUE_LENGTH));
        }

        /**
         * Obtains a finding without issue.
         *
         * @param aspect  the aspect, not null
         * @return the finding, not null
         */
        public static Finding sound(ReviewAspect aspect) {
            return new Finding(aspect, Optional.empty());
        }

        /**
         * Obtains a finding with an issue.
         *
         * @param aspect  the aspect, not null
         * @param issue  the issue in the reviewer's words, not null
         * @return the finding, not null
         * @throws IllegalArgumentException if the issue is blank, too long or has a control character
         */
        public static Finding issue(ReviewAspect aspect, String issue) {
            return new Finding(aspect, Optional.of(issue));
        }
    }
}
