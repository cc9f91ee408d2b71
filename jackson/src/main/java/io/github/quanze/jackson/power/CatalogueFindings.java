package io.github.quanze.jackson.power;

import io.github.quanze.power.AgencyId;
import io.github.quanze.power.CatalogueFinding;
import io.github.quanze.power.PowerCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 权责清单自查结论 The findings of a power catalogue's self-check on a day: which catalogue was checked, of which
 * agency, on which day, and what was found ({@link PowerCatalogue#findings(LocalDate)}). The value of a
 * {@code catalogue-findings} document.
 *
 * @param catalogue  the name of the catalogue checked, not null
 * @param agency  the agency whose catalogue it is, not null
 * @param date  the day the catalogue was checked on, not null
 * @param findings  the findings, in the catalogue's order of powers, not null
 */
public record CatalogueFindings(String catalogue, AgencyId agency, LocalDate date, List<CatalogueFinding> findings) {

    /**
     * Creates the findings of a check.
     *
     * @param catalogue  the name of the catalogue checked, not null
     * @param agency  the agency whose catalogue it is, not null
     * @param date  the day the catalogue was checked on, not null
     * @param findings  the findings, not null
     */
    public CatalogueFindings {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(date, "date");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /**
     * Checks a catalogue on a day.
     *
     * @param catalogue  the catalogue, not null
     * @param date  the day, not null
     * @return the findings, not null
     */
    public static CatalogueFindings of(PowerCatalogue catalogue, LocalDate date) {
        return new CatalogueFindings(catalogue.name(), catalogue.agency(), date, catalogue.findings(date));
    }

    /**
     * Checks a catalogue on its own date.
     *
     * @param catalogue  the catalogue, not null
     * @return the findings, not null
     */
    public static CatalogueFindings of(PowerCatalogue catalogue) {
        return of(catalogue, catalogue.date());
    }
}
