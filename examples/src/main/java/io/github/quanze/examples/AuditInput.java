package io.github.quanze.examples;

import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an audit report is made from (检查材料): the agency's legal basis, power catalogue, organization and
 * allocation table, the audit date, the enforcement area whose certificates are shown and the power shown as a
 * sample entry.
 *
 * @param title  the report's heading
 * @param basis  the legal basis
 * @param catalogue  the power catalogue
 * @param organization  the organization
 * @param table  the allocation table
 * @param date  the audit date
 * @param area  the enforcement area whose certificates the staff list shows
 * @param sample  the power printed as a sample entry of the catalogue
 */
record AuditInput(BilingualText title, BasisCatalogue basis, PowerCatalogue catalogue, Organization organization,
        AllocationTable table, LocalDate date, String area, PowerCode sample) {

    /** The tobacco bureau of seed 000, built in Java. */
    static AuditInput tobacco() {
        return new AuditInput(BilingualText.of("示例市烟草专卖局 权责清单与职权分解检查报告",
                "Tobacco monopoly bureau of Example City: catalogue and allocation audit"),
                TobaccoLaw.basisCatalogue(), TobaccoCatalogue.catalogue(), TobaccoBureau.organization(),
                TobaccoBureau.allocationTable(), TobaccoBureau.AUDIT_DATE, TobaccoCatalogue.AREA,
                TobaccoCatalogue.retailLicence().code());
    }

    /**
     * An agency read from documents: the heading names the agency whose catalogue it is (or the catalogue, if the
     * organization lacks it); the area is the one most powers belong to;
     * the sample is the first power with an accountability clause, taking the kinds in the order the report lists
     * them (licences first), or else the first power.
     */
    static AuditInput of(BasisCatalogue basis, PowerCatalogue catalogue, Organization organization,
            AllocationTable table, LocalDate date) {
        if (catalogue.size() == 0) {
            throw new Main.UsageException("The power catalogue " + catalogue.name() + " holds no power to audit");
        }
        String area = catalogue.powers().stream()
                .collect(Collectors.groupingBy(Power::enforcementArea, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow();
        PowerCode sample = Arrays.stream(PowerKind.values()).flatMap(kind -> catalogue.byKind(kind).stream())
                .filter(p -> !p.accountabilityClauses().isEmpty())
                .findFirst().orElse(catalogue.powers().get(0)).code();
        String agency = organization.findAgency(catalogue.agency()).map(a -> a.name()).orElse(catalogue.name());
        return new AuditInput(BilingualText.of(agency + " 权责清单与职权分解检查报告",
                agency + ": catalogue and allocation audit"), basis, catalogue, organization, table, date, area,
                sample);
    }
}
