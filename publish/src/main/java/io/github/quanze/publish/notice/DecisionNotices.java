package io.github.quanze.publish.notice;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An agency's published decisions (执法决定公示清单): the agency, the masking policy it chose, and its decision notices.
 * The document of kind {@code decision-notices} holds one ({@link DecisionNoticeDocuments}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DecisionNotices {

    private final String agency;
    private final MaskingPolicy policy;
    private final List<DecisionNotice> notices;

    private DecisionNotices(String agency, MaskingPolicy policy, List<DecisionNotice> notices) {
        this.agency = agency;
        this.policy = policy;
        this.notices = notices;
    }

    /**
     * Obtains the list.
     *
     * @param agency  the publishing agency, not blank
     * @param policy  the masking policy, not null
     * @param notices  the notices, each number once, in the order given, not null
     * @return the list, not null
     * @throws IllegalArgumentException if the agency is blank or a number is given twice
     */
    public static DecisionNotices of(String agency, MaskingPolicy policy, List<DecisionNotice> notices) {
        Objects.requireNonNull(agency, "agency");
        checkArgument(!agency.isBlank(), "the publishing agency must not be blank");
        List<DecisionNotice> copy = List.copyOf(notices);
        Set<String> numbers = new HashSet<>();
        for (DecisionNotice n : copy) {
            checkArgument(numbers.add(n.number()), "notice %s is listed twice", n.number());
        }
        return new DecisionNotices(agency, Objects.requireNonNull(policy, "policy"), copy);
    }

    /**
     * Returns the publishing agency.
     *
     * @return its name, not blank
     */
    public String agency() {
        return agency;
    }

    /**
     * Returns the masking policy the agency chose.
     *
     * @return the policy, not null
     */
    public MaskingPolicy policy() {
        return policy;
    }

    /**
     * Returns the notices.
     *
     * @return the notices, in the order given, not null
     */
    public List<DecisionNotice> notices() {
        return notices;
    }

    /**
     * Masks every notice with the list's policy.
     *
     * @return the notices as they may be published, in the order given, not null
     */
    public List<MaskedNotice> masked() {
        return notices.stream().map(policy::mask).toList();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecisionNotices d && agency.equals(d.agency) && policy.equals(d.policy)
                && notices.equals(d.notices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, policy, notices);
    }

    @Override
    public String toString() {
        return "DecisionNotices[" + agency + ", " + notices.size() + " notices]";
    }
}
