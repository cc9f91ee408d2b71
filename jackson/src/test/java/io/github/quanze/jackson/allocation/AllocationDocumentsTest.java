package io.github.quanze.jackson.allocation;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationIssue;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.organization.TobaccoOrganization;
import io.github.quanze.jackson.power.TobaccoPowers;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AllocationDocumentsTest {

    static final DocumentContext TOBACCO = DocumentContext.empty()
            .with(BasisCatalogue.class, TobaccoPowers.basis())
            .with(PowerCatalogue.class, TobaccoPowers.catalogue())
            .with(Organization.class, TobaccoOrganization.organization());

    private static final String TABLE = """
            kind: allocation-table
            version: 1
            agency: SYC
            allocations:
              - power: CF-008
                post: JC-JC
                role: HANDLER
              - power: CF-008
                post: ZM-SC
                role: HANDLER
              - power: XK-001
                post: ZM-XK
                role: HANDLER
                lead: true
              - power: XK-001
                post: FJZ
                role: APPROVER
            """;

    @Test
    void readsATableAgainstTheCatalogueAndTheOrganization() {
        AllocationTable table = read(TABLE);

        assertThat(table.agency()).isEqualTo(TobaccoPowers.CITY);
        assertThat(table.forPower(PowerCode.of("XK-001"))).containsExactly(
                Allocation.of(PowerCode.of("XK-001"), PostId.of("FJZ"), PostRole.APPROVER),
                Allocation.leadHandler(PowerCode.of("XK-001"), PostId.of("ZM-XK")));
        assertThat(table.forPower(PowerCode.of("CF-008"))).extracting(Allocation::lead).containsOnly(false);
    }

    @Test
    void theTobaccoTableSurvivesJsonAndYaml() {
        assertRoundTrip(AllocationDocuments.ALLOCATION_TABLE, TobaccoAllocation.table(), TOBACCO);
    }

    @Test
    void leadIsWrittenOnlyWhereTheHandlerLeads() {
        String yaml = QuanzeDocuments.yaml().writer(AllocationDocuments.ALLOCATION_TABLE).with(TOBACCO)
                .writeString(read(TABLE));

        assertThat(yaml).containsOnlyOnce("lead: true").doesNotContain("lead: false");
    }

    @Property(tries = 50)
    void aGeneratedTableSurvivesJsonAndYaml(@ForAll("worlds") GeneratedWorld world) {
        assertRoundTrip(AllocationDocuments.ALLOCATION_TABLE, world.table(), world.context());
    }

    @Test
    void aPowerOrPostTheAgencyLacksIsReadAndTheAuditReportsIt() {
        AllocationTable table = QuanzeDocuments.yaml().reader(AllocationDocuments.ALLOCATION_TABLE)
                .readString("t.yaml", TABLE.replace("power: CF-008\n    post: ZM-SC", "power: CF-099\n    post: ZM-SC")
                        .replace("post: JC-JC", "post: JCDD-JC"));

        assertThat(table.allocations()).extracting(a -> a.power().value()).contains("CF-099");
        assertThat(AllocationAudit.run(TobaccoPowers.catalogue(), TobaccoOrganization.organization(), table,
                LocalDate.of(2026, 6, 30)).findings())
                .extracting(f -> f.issue())
                .contains(AllocationIssue.UNKNOWN_POWER, AllocationIssue.UNKNOWN_POST);
    }

    @Test
    void aTableIsReadWithoutTheCatalogueOrTheOrganization() {
        assertThat(QuanzeDocuments.yaml().reader(AllocationDocuments.ALLOCATION_TABLE).readString("t.yaml", TABLE))
                .isEqualTo(read(TABLE));
    }

    @Test
    void onlyAHandlerLeads() {
        assertInvalid(AllocationDocuments.ALLOCATION_TABLE, TOBACCO, TABLE.replace("role: APPROVER",
                "role: APPROVER\n    lead: true")).hasMessageContaining("/allocations/3")
                .hasMessageContaining("only a HANDLER can lead, but role was APPROVER");
    }

    @Provide
    Arbitrary<GeneratedWorld> worlds() {
        return Arbitraries.integers().between(0, 25).flatMap(size -> Arbitraries.randomValue(
                random -> GeneratedWorld.of(random, size)));
    }

    private static AllocationTable read(String text) {
        return QuanzeDocuments.yaml().reader(AllocationDocuments.ALLOCATION_TABLE).with(TOBACCO)
                .readString("table.yaml", text);
    }
}
