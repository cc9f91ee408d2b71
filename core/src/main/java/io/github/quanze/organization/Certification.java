package io.github.quanze.organization;

import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "is this officer certified for this area on this day?" (执法资格核验结果), with the reason.
 * <p>
 * Being uncertified is a legal outcome, not an error: the answer is a value that names the certificate it looked
 * at, so that a report can say "执法证 ZF-0012 已过有效期" rather than just "no". The answer is data; its sentences
 * are rendered from it ({@link #explanation()}, {@link #label()}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param officer  the officer asked about, not null
 * @param area  the enforcement area, without spaces at either end (they are removed), not blank
 * @param date  the day, not null
 * @param outcome  whether the officer is certified, or why not, not null
 * @param credentialNumber  the certificate the outcome rests on, empty if the officer holds none covering the area
 */
public record Certification(OfficerId officer, String area, LocalDate date, CertificationOutcome outcome,
        Optional<String> credentialNumber) implements Labelled {

    /**
     * Creates a certification answer, normalising the area.
     *
     * @param officer  the officer asked about, not null
     * @param area  the enforcement area, without spaces at either end (they are removed), not blank
     * @param date  the day, not null
     * @param outcome  whether the officer is certified, or why not, not null
     * @param credentialNumber  the certificate the outcome rests on, empty if the officer holds none covering the area
     * @throws IllegalArgumentException if the area is blank or has a control character
     */
    public Certification {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(area, "area");
        area = Texts.normalizeTerm("Certification area", area);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(credentialNumber, "credentialNumber");
    }

    /**
     * Checks whether the officer may enforce in the area on the day.
     *
     * @return true if the outcome is CERTIFIED
     */
    public boolean isCertified() {
        return outcome == CertificationOutcome.CERTIFIED;
    }

    /**
     * Explains the answer: 执法人员 O-07 在 2026-10-08 执法证 ZF-0012：执法证已过有效期（执法领域：烟草专卖）.
     *
     * @return the explanation in Chinese and English, not null
     */
    public BilingualText explanation() {
        return OrganizationMessages.explanation(this);
    }

    /**
     * Returns the answer in short, as an audit lists the officers of a post: O-07 ZF-0012 执法证已过有效期.
     *
     * @return the officer, the certificate if any, and the outcome, in Chinese and English, not null
     */
    @Override
    public BilingualText label() {
        return OrganizationMessages.label(this);
    }
}
