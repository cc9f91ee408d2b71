package io.github.quanze.testkit.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationFinding;
import io.github.quanze.allocation.AllocationReport;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Shrinking;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

class AllocationWorldArbitraryTest {

    @Property(tries = 200)
    void aLawfulWorldHasNoFinding(@ForAll("lawful") AllocationWorld world) {
        assertThat(audit(world).findings()).isEmpty();
    }

    @Property(tries = 400)
    void aPlantedFlawIsFoundExactlyOnce(@ForAll("flawed") Tuple2<AllocationFlaw, AllocationWorld> flawed) {
        assertThat(audit(flawed.get2()).findings()).extracting(AllocationFinding::issue)
                .containsExactly(flawed.get1().issue());
    }

    @Property(tries = 200)
    void mixedWorldsHaveFindingsOfManyIssues(@ForAll("mixed") AllocationWorld world) {
        AllocationReport report = audit(world);
        Statistics.label("unallocated").collect(!report.unallocatedPowers().isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("any finding").collect(!report.findings().isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p > 50));
    }

    @Property(tries = 100)
    void organizationsHoldCertificatesOnlyInTheChosenStatuses(@ForAll("expired") Organization organization) {
        assertThat(organization.credentials()).isNotEmpty().allSatisfy(c -> assertThat(
                c.statusOn(Credentials.AUDIT_DATE)).isEqualTo(CredentialStatus.EXPIRED));
    }

    @Property(tries = 200)
    void organizationsHoldCertificatesInEveryStatus(@ForAll("organizations") Organization organization) {
        for (EnforcementCredential credential : organization.credentials()) {
            Statistics.label("status").collect(credential.statusOn(Credentials.AUDIT_DATE))
                    .coverage(c -> List.of(CredentialStatus.values()).forEach(s -> c.check(s).count(n -> n > 0)));
        }
    }

    @Example
    void aCertificateInEachStatusIsInThatStatusOnTheAuditDay() {
        for (CredentialStatus status : CredentialStatus.values()) {
            assertThat(Credentials.inStatus(OfficerId.of("O-1"), status, List.of("烟草专卖"))
                    .statusOn(Credentials.AUDIT_DATE)).isEqualTo(status);
        }
    }

    @Example
    void aFlawedWorldShrinksToOnePower() {
        AllocationWorld smallest = Shrinking.shrink(QuanzeArbitraries.allocationTables()
                .withFlaw(AllocationFlaw.HANDLER_ALSO_APPROVES), w -> !audit(w).findings().isEmpty(), 3);

        assertThat(smallest.catalogue().powers()).hasSize(1);
        assertThat(smallest.catalogue().powers().get(0).code().value()).isEqualTo("P-000");
        assertThat(smallest.allocations()).hasSize(4);
    }

    @Example
    void badCountsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.allocationTables().maxPowers(0))
                .withMessageContaining("from 1 to 999, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> QuanzeArbitraries.catalogues().powers(3, 2))
                .withMessageContaining("but were 3 and 2");
    }

    private static AllocationReport audit(AllocationWorld world) {
        return AllocationAudit.run(world.catalogue(), world.organization(), world.table(), world.date());
    }

    @Provide
    Arbitrary<AllocationWorld> lawful() {
        return QuanzeArbitraries.allocationTables().lawful();
    }

    @Provide
    Arbitrary<AllocationWorld> mixed() {
        return QuanzeArbitraries.allocationTables();
    }

    @Provide
    Arbitrary<Organization> expired() {
        return QuanzeArbitraries.organizations().certificates(CredentialStatus.EXPIRED);
    }

    @Provide
    Arbitrary<Organization> organizations() {
        return QuanzeArbitraries.organizations();
    }

    @Provide
    Arbitrary<Tuple2<AllocationFlaw, AllocationWorld>> flawed() {
        return Arbitraries.of(AllocationFlaw.class).flatMap(flaw -> QuanzeArbitraries.allocationTables()
                .withFlaw(flaw).map(w -> Tuple.of(flaw, w)));
    }
}
