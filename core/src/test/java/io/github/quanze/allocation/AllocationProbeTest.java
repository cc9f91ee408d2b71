package io.github.quanze.allocation;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.CATALOGUE;
import static io.github.quanze.testing.Fixtures.CODE_INSPECTION;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Probes.dates;
import static io.github.quanze.testing.Probes.probe;

import io.github.quanze.text.Parameters;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Bad input to every factory and builder of the package gives a value, a short IllegalArgumentException, or a
 * NullPointerException naming the argument; never an error from inside.
 */
class AllocationProbeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final AllocationTable TABLE = AllocationTable.builder(AGENCY_CITY)
            .add(Allocation.leadHandler(CODE_INSPECTION, POST_INSPECTOR)).build();
    private static final LegalBasis BASIS =
            LegalBasis.of(Provision.wholeOf(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS));

    @Example
    void dates_areTakenOrRejectedShortly() {
        dates("AllocationAudit.run", d -> AllocationAudit.run(CATALOGUE, ORGANIZATION, TABLE, d));
    }

    @Example
    void nulls_areRejectedByName() {
        probe("Allocation(power)", () -> Allocation.handler(null, POST_INSPECTOR));
        probe("Allocation(post)", () -> Allocation.leadHandler(CODE_INSPECTION, null));
        probe("Allocation(role)", () -> Allocation.of(CODE_INSPECTION, POST_INSPECTOR, null));
        probe("AllocationTable.builder", () -> AllocationTable.builder(null).build());
        probe("AllocationTable.add", () -> AllocationTable.builder(AGENCY_CITY).add((Allocation) null));
        probe("AllocationTable.add(array)", () -> AllocationTable.builder(AGENCY_CITY).add((Allocation[]) null));
        probe("AllocationTable.addAll", () -> AllocationTable.builder(AGENCY_CITY).addAll(null));
        probe("AllocationTable.forPower", () -> TABLE.forPower(null));
        probe("AllocationTable.forPost", () -> TABLE.forPost(null));
        probe("AllocationContext.of(catalogue)", () -> AllocationContext.of(null, ORGANIZATION, TABLE, DAY));
        probe("AllocationContext.of(organization)", () -> AllocationContext.of(CATALOGUE, null, TABLE, DAY));
        probe("AllocationContext.of(table)", () -> AllocationContext.of(CATALOGUE, ORGANIZATION, null, DAY));
        probe("AllocationContext.of(date)", () -> AllocationContext.of(CATALOGUE, ORGANIZATION, TABLE, null));
        probe("AllocationAudit.run(context)", () -> AllocationAudit.run(null, AllocationRules.defaults()));
        probe("AllocationAudit.run(checks)",
                () -> AllocationAudit.run(AllocationContext.of(CATALOGUE, ORGANIZATION, TABLE, DAY), null));
        probe("AllocationAudit.run(null check)", () -> AllocationAudit.run(
                AllocationContext.of(CATALOGUE, ORGANIZATION, TABLE, DAY), Arrays.asList(
                        AllocationRules.check(AllocationIssue.UNALLOCATED), null)));
        probe("AllocationRules.check", () -> AllocationRules.check(null));
        probe("AllocationRules.check(context)", () -> AllocationRules.check(AllocationIssue.UNALLOCATED).check(null));
        probe("AllocationFinding(powers)", () -> AllocationFinding.of(AllocationIssue.UNALLOCATED, null, List.of(),
                Parameters.empty(), BASIS));
        probe("AllocationFinding(null post)", () -> AllocationFinding.of(AllocationIssue.UNALLOCATED,
                List.of(PowerCode.of("X")), Arrays.asList(PostId.of("P"), null), Parameters.empty(), BASIS));
        probe("AllocationFinding(officers)", () -> new AllocationFinding(AllocationIssue.UNALLOCATED,
                List.of(PowerCode.of("X")), List.of(), null, Parameters.empty(), BASIS));
        probe("AllocationFinding(parameters)", () -> AllocationFinding.of(AllocationIssue.UNALLOCATED,
                List.of(PowerCode.of("X")), List.of(), null, BASIS));
        probe("AllocationReport(findings)", () -> new AllocationReport(DAY, null));
        probe("AllocationReport.findings(issue)", () -> new AllocationReport(DAY, List.of())
                .findings((AllocationIssue) null));
    }
}
