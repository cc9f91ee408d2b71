package io.github.quanze.testing;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.PowerCatalogue;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated agency: its catalogue, its organization and the allocations of its table, audited on a date.
 *
 * @param catalogue  the power catalogue
 * @param organization  the organization, holding the agency and one other
 * @param agency  the agency whose table it is
 * @param allocations  the allocations, in generation order
 * @param date  the audit date
 */
public record World(PowerCatalogue catalogue, Organization organization, AgencyId agency, List<Allocation> allocations,
        LocalDate date) {

    /** Returns the allocation table built from the allocations. */
    public AllocationTable table() {
        return AllocationTable.builder(agency).addAll(allocations).build();
    }

    @Override
    public String toString() {
        return "World{" + catalogue.size() + " powers, " + organization + ", " + allocations.size() + " allocations}";
    }
}
