package io.github.quanze.jackson.allocation;

import static io.github.quanze.allocation.PostRole.APPROVER;
import static io.github.quanze.allocation.PostRole.LEGAL_REVIEWER;
import static io.github.quanze.allocation.PostRole.REVIEWER;
import static io.github.quanze.jackson.organization.TobaccoOrganization.CHIEF;
import static io.github.quanze.jackson.organization.TobaccoOrganization.COUNTY_INSPECTOR;
import static io.github.quanze.jackson.organization.TobaccoOrganization.DEPUTY;
import static io.github.quanze.jackson.organization.TobaccoOrganization.DIRECTOR;
import static io.github.quanze.jackson.organization.TobaccoOrganization.INSPECTOR;
import static io.github.quanze.jackson.organization.TobaccoOrganization.LEGAL;
import static io.github.quanze.jackson.organization.TobaccoOrganization.MARKET;
import static io.github.quanze.jackson.organization.TobaccoOrganization.PERMITS;
import static io.github.quanze.jackson.organization.TobaccoOrganization.SQUAD_LEADER;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.jackson.power.TobaccoPowers;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;

/**
 * A smaller equivalent of the examples' allocation of the city tobacco bureau's powers to its posts, with the gaps
 * an audit finds: a power left out, a reward with no handling post, a penalty split with no lead, a seizure with no
 * approver, a post that reviews its own inspections, a permit given to the county bureau's post.
 */
final class TobaccoAllocation {

    private TobaccoAllocation() {
    }

    /** Returns the table, every code and post of which the catalogue and the organization hold. */
    static AllocationTable table() {
        AllocationTable.Builder table = AllocationTable.builder(TobaccoPowers.CITY);
        table.add(Allocation.leadHandler(code("XK-001"), PERMITS), role("XK-001", CHIEF, REVIEWER),
                role("XK-001", DEPUTY, APPROVER));
        table.add(Allocation.leadHandler(code("XK-004"), COUNTY_INSPECTOR), role("XK-004", DEPUTY, APPROVER));
        for (String code : new String[] {"CF-002", "CF-006", "CF-012"}) {
            table.add(Allocation.leadHandler(code(code), INSPECTOR), role(code, SQUAD_LEADER, REVIEWER),
                    role(code, LEGAL, LEGAL_REVIEWER), role(code, DEPUTY, APPROVER));
        }
        table.add(Allocation.handler(code("CF-008"), INSPECTOR), Allocation.handler(code("CF-008"), MARKET),
                role("CF-008", SQUAD_LEADER, REVIEWER), role("CF-008", DEPUTY, APPROVER));
        table.add(Allocation.leadHandler(code("QZ-001"), INSPECTOR), role("QZ-001", SQUAD_LEADER, REVIEWER));
        table.add(Allocation.leadHandler(code("JC-002"), MARKET), role("JC-002", MARKET, REVIEWER));
        table.add(role("JL-001", DIRECTOR, APPROVER));
        return table.build();
    }

    /**
     * Returns the table with two rows a document could not hold: a power not in the catalogue and a post
     * abolished in a reorganisation. The audit reports them; only a table built in code has them.
     */
    static AllocationTable tableWithStrays() {
        return table().toBuilder().add(Allocation.leadHandler(code("CF-099"), INSPECTOR),
                Allocation.leadHandler(code("JC-002"), PostId.of("JCDD-JC"))).build();
    }

    private static Allocation role(String code, PostId post, PostRole role) {
        return Allocation.of(code(code), post, role);
    }

    private static PowerCode code(String code) {
        return PowerCode.of(code);
    }
}
