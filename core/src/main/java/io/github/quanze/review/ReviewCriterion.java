package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion of a review standard (评查标准条目): a defect a reviewer looks for under an item, and what it costs.
 * A veto criterion (否决项, {@link #isVeto()}) makes the whole file 不合格 with score 0; any other deducts its
 * points from its item once per occurrence.
 *
 * @param code  the criterion's code within its standard, such as {@code EVIDENCE.INSUFFICIENT}, one line without
 *        surrounding spaces, not blank
 * @param item  the code of the item it belongs to, one line without surrounding spaces, not blank
 * @param name  what the defect is, such as 主要证据不足, not null
 * @param deduction  the points deducted per occurrence, 0 for a veto and at least 1 otherwise
 * @param veto  whether the criterion is a veto item
 * @param defectKind  the kind of substantive defect, if any; a defect of form alone has none
 * @param basis  the provisions the criterion rests on, not null
 */
public record ReviewCriterion(String code, String item, BilingualText name, int deduction, boolean veto,
        Optional<DefectKind> defectKind, LegalBasis basis) {

    /**
     * Creates a criterion.
     *
     * @param code  the criterion's code within its standard, such as {@code EVIDENCE.INSUFFICIENT}, one line without
     *         surrounding spaces, not blank
     * @param item  the code of the item it belongs to, one line without surrounding spaces, not blank
     * @param name  what the defect is, such as 主要证据不足, not null
     * @param deduction  the points deducted per occurrence, 0 for a veto and at least 1 otherwise
     * @param veto  whether the criterion is a veto item
     * @param defectKind  the kind of substantive defect, if any; a defect of form alone has none
     * @param basis  the provisions the criterion rests on, not null
     * @throws IllegalArgumentException if a code is blank, has a control character or surrounding spaces, a veto
     *         deducts points, or a deduction is less than 1
     */
    public ReviewCriterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defectKind, "defectKind");
        Objects.requireNonNull(basis, "basis");
        Texts.checkLine("Review criterion code", code);
        Texts.checkLine("Review criterion " + Texts.quoted(code) + ": item", item);
        checkArgument(veto ? deduction == 0 : deduction >= 1,
                "Review criterion %s: deduction must be %s, but was %s", Texts.quoted(code),
                veto ? "0 for a veto item" : "at least 1", deduction);
    }

    /**
     * Obtains a veto criterion (否决项).
     *
     * @param code  the code, not blank
     * @param item  the item's code, not blank
     * @param name  the defect, not null
     * @param defectKind  the kind of substantive defect, not null
     * @param basis  the provisions, not null
     * @return the criterion, not null
     */
    public static ReviewCriterion veto(String code, String item, BilingualText name, DefectKind defectKind,
            LegalBasis basis) {
        return new ReviewCriterion(code, item, name, 0, true, Optional.of(defectKind), basis);
    }

    /**
     * Obtains a criterion that deducts points per occurrence (扣分项).
     *
     * @param code  the code, not blank
     * @param item  the item's code, not blank
     * @param name  the defect, not null
     * @param deduction  the points per occurrence, at least 1
     * @param defectKind  the kind of substantive defect, or null for a defect of form alone
     * @param basis  the provisions, not null
     * @return the criterion, not null
     */
    public static ReviewCriterion deduction(String code, String item, BilingualText name, int deduction,
            DefectKind defectKind, LegalBasis basis) {
        return new ReviewCriterion(code, item, name, deduction, false, Optional.ofNullable(defectKind), basis);
    }

    /**
     * Checks whether the criterion is a veto item (否决项).
     *
     * @return true if finding it fails the file
     */
    public boolean isVeto() {
        return veto;
    }
}
