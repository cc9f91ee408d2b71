package io.github.quanze.testing;

import static io.github.quanze.testing.Fixtures.AREA_MARKET;
import static io.github.quanze.testing.Fixtures.AREA_TOBACCO;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.Agency;
import io.github.quanze.power.AgencyId;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.CredentialStatusChange;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the domain: generated catalogues, organizations and allocation tables.
 * <p>
 * A world is drawn from its sizes and a seed, so that a failing case can be replayed from the seed jqwik reports.
 */
public final class EnforcementArbitraries {

    public static final AgencyId AGENCY = AgencyId.of("AGENCY");
    public static final AgencyId OTHER_AGENCY = AgencyId.of("OTHER");
    public static final PostId FOREIGN_POST = PostId.of("OTHER-POST");
    public static final PostId UNKNOWN_POST = PostId.of("GHOST");
    public static final LocalDate AUDIT_DATE = LocalDate.of(2024, 6, 1);

    private static final String[] AREAS = {AREA_TOBACCO, AREA_MARKET};

    private EnforcementArbitraries() {}

    /**
     * Worlds with up to 30 powers, 10 posts and 15 officers, whose allocations have every kind of flaw: powers left
     * out, unknown powers and posts, posts of another agency, split handling, posts that handle and approve.
     */
    public static Arbitrary<World> worlds() {
        return Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(0, 15), Arbitraries.longs())
                .as(EnforcementArbitraries::world);
    }

    /**
     * Catalogues of up to 30 powers of random kinds and areas.
     */
    public static Arbitrary<PowerCatalogue> catalogues() {
        return Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.longs())
                .as((n, seed) -> catalogue(n, new Random(seed)));
    }

    static World world(int powerCount, int postCount, int officerCount, long seed) {
        Random random = new Random(seed);
        PowerCatalogue catalogue = catalogue(powerCount, random);
        Organization.Builder org = Organization.builder()
                .addAgency(new Agency(AGENCY, "某市某局"))
                .addAgency(new Agency(OTHER_AGENCY, "某县某局"))
                .addUnit(new Unit(UnitId.of("U1"), AGENCY, "一科"))
                .addUnit(new Unit(UnitId.of("U2"), AGENCY, "二科"))
                .addUnit(new Unit(UnitId.of("U9"), OTHER_AGENCY, "县局科"))
                .addPost(Post.builder().id(FOREIGN_POST).unit(UnitId.of("U9")).name("县局岗").build());
        List<PostId> posts = new ArrayList<>();
        for (int i = 0; i < postCount; i++) {
            PostId id = PostId.of(String.format("P%02d", i));
            posts.add(id);
            org.addPost(Post.builder().id(id).unit(UnitId.of(i % 2 == 0 ? "U1" : "U2")).name("岗位" + i).build());
        }
        for (int i = 0; i < officerCount; i++) {
            OfficerId id = OfficerId.of(String.format("O%02d", i));
            Officer.Builder officer = Officer.builder().id(id).name("人员" + i).agency(AGENCY)
                    .addPosts(posts.get(random.nextInt(posts.size())));
            if (random.nextInt(3) == 0) {
                officer.addPosts(posts.get(random.nextInt(posts.size())));
            }
            org.addOfficer(officer.build());
            credential(id, random).ifPresent(org::addCredential);
        }
        List<Allocation> allocations = new ArrayList<>();
        for (Power power : catalogue.powers()) {
            if (random.nextInt(10) < 3) {
                continue;
            }
            int lines = 1 + random.nextInt(4);
            for (int j = 0; j < lines; j++) {
                PostId post = randomPost(posts, random);
                PostRole role = PostRole.values()[random.nextInt(PostRole.values().length)];
                Allocation allocation = new Allocation(power.code(), post, role,
                        role == PostRole.HANDLER && random.nextBoolean());
                if (allocations.stream().noneMatch(a -> a.compareTo(allocation) == 0)) {
                    allocations.add(allocation);
                }
            }
        }
        if (random.nextInt(4) == 0) {
            allocations.add(Allocation.leadHandler(PowerCode.of("X-" + random.nextInt(100)), posts.get(0)));
        }
        return new World(catalogue, org.build(), AGENCY, allocations, AUDIT_DATE);
    }

    static PowerCatalogue catalogue(int powerCount, Random random) {
        PowerCatalogue.Builder catalogue = PowerCatalogue.builder("生成的权责清单", AGENCY, AUDIT_DATE);
        for (int i = 0; i < powerCount; i++) {
            catalogue.add(Power.builder()
                    .code(PowerCode.of(String.format("P-%03d", i)))
                    .name("职权" + i)
                    .kind(PowerKind.values()[random.nextInt(PowerKind.values().length)])
                    .implementingAgency("某市某局")
                    .enforcementArea(AREAS[random.nextInt(AREAS.length)])
                    .addProvision(Provision.of(TOBACCO_LAW, 1 + random.nextInt(43)))
                    .build());
        }
        return catalogue.build();
    }

    private static PostId randomPost(List<PostId> posts, Random random) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return FOREIGN_POST;
        }
        if (pick == 1) {
            return UNKNOWN_POST;
        }
        return posts.get(random.nextInt(posts.size()));
    }

    private static Optional<EnforcementCredential> credential(OfficerId holder, Random random) {
        int shape = random.nextInt(6);
        if (shape == 0) {
            return Optional.empty();
        }
        EnforcementCredential.Builder credential = EnforcementCredential.builder()
                .number("ZF-" + holder.value()).holder(holder).issuingAuthority("某市人民政府")
                .validFrom(LocalDate.of(2022, 1, 1))
                .validUntil(shape == 1 ? LocalDate.of(2023, 12, 31) : LocalDate.of(2026, 12, 31));
        if (shape == 2) {
            credential.addAreas(AREAS[random.nextInt(AREAS.length)]);
        } else {
            credential.addAreas(AREAS);
        }
        if (shape == 3) {
            credential.addStatusChanges(new CredentialStatusChange(LocalDate.of(2024, 1, 1), CredentialStatus.SUSPENDED,
                    "暂扣"));
        }
        return Optional.of(credential.build());
    }
}
