package io.github.quanze.fault;

import static io.github.quanze.basis.Instruments.SAMR_RESPONSIBILITY_RULE;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;

/**
 * The facts that decide 尽职免责 (exemption for a duty duly performed): seed 003 asks to "建立尽职免责制度，明确依法
 * 履行职责的评判标准，对符合条件的可以予以免责"; 市场监督管理行政执法责任制规定 Art 3 says "失职追责、尽职免责".
 * <p>
 * Interpretation: no national text lists the conditions. quanze takes those the provincial measures share: the
 * officer followed the prescribed procedure, the fault came from rules that were unclear, silent or new, or from a
 * party's deceit, and the officer sought no interest of their own. All must hold.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param followedProcedure  the officer followed the prescribed procedure and duties
 * @param rulesUnclear  the rules were unclear, silent or new (先行先试), so the error was hard to avoid
 * @param deceivedByParty  the party concealed facts or provided false material (相对人弄虚作假)
 * @param selfInterest  the officer sought an interest of their own (谋取私利)
 */
public record DutyPerformance(boolean followedProcedure, boolean rulesUnclear, boolean deceivedByParty,
        boolean selfInterest) {

    /** The provision 尽职免责 rests on. */
    public static final LegalBasis BASIS = LegalBasis.of(Provision.of(SAMR_RESPONSIBILITY_RULE, 3));

    /**
     * Checks whether the facts meet the conditions of 尽职免责.
     *
     * @return true if the procedure was followed, the rules were unclear or the party deceived, and there was no
     *         self-interest
     */
    public boolean qualifies() {
        return followedProcedure && (rulesUnclear || deceivedByParty) && !selfInterest;
    }
}
