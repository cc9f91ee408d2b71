package io.github.quanze.referral;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A joint team's meeting rule (联席会议制度): at least so many joint meetings in every calendar month, such as the
 * seeds' 工作例会 "每月至少召开一次" ({@link #monthly(int) monthly(1)}). The rule is the agency's own, not a statute's.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param perMonth  the fewest joint meetings in a calendar month, 1 to {@value #MAX_PER_MONTH}
 */
public record MeetingRule(int perMonth) {

    /** The most meetings a month a rule may ask for. */
    public static final int MAX_PER_MONTH = 31;

    /**
     * Creates a rule.
     *
     * @param perMonth  the fewest joint meetings in a calendar month, 1 to {@value #MAX_PER_MONTH}
     * @throws IllegalArgumentException if the number is outside 1 to {@value #MAX_PER_MONTH}
     */
    public MeetingRule {
        checkArgument(perMonth >= 1 && perMonth <= MAX_PER_MONTH, "Meeting rule: meetings per month must be 1 to %s, "
                + "but was %s", MAX_PER_MONTH, perMonth);
    }

    /**
     * Obtains the rule of at least so many joint meetings a calendar month.
     *
     * @param perMonth  the fewest meetings a month, 1 to {@value #MAX_PER_MONTH}
     * @return the rule, not null
     * @throws IllegalArgumentException if the number is out of range
     */
    public static MeetingRule monthly(int perMonth) {
        return new MeetingRule(perMonth);
    }
}
