package io.github.quanze.discretion;

import com.google.common.collect.ImmutableList;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.Severity;
import io.github.quanze.rule.TableFinding;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the verification of a discretion standard found (裁量基准校验发现), as data: its kind (and so its code and
 * severity), the standard's 文号, the item and the rows of its tiers concerned, the 文号 of the higher standard for a
 * finding of containment, the provisions it rests on, and its typed parameters; the message is rendered from them.
 * <p>
 * Parameters by kind: every kind has {@code standard} (the 文号) and, but for none, {@code item} (the item's code).
 * A finding on one row has {@code row}, {@code level} (its {@link TierLevel}) and {@code tier} (its wording); one on
 * a range also {@code statute} (the statutory range); {@link Kind#KIND_NOT_ALLOWED},
 * {@link Kind#KIND_NOT_ALLOWED_MITIGATED} and {@link Kind#MANDATORY_KIND_MISSING} have {@code kinds}, the {@link PenaltyKind}s concerned; the middle rules have
 * {@code middle}, the middle of the statutory range (yuan, or a factor of the base). {@link Kind#LEVEL_ORDER} has
 * {@code lighterRow}, {@code lighterTier}, {@code graverRow} and {@code graverTier}. A finding from the table's own
 * verification carries that finding's parameters and {@code detail}, its message. {@link Kind#NOT_CONTAINED} has
 * {@code higher} (the higher 文号), {@code row}, {@code tier}, {@code higherRow}, {@code higherTier} and
 * {@code comparable} (false when the two fines are of different forms); {@link Kind#ITEM_NOT_IN_HIGHER} has
 * {@code higher}. {@link Kind#PROVISION_NOT_IN_FORCE} has {@code provisions} and {@code day}, the standard's first day,
 * and the row's parameters when a row cites them.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was found, not null
 * @param standard  the 文号 of the standard verified, not null
 * @param item  the code of the violation item concerned, not null
 * @param rows  the rows concerned, in the order of the parameters (for containment: the lower's row, then the
 *        higher's), not null
 * @param higher  the 文号 of the higher standard, for a finding of containment, not null
 * @param basis  the provisions the finding rests on, {@link Citation#none()} for one about the tiers themselves,
 *        not null
 * @param parameters  the typed parameters, not null
 */
public record StandardFinding(Kind kind, String standard, Optional<String> item, List<RuleId> rows,
        Optional<String> higher, Citation basis, Parameters parameters) implements Finding {

    /**
     * What verification of a standard finds (裁量基准校验发现的种类), each with its stable code, its severity and, for a
     * rule no statute states, the interpretation it applies. Declared in the order findings are listed for an item.
     */
    public enum Kind {
        /** A provision the item cites is not in force on the standard's first day (依据未施行或已失效). */
        PROVISION_NOT_IN_FORCE("STANDARD.PROVISION_NOT_IN_FORCE", Severity.ERROR, null),
        /** A row of the tiers cites no provision (格次无依据). */
        NO_PROVISION("STANDARD.NO_PROVISION", Severity.WARNING, null),
        /** A tier imposes a kind the item has no clause for (超出法定处罚种类). */
        KIND_NOT_ALLOWED("STANDARD.KIND_NOT_ALLOWED", Severity.ERROR, null),
        /**
         * A 减轻 tier imposes a kind the item has no clause for (减轻处罚改处法定种类以外的处罚): a warning, as reading
         * 减轻 as never leaving the statute's kinds is our interpretation, which the message states.
         */
        KIND_NOT_ALLOWED_MITIGATED("STANDARD.KIND_NOT_ALLOWED_MITIGATED", Severity.WARNING, null),
        /** A tier graver than 减轻 omits a kind the statute mandates (遗漏法定应处种类). */
        MANDATORY_KIND_MISSING("STANDARD.MANDATORY_KIND_MISSING", Severity.ERROR, null),
        /** A tier's fine range is above the statutory maximum (高于法定上限). */
        ABOVE_MAXIMUM("STANDARD.ABOVE_MAXIMUM", Severity.ERROR, null),
        /** A tier's fine range is below the statutory minimum, not in a 减轻 tier (低于法定下限). */
        BELOW_MINIMUM("STANDARD.BELOW_MINIMUM", Severity.ERROR, null),
        /** A tier's fine is not of the statute's form, so it cannot be compared (罚款形式不一致). */
        FORM_MISMATCH("STANDARD.FORM_MISMATCH", Severity.WARNING, null),
        /** A tier of a graver level has a lower most or least fine than one of a lighter level (格次倒挂). */
        LEVEL_ORDER("STANDARD.LEVEL_ORDER", Severity.WARNING, null),
        /**
         * A row graver than 从轻 applies where the statute says 应当从轻或者减轻 (未依法从轻减轻): a warning, as Arts 30
         * and 32 apply directly and deciding holds the fine to the lower half of the tier; the standard should
         * provide for them all the same.
         */
        MITIGATION_IGNORED("STANDARD.MITIGATION_IGNORED", Severity.WARNING, null),
        /**
         * A 减轻 tier applies to facts with no statutory ground of mitigation (减轻处罚无法定情节): a warning, as
         * 减轻, below the statutory minimum, needs a ground in law (Arts 30–32), which the tier does not test.
         */
        MITIGATED_WITHOUT_GROUND("STANDARD.MITIGATED_WITHOUT_GROUND", Severity.WARNING, null),
        /** A 从轻 tier's most is above the middle of the statutory range (从轻高于中间值). */
        MIDDLE_LIGHTER("STANDARD.MIDDLE_LIGHTER", Severity.WARNING,
                VerificationPolicy.Interpretation.LIGHTER_BELOW_MIDDLE),
        /** A 从重 tier's least is below the middle of the statutory range (从重低于中间值). */
        MIDDLE_HEAVIER("STANDARD.MIDDLE_HEAVIER", Severity.WARNING,
                VerificationPolicy.Interpretation.HEAVIER_FROM_MIDDLE),
        /** Circumstances no row covers ({@link TableFinding.Kind#GAP}). */
        GAP("STANDARD.GAP", TableFinding.Kind.GAP.severity(), null),
        /** Two rows that both apply under UNIQUE ({@link TableFinding.Kind#OVERLAP}). */
        OVERLAP("STANDARD.OVERLAP", TableFinding.Kind.OVERLAP.severity(), null),
        /** A row earlier rows cover under FIRST ({@link TableFinding.Kind#SHADOWED}). */
        SHADOWED("STANDARD.SHADOWED", TableFinding.Kind.SHADOWED.severity(), null),
        /** A row that matches no circumstances ({@link TableFinding.Kind#EMPTY_ROW}). */
        EMPTY_ROW("STANDARD.EMPTY_ROW", TableFinding.Kind.EMPTY_ROW.severity(), null),
        /** Graver circumstances with a lighter tier ({@link TableFinding.Kind#DISPROPORTION}, 过罚不相当). */
        DISPROPORTION("STANDARD.DISPROPORTION", TableFinding.Kind.DISPROPORTION.severity(), null),
        /** A tier of the lower standard not within the higher's where their conditions meet (超出上级基准). */
        NOT_CONTAINED("STANDARD.NOT_CONTAINED", Severity.WARNING, VerificationPolicy.Interpretation.CONTAINMENT),
        /** The lower standard grades an item the higher one does not (上级基准未规定的事项). */
        ITEM_NOT_IN_HIGHER("STANDARD.ITEM_NOT_IN_HIGHER", Severity.WARNING,
                VerificationPolicy.Interpretation.CONTAINMENT);

        private final String code;
        private final Severity severity;
        private final VerificationPolicy.Interpretation interpretation;

        Kind(String code, Severity severity, VerificationPolicy.Interpretation interpretation) {
            this.code = code;
            this.severity = severity;
            this.interpretation = interpretation;
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
         * Returns how serious a finding of this kind is: an interpretation's findings are warnings.
         *
         * @return the severity, not null
         */
        public Severity severity() {
            return severity;
        }

        /**
         * Returns the interpretation a finding of this kind applies.
         *
         * @return the interpretation, empty for a rule of the statutes, not null
         */
        public Optional<VerificationPolicy.Interpretation> interpretation() {
            return Optional.ofNullable(interpretation);
        }

        static Kind of(TableFinding.Kind kind) {
            return switch (kind) {
                case GAP -> GAP;
                case OVERLAP -> OVERLAP;
                case SHADOWED -> SHADOWED;
                case EMPTY_ROW -> EMPTY_ROW;
                case DISPROPORTION -> DISPROPORTION;
            };
        }
    }

    /**
     * Creates a finding.
     *
     * @param kind  what was found, not null
     * @param standard  the 文号 of the standard verified, not null
     * @param item  the code of the violation item concerned, not null
     * @param rows  the rows concerned, in the order of the parameters (for containment: the lower's row, then the
     *         higher's), not null
     * @param higher  the 文号 of the higher standard, for a finding of containment, not null
     * @param basis  the provisions the finding rests on, {@link Citation#none()} for one about the tiers themselves,
     *         not null
     * @param parameters  the typed parameters, not null
     * @throws IllegalArgumentException if the parameters lack the 文号 or item given
     */
    public StandardFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(item, "item");
        rows = ImmutableList.copyOf(rows);
        Objects.requireNonNull(higher, "higher");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(parameters, "parameters");
        if (!parameters.get("standard").equals(Optional.of(standard))
                || !item.map(i -> parameters.get("item").equals(Optional.of(i))).orElse(true)) {
            throw new IllegalArgumentException("Standard finding " + kind.code() + ": the parameters "
                    + Texts.quote(parameters) + " must hold standard " + Texts.quote(standard)
                    + item.map(i -> " and item " + Texts.quote(i)).orElse(""));
        }
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
     * Returns the message, rendered from the kind and the parameters; a finding of an interpretation says so and
     * which.
     *
     * @return the bilingual message, not null
     */
    @Override
    public BilingualText message() {
        return VerificationMessages.finding(this);
    }
}
