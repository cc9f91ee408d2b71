package io.github.quanze.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.quanze.internal.Texts;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the allocation checks read (职权分解检查对象): an agency's power catalogue, its organization, its allocation
 * table, and the day of the audit.
 * <p>
 * The catalogue and the table must be of the same agency: auditing a county's table against a city's catalogue is
 * a mix-up of inputs, not a finding, and is rejected.
 * <p>
 * The built-in checks share one pass over the data, made the first time a check asks and kept with the context.
 * The pass runs once however many threads ask at the same time, and what it found is immutable: a check hands its
 * list to the caller as it is, and the caller cannot change what other checks read.
 * Custom checks ({@link io.github.quanze.rule.Check}) read the four values directly.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AllocationContext {

    private final PowerCatalogue catalogue;
    private final Organization organization;
    private final AllocationTable table;
    private final LocalDate date;
    private final Supplier<Map<AllocationIssue, List<AllocationFinding>>> scan;

    private AllocationContext(PowerCatalogue catalogue, Organization organization, AllocationTable table,
            LocalDate date) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.organization = Objects.requireNonNull(organization, "organization");
        this.table = Objects.requireNonNull(table, "table");
        this.date = Objects.requireNonNull(date, "date");
        checkArgument(catalogue.agency().equals(table.agency()),
                "Catalogue %s is of agency '%s' but the allocation table is of agency '%s'; audit a table against "
                        + "its own agency's catalogue", Texts.quoted(catalogue.name()), catalogue.agency(),
                table.agency());
        // memoize runs the pass once under a lock and publishes the result safely to every thread
        this.scan = Suppliers.memoize(() -> AllocationScan.scan(this));
    }

    /**
     * Obtains a context.
     *
     * @param catalogue  the agency's power catalogue, not null
     * @param organization  the organization holding the agency's posts and officers, not null
     * @param table  the agency's allocation table, not null
     * @param date  the day of the audit, against which certificates are checked, not null
     * @return the context, not null
     * @throws IllegalArgumentException if the catalogue and the table are of different agencies
     */
    public static AllocationContext of(PowerCatalogue catalogue, Organization organization, AllocationTable table,
            LocalDate date) {
        return new AllocationContext(catalogue, organization, table, date);
    }

    /**
     * Returns the power catalogue.
     *
     * @return the catalogue, not null
     */
    public PowerCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns the organization.
     *
     * @return the organization, not null
     */
    public Organization organization() {
        return organization;
    }

    /**
     * Returns the allocation table.
     *
     * @return the table, not null
     */
    public AllocationTable table() {
        return table;
    }

    /**
     * Returns the day of the audit.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /** Returns the findings of one issue from the shared pass, as an immutable list. */
    List<AllocationFinding> findings(AllocationIssue issue) {
        return scan.get().getOrDefault(issue, List.of());
    }
}
