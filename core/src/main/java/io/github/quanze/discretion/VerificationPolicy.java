package io.github.quanze.discretion;

import com.google.common.collect.Sets;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The interpretations a verification of discretion standards applies (校验口径): rules that no statute states and
 * that a {@link StandardVerifier} checks only when asked. What the statutes say (a tier within the statutory range
 * and kinds, 应当从轻或者减轻 under 行政处罚法 Arts 30 and 32) is always checked.
 * <p>
 * The text of 国办发〔2022〕27号《关于进一步规范行政裁量权基准制定和管理工作的意见》 was not available to
 * us; every rule attributed to it here is therefore an {@link Interpretation}, and each finding it gives says so in
 * its message.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class VerificationPolicy {

    /** An interpretation a verification may apply (校验所用解释), with what it rests on. */
    public enum Interpretation implements Labelled {
        /**
         * 下级基准不超出上级基准: a lower standard's tiers lie within the tiers and ranges of the higher standard it
         * implements, wherever their conditions meet, and it grades no item the higher one does not. Our reading of
         * the requirement of 国办发〔2022〕27号 that a lower level refine within the higher level's tiers and ranges;
         * its text was not available to us.
         */
        CONTAINMENT("下级基准在上级基准格次和幅度内细化",
                "a lower standard refines within the higher standard's tiers and ranges",
                "本库对国办发〔2022〕27号《关于进一步规范行政裁量权基准制定和管理工作的意见》关于下级基准在上级基准的"
                        + "格次和幅度内细化的要求的理解，未能查阅该意见原文",
                "our reading of the requirement of Guobanfa [2022] No. 27 (General Office of the State Council, "
                        + "opinions on administrative discretion standards) that a lower level refine within the "
                        + "higher level's tiers and ranges; its text was not available to us"),
        /**
         * 从轻不高于中间值: a 从轻 tier's most is not above the middle of the statutory range. A rule some local
         * measures set, not a statutory one.
         */
        LIGHTER_BELOW_MIDDLE("从轻处罚不高于法定幅度中间值",
                "a lighter penalty not above the middle of the statutory range",
                "部分地方规定（如一些县级实施办法）要求从轻处罚不高于法定幅度的中间值，并非法律规定",
                "a rule some local measures (such as some county implementing measures) set, that a lighter penalty "
                        + "not exceed the middle of the statutory range; not a statutory rule"),
        /**
         * 从重不低于中间值: a 从重 tier's least is not below the middle of the statutory range. A rule some local
         * measures set, not a statutory one.
         */
        HEAVIER_FROM_MIDDLE("从重处罚不低于法定幅度中间值",
                "a heavier penalty not below the middle of the statutory range",
                "部分地方规定（如一些县级实施办法）要求从重处罚不低于法定幅度的中间值，并非法律规定",
                "a rule some local measures (such as some county implementing measures) set, that a heavier penalty "
                        + "not fall below the middle of the statutory range; not a statutory rule");

        private final BilingualText label;
        private final BilingualText note;

        Interpretation(String zh, String en, String noteZh, String noteEn) {
            this.label = BilingualText.of(zh, en);
            this.note = BilingualText.of(noteZh, noteEn);
        }

        /**
         * Returns the rule in Chinese and English.
         *
         * @return the label, not null
         */
        @Override
        public BilingualText label() {
            return label;
        }

        /**
         * Returns what the rule rests on and that it is an interpretation, as a finding's message repeats it.
         *
         * @return the note, not null
         */
        public BilingualText note() {
            return note;
        }
    }

    private static final VerificationPolicy STANDARD = new VerificationPolicy(
            EnumSet.of(Interpretation.CONTAINMENT));

    private final Set<Interpretation> interpretations;

    private VerificationPolicy(Set<Interpretation> interpretations) {
        this.interpretations = Sets.immutableEnumSet(interpretations);
    }

    /**
     * Returns the default policy: containment in the higher standard ({@link Interpretation#CONTAINMENT}), not the
     * rules of the middle.
     *
     * @return the policy, not null
     */
    public static VerificationPolicy standard() {
        return STANDARD;
    }

    /**
     * Obtains a policy applying exactly the interpretations given: none for the statutory checks alone.
     *
     * @param interpretations  the interpretations, not null
     * @return the policy, not null
     */
    public static VerificationPolicy of(Interpretation... interpretations) {
        Set<Interpretation> set = EnumSet.noneOf(Interpretation.class);
        for (Interpretation i : Objects.requireNonNull(interpretations, "interpretations")) {
            set.add(Objects.requireNonNull(i, "interpretations"));
        }
        return new VerificationPolicy(set);
    }

    /**
     * Returns this policy with an interpretation added.
     *
     * @param interpretation  the interpretation, not null
     * @return the policy, not null
     */
    public VerificationPolicy with(Interpretation interpretation) {
        Set<Interpretation> set = EnumSet.of(Objects.requireNonNull(interpretation, "interpretation"));
        set.addAll(interpretations);
        return new VerificationPolicy(set);
    }

    /**
     * Returns this policy without an interpretation.
     *
     * @param interpretation  the interpretation, not null
     * @return the policy, not null
     */
    public VerificationPolicy without(Interpretation interpretation) {
        Objects.requireNonNull(interpretation, "interpretation");
        Set<Interpretation> set = EnumSet.noneOf(Interpretation.class);
        interpretations.stream().filter(i -> i != interpretation).forEach(set::add);
        return new VerificationPolicy(set);
    }

    /**
     * Checks whether the policy applies an interpretation.
     *
     * @param interpretation  the interpretation, not null
     * @return true if applied
     */
    public boolean applies(Interpretation interpretation) {
        return interpretations.contains(Objects.requireNonNull(interpretation, "interpretation"));
    }

    /**
     * Returns the interpretations applied.
     *
     * @return the interpretations, in declared order, not null
     */
    public Set<Interpretation> interpretations() {
        return interpretations;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof VerificationPolicy p && interpretations.equals(p.interpretations);
    }

    @Override
    public int hashCode() {
        return interpretations.hashCode();
    }

    /** Returns the interpretations applied: VerificationPolicy[CONTAINMENT]. */
    @Override
    public String toString() {
        return "VerificationPolicy" + interpretations;
    }
}
