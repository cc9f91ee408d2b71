package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.Circumstances;
import io.github.quanze.internal.Lists;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.List;
import java.util.Objects;

/**
 * A finding of the analysis of like cases (类案分析发现), as data: its kind (and so its code and severity), the
 * violation item and circumstance profile, the cases, agencies and officers it concerns, and its typed parameters;
 * the message is rendered from them.
 * <p>
 * Parameters by kind:
 * <table>
 *   <caption>Parameters by kind</caption>
 *   <tr><th>kind</th><th>parameters</th></tr>
 *   <tr><td>TIERS</td><td>{@code groupCases} (the cases of the group, a number), {@code levels} (the levels
 *       applied, lightest first, {@link io.github.quanze.discretion.TierLevel}s), {@code levelCases} (how many cases
 *       at each, numbers), {@code examples} (for each level the case with the smallest case number, texts)</td></tr>
 *   <tr><td>SPREAD</td><td>{@code measure} (the {@link FineMeasure}), {@code count} (the cases fined by it),
 *       {@code min} and {@code max} (amounts in yuan, or rates), {@code minCase} and {@code maxCase} (texts),
 *       {@code ratio} (the ratio of the settings); rates are kept to 16 significant digits, and the message shows
 *       them rounded to 4 decimal places</td></tr>
 *   <tr><td>OUTLIER_LEVEL</td><td>{@code level} (applied) and {@code expected} (what the standard gives),
 *       {@link io.github.quanze.discretion.TierLevel}s, {@code deviation} (the {@link Deviation})</td></tr>
 *   <tr><td>OUTLIER_FINE</td><td>{@code fine}, {@code min} and {@code max} (amounts in yuan: the fine and the range
 *       the standard gives), {@code deviation}</td></tr>
 * </table>
 * The cases of a group finding are the cases its parameters name (the examples, or the cases with the lowest and
 * the highest fine), and its agencies and officers those of these cases; an outlier concerns its own case, agency
 * and officers. The lists are sorted and hold each value once.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was found, not null
 * @param item  the code of the violation item, not null
 * @param profile  the circumstance profile, not null
 * @param cases  the case numbers concerned, at least one, not null
 * @param agencies  the agencies of these cases, at least one, not null
 * @param officers  the officers of these cases, at least one, not null
 * @param parameters  the typed parameters of its kind, as listed above, not null
 */
public record DisparityFinding(Kind kind, String item, Circumstances profile, List<String> cases,
        List<String> agencies, List<String> officers, Parameters parameters) implements Finding {

    /** 过罚相当: 行政处罚法 Art 5 ¶2, the penalty fits the facts, nature, circumstances and harm. */
    static final Provision FITTING = Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 5, 2);
    /** 裁量基准: 行政处罚法 Art 34. */
    static final Provision STANDARDS = Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 34);

    /** What the analysis of like cases finds (类案分析发现的种类), each with its stable code and severity. */
    public enum Kind {
        /** 类案不同阶: cases of one group decided at different levels of discretion: {@code DISPARITY.TIERS}. */
        TIERS("DISPARITY.TIERS"),
        /** 类案罚款悬殊: fines (or rates) of one group further apart than the settings' ratio:
         * {@code DISPARITY.SPREAD}. */
        SPREAD("DISPARITY.SPREAD"),
        /** 阶次畸轻畸重: a case decided at another level than the standard gives: {@code DISPARITY.OUTLIER_LEVEL}. */
        OUTLIER_LEVEL("DISPARITY.OUTLIER_LEVEL"),
        /** 罚款畸轻畸重: a fine outside the range the standard gives: {@code DISPARITY.OUTLIER_FINE}. */
        OUTLIER_FINE("DISPARITY.OUTLIER_FINE");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /**
         * Returns the stable machine code.
         *
         * @return the code, not null
         */
        public String code() {
            return code;
        }

        /**
         * Returns how serious a finding of this kind is: a risk ({@link Severity#WARNING}) for every kind, since a
         * decision may depart from the standard or from like cases for reasons the case file states.
         *
         * @return the severity, not null
         */
        public Severity severity() {
            return Severity.WARNING;
        }

        /**
         * Checks whether a finding of this kind is about one case rather than a group.
         *
         * @return true for the outlier kinds
         */
        public boolean isOutlier() {
            return this == OUTLIER_LEVEL || this == OUTLIER_FINE;
        }
    }

    /**
     * Creates a finding, sorting its cases, agencies and officers.
     *
     * @param kind  what was found, not null
     * @param item  the code of the violation item, not null
     * @param profile  the circumstance profile, not null
     * @param cases  the case numbers concerned, at least one, not null
     * @param agencies  the agencies of these cases, at least one, not null
     * @param officers  the officers of these cases, at least one, not null
     * @param parameters  the typed parameters of its kind, as listed above, not null
     * @throws NullPointerException naming the component if the kind, item, profile, a list or the parameters are
     *         null
     * @throws IllegalArgumentException if a parameter of its kind is missing, unknown or mistyped, the cases,
     *         agencies or officers are empty, or an outlier has more than one case or agency
     */
    public DisparityFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(parameters, "parameters");
        cases = sortedSet("cases", cases);
        agencies = sortedSet("agencies", agencies);
        officers = sortedSet("officers", officers);
        DisparityMessages.check(kind, parameters);
        checkArgument(!cases.isEmpty() && !agencies.isEmpty() && !officers.isEmpty(), "%s: cases, agencies and "
                + "officers must not be empty, but were %s, %s and %s", kind.code(), cases, agencies, officers);
        checkArgument(!kind.isOutlier() || cases.size() == 1 && agencies.size() == 1, "%s: an outlier concerns one "
                + "case of one agency, but had cases %s and agencies %s", kind.code(), cases, agencies);
    }

    /** The values sorted, each once; a list already so is kept as it is (a case's officers, one case). */
    private static List<String> sortedSet(String name, List<String> values) {
        ImmutableList<String> copy = Lists.copyOf(name, values);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i - 1).compareTo(copy.get(i)) >= 0) {
                return ImmutableList.copyOf(ImmutableSortedSet.copyOf(copy));
            }
        }
        return copy;
    }

    @Override
    public String code() {
        return kind.code();
    }

    @Override
    public Severity severity() {
        return kind.severity();
    }

    /**
     * Returns the message, rendered from the kind, the item, the profile and the parameters. It says what is this
     * library's interpretation: that like cases take the same level, the ratio of the settings, and that any
     * departure from the standard is listed as 畸轻 or 畸重.
     *
     * @return the message in Chinese and English, not null
     */
    @Override
    public BilingualText message() {
        return DisparityMessages.message(this);
    }

    /**
     * Returns what the finding rests on: 行政处罚法 Art 5 ¶2 (过罚相当) for every kind, and Art 34 (裁量基准) too for
     * the outliers, which compare a decision with the standard.
     *
     * @return the basis, not null
     */
    @Override
    public LegalBasis basis() {
        return kind.isOutlier() ? LegalBasis.of(FITTING, STANDARDS) : LegalBasis.of(FITTING);
    }
}
