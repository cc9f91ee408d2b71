package io.github.quanze.testkit.organization;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.PowerCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A generated agency (生成的执法主体): its power catalogue, its organization and the allocations of its table
 * (职权分解表), audited on a day.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param catalogue  the power catalogue, not null
 * @param organization  the organization, holding the agency and one other, not null
 * @param agency  the agency whose table it is, not null
 * @param allocations  the allocations, in generation order, not null
 * @param date  the audit day, not null
 */
public record AllocationWorld(PowerCatalogue catalogue, Organization organization, AgencyId agency,
        List<Allocation> allocations, LocalDate date) {

    /**
     * Creates a world, copying the allocations.
     *
     * @param catalogue  the power catalogue, not null
     * @param organization  the organization, holding the agency and one other, not null
     * @param agency  the agency whose table it is, not null
     * @param allocations  the allocations, in generation order, not null
     * @param date  the audit day, not null
     */
    public AllocationWorld {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(agency, "agency");
        allocations = List.copyOf(allocations);
        Objects.requireNonNull(date, "date");
    }

    /**
     * Returns the allocation table built from the allocations.
     *
     * @return the table, not null
     */
    public AllocationTable table() {
        return AllocationTable.builder(agency).addAll(allocations).build();
    }

    @Override
    public String toString() {
        return "AllocationWorld{" + catalogue.powers() + ", " + organization + ", " + allocations + "}";
    }
}
