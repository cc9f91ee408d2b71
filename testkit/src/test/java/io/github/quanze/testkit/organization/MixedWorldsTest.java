package io.github.quanze.testkit.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.Power;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.Samples;
import io.github.quanze.testkit.Shrinking;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/** Mixed worlds from fixed seeds: each kind of flaw the generator promises is drawn, and the staffing it builds. */
class MixedWorldsTest {

    private static List<AllocationWorld> mixed() {
        return Samples.draw(QuanzeArbitraries.allocationTables(), 200, 31);
    }

    @Example
    void postsAlternateBetweenTheTwoUnitsAndOfficersHoldOneOrTwoOfThem() {
        List<AllocationWorld> worlds = mixed();

        for (AllocationWorld world : worlds) {
            List<Post> posts = world.organization().posts().stream()
                    .filter(p -> p.id().value().matches("P\\d\\d")).toList();
            assertThat(posts).isNotEmpty().hasSizeLessThanOrEqualTo(10).allSatisfy(p -> assertThat(p.unit().value())
                    .isEqualTo(Integer.parseInt(p.id().value().substring(1)) % 2 == 0 ? "U1" : "U2"));
            assertThat(world.organization().officers()).hasSizeLessThanOrEqualTo(15)
                    .allSatisfy(o -> assertThat(o.posts()).hasSizeBetween(1, 2));
        }
        assertThat(worlds).anyMatch(w -> w.organization().officers().stream().anyMatch(o -> o.posts().size() == 2))
                .anyMatch(w -> w.organization().officers().isEmpty())
                .anyMatch(w -> w.organization().posts().stream().anyMatch(p -> p.unit().value().equals("U2")));
    }

    @Example
    void officersHaveCertificatesOfEveryShapeOrNone() {
        List<AllocationWorld> worlds = mixed();

        assertThat(worlds).anyMatch(w -> w.organization().officers().stream()
                        .anyMatch(o -> w.organization().credentialsOf(o.id()).isEmpty()))
                .anyMatch(w -> w.organization().credentials().stream().anyMatch(c -> c.areas().size() == 1))
                .anyMatch(w -> w.organization().credentials().stream().anyMatch(c -> c.areas().size() > 1))
                .anyMatch(w -> w.organization().credentials().stream().anyMatch(c -> !c.statusChanges().isEmpty()));
        for (AllocationWorld world : worlds) {
            for (Officer officer : world.organization().officers()) {
                assertThat(world.organization().credentialsOf(officer.id())).hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @Example
    void allocationsLeavePowersOutNameUnknownPostsAndPowersAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (AllocationWorld world : mixed()) {
            List<Allocation> allocations = world.allocations();
            for (int i = 0; i < allocations.size(); i++) {
                for (int j = i + 1; j < allocations.size(); j++) {
                    assertThat(allocations.get(i).compareTo(allocations.get(j))).isNotZero();
                }
            }
            assertThat(allocations).filteredOn(Allocation::lead).allMatch(a -> a.role() == PostRole.HANDLER);
            if (world.catalogue().powers().stream().anyMatch(p -> allocations.stream()
                    .noneMatch(a -> a.power().equals(p.code())))) {
                seen.add("power left out");
            }
            for (Allocation a : allocations) {
                seen.add(a.post().equals(Worlds.FOREIGN_POST) ? "foreign post" : a.post().equals(Worlds.UNKNOWN_POST)
                        ? "unknown post" : a.power().value().startsWith("X-") ? "unknown power" : "known");
                if (a.lead()) {
                    seen.add("lead");
                }
            }
            for (Power power : world.catalogue().powers()) {
                long handlers = allocations.stream().filter(a -> a.power().equals(power.code())
                        && a.role() == PostRole.HANDLER).count();
                if (handlers > 1) {
                    seen.add("split handling");
                }
            }
            if (allocations.stream().anyMatch(a -> a.role() == PostRole.APPROVER && allocations.stream().anyMatch(
                    b -> b.role() == PostRole.HANDLER && b.post().equals(a.post()) && b.power().equals(a.power())))) {
                seen.add("handles and approves");
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("power left out", "foreign post", "unknown post",
                "unknown power", "known", "lead", "split handling", "handles and approves");
    }

    @Example
    void certificatesAreValidExpiredSuspendedOrOfOneAreaOnly() {
        Set<String> shapes = new HashSet<>();
        for (AllocationWorld world : mixed()) {
            for (EnforcementCredential c : world.organization().credentials()) {
                shapes.add(c.validUntil().isBefore(world.date()) ? "expired" : !c.statusChanges().isEmpty()
                        ? c.statusChanges().get(0).status().name() : c.areas().size() == 1 ? "one area" : "valid");
            }
        }
        assertThat(shapes).containsExactlyInAnyOrder("expired", "SUSPENDED", "one area", "valid");
    }

    @Example
    void aboutAThirdOfThePowersAreLeftOut() {
        long powers = 0;
        long leftOut = 0;
        for (AllocationWorld world : mixed()) {
            for (Power power : world.catalogue().powers()) {
                powers++;
                leftOut += world.allocations().stream().noneMatch(a -> a.power().equals(power.code())) ? 1 : 0;
            }
        }
        assertThat(leftOut * 100 / powers).isBetween(20L, 40L);
    }

    @Example
    void aMixedWorldShrinksToOneHandlerOfOnePowerAtTheFirstPost() {
        AllocationWorld smallest = Shrinking.shrink(QuanzeArbitraries.allocationTables(),
                w -> !w.organization().officers().isEmpty(), 32);

        PostId first = PostId.of("P00");
        assertThat(smallest.toString()).startsWith("AllocationWorld{" + smallest.catalogue().powers())
                .contains(smallest.allocations().toString());
        assertThat(smallest.catalogue().powers()).hasSize(1);
        assertThat(smallest.allocations()).containsExactly(new Allocation(
                smallest.catalogue().powers().get(0).code(), first, PostRole.HANDLER, false));
        assertThat(smallest.organization().officers()).singleElement().satisfies(o -> {
            assertThat(o.posts()).containsExactly(first);
            assertThat(smallest.organization().credentialsOf(o.id())).singleElement()
                    .satisfies(c -> {
                        assertThat(c.statusChanges()).isEmpty();
                        assertThat(c.validUntil()).isAfter(smallest.date());
                        assertThat(c.areas()).hasSizeGreaterThan(1);
                    });
        });
    }

    @Example
    void lawfulWorldsStaffOneToThreeHandlingPostsAndMaxPowersBoundsTheCatalogue() {
        List<AllocationWorld> lawful = Samples.draw(QuanzeArbitraries.allocationTables().lawful().maxPowers(2), 100,
                33);

        assertThat(lawful).allSatisfy(w -> assertThat(w.catalogue().powers()).hasSizeBetween(1, 2));
        assertThat(lawful).extracting(w -> w.organization().posts().stream()
                .filter(p -> p.id().value().startsWith("H")).count()).containsOnly(1L, 2L, 3L).contains(1L, 3L);
        assertThat(QuanzeArbitraries.allocationTables().maxPowers(1)).isNotNull();
        assertThat(QuanzeArbitraries.allocationTables().maxPowers(999)).isNotNull();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QuanzeArbitraries.allocationTables().maxPowers(0)).withMessageContaining("was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QuanzeArbitraries.allocationTables().maxPowers(1000))
                .withMessageContaining("was 1000");
    }

    @Example
    void catalogueBoundsAreCheckedAtTheirEdges() {
        assertThat(Samples.draw(PowerCatalogueArbitrary.catalogues().powers(1, 1), 20, 34))
                .allSatisfy(c -> assertThat(c.powers()).hasSize(1));
        assertThat(Samples.draw(PowerCatalogueArbitrary.catalogues().powers(3, 3), 5, 35))
                .allSatisfy(c -> assertThat(c.powers()).hasSize(3));
        assertThat(PowerCatalogueArbitrary.catalogues().powers(1, 999)).isNotNull();
        for (int[] bad : new int[][] {{0, 1}, {2, 1}, {1, 1000}}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PowerCatalogueArbitrary.catalogues().powers(bad[0], bad[1]))
                    .withMessageContaining("but were " + bad[0] + " and " + bad[1]);
        }
    }
}
