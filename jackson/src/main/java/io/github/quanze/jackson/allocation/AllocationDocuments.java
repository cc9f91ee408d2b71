package io.github.quanze.jackson.allocation;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.PowerCode;
import java.util.ArrayList;
import java.util.List;

/**
 * 职权分解表 The document of an allocation table: which post holds which power of the catalogue in which role
 * (承办, 审核, 法制审核, 批准), one row per post and role.
 * <p>
 * Powers are named by code, posts and the agency by id. They are not resolved when the table is read: a row for a
 * power the catalogue lacks, a post the organization lacks or a post of another agency is what the allocation audit
 * is for, and it reports them as findings ({@code ALLOCATION.UNKNOWN_POWER}, {@code ALLOCATION.UNKNOWN_POST},
 * {@code ALLOCATION.FOREIGN_POST}). A table is therefore read without a context.
 */
public final class AllocationDocuments {

    /** 职权分解 One allocation: a power, a post, the post's role and whether it leads the handling. */
    static final ObjectCodec<Allocation> ALLOCATION = ObjectCodec
            .builder("allocation", Draft::new, Draft::build)
            .description("职权分解 A power allocated to a post in a role")
            .about("The code of a power of the catalogue; the audit reports a code the catalogue lacks")
            .required("power", PowerDocuments.POWER_CODE, Allocation::power, (d, v) -> d.power = v)
            .about("The id of a post of the organization; the audit reports an id the organization lacks")
            .required("post", OrganizationDocuments.POST_ID, Allocation::post, (d, v) -> d.post = v)
            .required("role", Codecs.enumOf(PostRole.class), Allocation::role, (d, v) -> d.role = v)
            .about("主办 Whether the post leads the handling of the power; only a HANDLER leads")
            .defaulted("lead", Codecs.BOOLEAN, Allocation::lead, (d, v) -> d.lead = v, false)
            .build();

    private static final ObjectCodec<AllocationTable> TABLE = ObjectCodec
            .builder("allocationTable", TableDraft::new, TableDraft::build)
            .about("The id of the agency whose powers are allocated")
            .required("agency", PowerDocuments.AGENCY_ID, AllocationTable::agency, (d, v) -> d.agency = v)
            .list("allocations", ALLOCATION, AllocationTable::allocations, (d, v) -> d.allocations.add(v))
            .build();

    /** 职权分解表 The document of an allocation table. */
    public static final DocumentKind<AllocationTable> ALLOCATION_TABLE = DocumentKind.of("allocation-table", 1,
            AllocationTable.class, "职权分解表 allocation table", TABLE);

    private AllocationDocuments() {
    }

    private static final class Draft {
        PowerCode power;
        PostId post;
        PostRole role;
        boolean lead;

        Allocation build() {
            return new Allocation(power, post, role, lead);
        }
    }

    private static final class TableDraft {
        AgencyId agency;
        final List<Allocation> allocations = new ArrayList<>();

        AllocationTable build() {
            return AllocationTable.builder(agency).addAll(allocations).build();
        }
    }
}
