package io.github.quanze.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.organization.Agency;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.testing.Fixtures;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.organization.AllocationWorld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AllocationPropertiesTest {

    /** Agencies whose allocations have flaws of every kind mixed in. */
    @Provide
    Arbitrary<AllocationWorld> worlds() {
        return QuanzeArbitraries.allocationTables();
    }

    @Provide
    Arbitrary<PowerCatalogue> catalogues() {
        return QuanzeArbitraries.catalogues();
    }

    @Property
    void theAuditReportsEveryUnallocatedPowerAndOnlyThose(@ForAll("worlds") AllocationWorld world) {
        AllocationReport report = AllocationAudit.run(world.catalogue(), world.organization(), world.table(),
                world.date());
        Set<PowerCode> expected = world.catalogue().powers().stream().map(Power::code)
                .filter(code -> world.allocations().stream().noneMatch(a -> a.power().equals(code)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(report.unallocatedPowers()).containsExactlyElementsOf(expected);
    }

    @Property
    void theAuditDoesNotDependOnTheOrderOfPowersPostsOrAllocations(@ForAll("worlds") AllocationWorld world,
            @ForAll long seed) {
        Random random = new Random(seed);
        PowerCatalogue catalogue = PowerCatalogue.builder(world.catalogue().name(), world.catalogue().agency(),
                world.catalogue().date()).addAll(shuffled(world.catalogue().powers(), random)).build();
        Organization.Builder org = Organization.builder();
        shuffled(world.organization().agencies(), random).forEach(org::addAgency);
        shuffled(world.organization().units(), random).forEach(org::addUnit);
        shuffled(world.organization().posts(), random).forEach(org::addPost);
        shuffled(world.organization().officers(), random).forEach(org::addOfficer);
        shuffled(world.organization().credentials(), random).forEach(org::addCredential);
        AllocationTable table = AllocationTable.builder(world.agency())
                .addAll(shuffled(world.allocations(), random)).build();

        AllocationReport original = AllocationAudit.run(world.catalogue(), world.organization(), world.table(),
                world.date());
        AllocationReport reordered = AllocationAudit.run(catalogue, org.build(), table, world.date());
        assertThat(reordered).isEqualTo(original);
    }

    @Property
    void aFullySeparatedAndStaffedAllocationHasNoFinding(@ForAll("catalogues") PowerCatalogue catalogue) {
        AgencyId agency = catalogue.agency();
        PostId handler = PostId.of("HANDLER");
        PostId reviewer = PostId.of("REVIEWER");
        PostId approver = PostId.of("APPROVER");
        Organization.Builder org = Organization.builder().addAgency(new Agency(agency, "某局"))
                .addUnit(new Unit(UnitId.of("U"), agency, "科"));
        for (PostId post : List.of(handler, reviewer, approver)) {
            org.addPost(Post.builder().id(post).unit(UnitId.of("U")).name(post.value()).build());
        }
        int n = 0;
        for (PostId post : List.of(handler, handler, reviewer, approver)) {
            OfficerId id = OfficerId.of("O" + n++);
            org.addOfficer(Officer.builder().id(id).name("人员").agency(agency).addPosts(post).build());
            org.addCredential(EnforcementCredential.builder().number("ZF" + id).holder(id).issuingAuthority("某政府")
                    .addAreas(Fixtures.AREA_TOBACCO, Fixtures.AREA_MARKET).validFrom(LocalDate.of(2020, 1, 1))
                    .validUntil(LocalDate.of(2030, 12, 31)).build());
        }
        AllocationTable.Builder table = AllocationTable.builder(agency);
        for (Power power : catalogue.powers()) {
            table.add(Allocation.leadHandler(power.code(), handler),
                    Allocation.of(power.code(), reviewer, PostRole.REVIEWER),
                    Allocation.of(power.code(), approver, PostRole.APPROVER));
        }
        AllocationReport report = AllocationAudit.run(catalogue, org.build(), table.build(), catalogue.date());
        assertThat(report.findings()).isEmpty();
    }

    @Property
    void buildingATableFromInvalidInputThrowsAndChangesNoExistingValue(@ForAll("worlds") AllocationWorld world) {
        AllocationTable table = world.table();
        List<Allocation> before = List.copyOf(table.allocations());
        Allocation line = world.allocations().isEmpty()
                ? Allocation.leadHandler(PowerCode.of("P-000"), PostId.of("P00")) : world.allocations().get(0);
        AllocationTable.Builder builder = table.toBuilder().add(line);
        if (!world.allocations().isEmpty()) {
            assertThatIllegalArgumentException().isThrownBy(builder::build)
                    .withMessageContaining("allocates power " + line.power() + " to post " + line.post());
        }
        assertThat(table.allocations()).isEqualTo(before);
    }

    @Example
    void allocation_onlyAHandlerCanLead() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Allocation(PowerCode.of("P-1"), PostId.of("P"), PostRole.APPROVER, true))
                .withMessage("Allocation of power P-1 to post P: only a HANDLER can lead, but role was APPROVER");
    }

    private static <T> List<T> shuffled(List<T> values, Random random) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }
}
