package io.github.quanze.allocation;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.AGENCY_COUNTY;
import static io.github.quanze.testing.Fixtures.CODE_INSPECTION;
import static io.github.quanze.testing.Fixtures.CODE_RETAIL_LICENCE;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.POST_LICENCE;
import static io.github.quanze.testing.Fixtures.POST_SECTION_CHIEF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import net.jqwik.api.Example;

/** Allocations and their table: order, equality and look-ups, asked both ways. */
class AllocationContractTest {

    private static final Allocation LICENCE = Allocation.leadHandler(CODE_RETAIL_LICENCE, POST_LICENCE);
    private static final Allocation APPROVAL = Allocation.of(CODE_RETAIL_LICENCE, POST_SECTION_CHIEF,
            PostRole.APPROVER);
    private static final Allocation INSPECTION = Allocation.handler(CODE_INSPECTION, POST_INSPECTOR);

    @Example
    void allocation_ordersByPowerThenPostThenRole() {
        assertThat(INSPECTION.compareTo(LICENCE)).isNegative(); // JC-001 before XK-001
        assertThat(LICENCE.compareTo(INSPECTION)).isPositive();
        assertThat(LICENCE.compareTo(APPROVAL)).isEqualTo(POST_LICENCE.compareTo(POST_SECTION_CHIEF)).isNotZero();
        assertThat(APPROVAL.compareTo(LICENCE)).isEqualTo(POST_SECTION_CHIEF.compareTo(POST_LICENCE));
        Allocation reviewerAtLicence = Allocation.of(CODE_RETAIL_LICENCE, POST_LICENCE, PostRole.REVIEWER);
        assertThat(LICENCE.compareTo(reviewerAtLicence)).isEqualTo(PostRole.HANDLER.compareTo(PostRole.REVIEWER))
                .isNotZero();
        assertThat(LICENCE.compareTo(Allocation.handler(CODE_RETAIL_LICENCE, POST_LICENCE))).isZero();
    }

    @Example
    void allocation_onlyAHandlerLeads() {
        assertThat(LICENCE.lead()).isTrue();
        assertThat(Allocation.handler(CODE_RETAIL_LICENCE, POST_LICENCE).lead()).isFalse();
        assertThat(APPROVAL.lead()).isFalse();
        assertThat(APPROVAL.role()).isEqualTo(PostRole.APPROVER);
        assertThatIllegalArgumentException().isThrownBy(() -> new Allocation(CODE_RETAIL_LICENCE, POST_LICENCE,
                PostRole.APPROVER, true)).withMessage("Allocation of power XK-001 to post LICENCE: only a HANDLER can "
                        + "lead, but role was APPROVER");
        assertThat(new Allocation(CODE_RETAIL_LICENCE, POST_LICENCE, PostRole.HANDLER, true)).isEqualTo(LICENCE);
    }

    @Example
    void table_equalsAgencyAndAllocations() {
        AllocationTable table = AllocationTable.builder(AGENCY_CITY).add(LICENCE, APPROVAL, INSPECTION).build();
        AllocationTable same = AllocationTable.builder(AGENCY_CITY).addAll(List.of(LICENCE, APPROVAL, INSPECTION))
                .build();
        assertThat(table).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(table.toBuilder().build()).isEqualTo(table);
        assertThat(table).isNotEqualTo(AllocationTable.builder(AGENCY_COUNTY).add(LICENCE, APPROVAL, INSPECTION)
                .build());
        assertThat(table).isNotEqualTo(AllocationTable.builder(AGENCY_CITY).add(LICENCE, APPROVAL).build());
        assertThat(table).isNotEqualTo(table.toString()).isNotEqualTo(null);
        assertThat(table).hasToString("AllocationTable{CITY, 3 allocations}");
    }

    @Example
    void table_looksUpByPowerAndPost() {
        AllocationTable table = AllocationTable.builder(AGENCY_CITY).add(LICENCE, APPROVAL, INSPECTION).build();
        assertThat(table.agency()).isEqualTo(AGENCY_CITY);
        assertThat(table.forPower(CODE_RETAIL_LICENCE)).containsExactlyInAnyOrder(LICENCE, APPROVAL);
        assertThat(table.forPower(CODE_INSPECTION)).containsExactly(INSPECTION);
        assertThat(table.forPost(POST_INSPECTOR)).containsExactly(INSPECTION);
        assertThat(table.forPost(POST_SECTION_CHIEF)).containsExactly(APPROVAL);
        assertThat(table.posts()).containsExactlyInAnyOrder(POST_LICENCE, POST_SECTION_CHIEF, POST_INSPECTOR);
        assertThat(table.powers()).containsExactlyInAnyOrder(CODE_RETAIL_LICENCE, CODE_INSPECTION);
        AllocationTable small = AllocationTable.builder(AGENCY_CITY).add(INSPECTION).build();
        assertThat(small.forPower(CODE_RETAIL_LICENCE)).isEmpty();
        assertThat(small.forPost(POST_LICENCE)).isEmpty();
        assertThat(small.posts()).containsExactly(POST_INSPECTOR);
    }
}
