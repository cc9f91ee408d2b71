package io.github.quanze.assessment;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.sanction.SanctionKind;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A measure that follows an agency's assessment (考核结果运用): 表彰 for an outstanding agency, or one of the
 * agency measures of 国办发〔2005〕37号, 限期整改, 通报批评 and 取消评比先进资格, lightest first.
 * <p>
 * The three sanctions are the agency measures of the sanction package ({@link #sanctionKind()}); commendation
 * (表彰, "对行政执法绩效突出的行政执法部门…予以表彰") is the reward side of the same text and is never given together
 * with a sanction.
 */
public enum AgencyMeasure implements Labelled {
    /** 表彰: commendation of an agency whose enforcement was outstanding. */
    COMMENDATION("表彰", "commendation", null),
    /** 限期整改: rectification within a time limit. */
    RECTIFICATION("限期整改", "rectification within a time limit", SanctionKind.RECTIFICATION),
    /** 通报批评: public reprimand of the agency. */
    REPRIMAND("通报批评", "public reprimand of the agency", SanctionKind.AGENCY_REPRIMAND),
    /** 取消评比先进资格: loss of eligibility for awards. */
    AWARD_INELIGIBILITY("取消评比先进资格", "loss of award eligibility", SanctionKind.AWARD_INELIGIBILITY);

    /**
     * Orders sets of measures from lighter to heavier: by their sanctions, the heaviest first then the next, then
     * the one with more; of two sets with the same sanctions, the one with commendation is lighter. So a set with
     * commendation is lighter than no measure, which is lighter than any sanction.
     */
    public static final Comparator<Set<AgencyMeasure>> HEAVIER = AgencyMeasure::compare;

    private final BilingualText label;
    private final SanctionKind kind;

    AgencyMeasure(String zh, String en, SanctionKind kind) {
        this.label = BilingualText.of(zh, en);
        this.kind = kind;
    }

    /** @return the measure's name in Chinese and English, not null */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns the agency sanction this measure is.
     *
     * @return the kind, empty for commendation
     */
    public Optional<SanctionKind> sanctionKind() {
        return Optional.ofNullable(kind);
    }

    /** @return whether the measure is a sanction (not commendation) */
    public boolean isSanction() {
        return kind != null;
    }

    /**
     * Describes a set of measures, heaviest first: 通报批评、限期整改, or 无.
     *
     * @param measures  the measures, not null
     * @return the description in Chinese and English, not null
     */
    public static BilingualText describe(Set<AgencyMeasure> measures) {
        return AssessmentMessages.measures(Objects.requireNonNull(measures, "measures"));
    }

    private static int compare(Set<AgencyMeasure> a, Set<AgencyMeasure> b) {
        AgencyMeasure[] all = values();
        int i = all.length - 1;
        int j = all.length - 1;
        while (true) {
            while (i > 0 && !a.contains(all[i])) {
                i--;
            }
            while (j > 0 && !b.contains(all[j])) {
                j--;
            }
            // index 0 is commendation: past the sanctions of either set
            if (i == 0 || j == 0) {
                if (i != j) {
                    return i == 0 ? -1 : 1;
                }
                return Boolean.compare(b.contains(COMMENDATION), a.contains(COMMENDATION));
            }
            if (i != j) {
                return Integer.compare(i, j);
            }
            i--;
            j--;
        }
    }
}
