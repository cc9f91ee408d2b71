package io.github.quanze.testkit.organization;

import static io.github.quanze.testkit.organization.Credentials.AUDIT_DATE;
import static io.github.quanze.testkit.organization.PowerCatalogueArbitrary.AGENCY;
import static io.github.quanze.testkit.organization.PowerCatalogueArbitrary.AREAS;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.Agency;
import io.github.quanze.organization.CredentialStatus;
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
import io.github.quanze.power.PowerKind;
import io.github.quanze.testkit.Choices;
import java.util.ArrayList;
import java.util.List;

/** Builds generated worlds: with flaws of every kind mixed, lawful, or with one planted flaw. */
final class Worlds {

    static final AgencyId OTHER_AGENCY = AgencyId.of("OTHER");
    static final PostId FOREIGN_POST = PostId.of("OTHER-POST");
    static final PostId UNKNOWN_POST = PostId.of("GHOST");
    private static final UnitId FIRST_UNIT = UnitId.of("U1");

    private Worlds() {}

    /** The two agencies, their units and the other agency's post. */
    static Organization.Builder frame() {
        return Organization.builder()
                .addAgency(new Agency(AGENCY, "某市某局"))
                .addAgency(new Agency(OTHER_AGENCY, "某县某局"))
                .addUnit(new Unit(FIRST_UNIT, AGENCY, "一科"))
                .addUnit(new Unit(UnitId.of("U2"), AGENCY, "二科"))
                .addUnit(new Unit(UnitId.of("U9"), OTHER_AGENCY, "县局科"))
                .addPost(Post.builder().id(FOREIGN_POST).unit(UnitId.of("U9")).name("县局岗").build());
    }

    /**
     * A world whose allocations have flaws of every kind: powers left out, unknown powers and posts, posts of
     * another agency, split handling, posts that handle and approve, officers without a valid certificate.
     */
    static AllocationWorld mixed(PowerCatalogue catalogue, int postCount, int officerCount, Choices choices) {
        Organization.Builder org = frame();
        List<PostId> posts = new ArrayList<>();
        for (int i = 0; i < postCount; i++) {
            PostId id = PostId.of(String.format("P%02d", i));
            posts.add(id);
            org.addPost(Post.builder().id(id).unit(UnitId.of(i % 2 == 0 ? "U1" : "U2")).name("岗位" + i).build());
        }
        for (int i = 0; i < officerCount; i++) {
            OfficerId id = OfficerId.of(String.format("O%02d", i));
            Officer.Builder officer = Officer.builder().id(id).name("人员" + i).agency(AGENCY)
                    .addPosts(choices.pick(posts));
            if (choices.nextInt(3) == 2) {
                officer.addPosts(choices.pick(posts));
            }
            org.addOfficer(officer.build());
            int shape = choices.nextInt(6);
            if (shape < 5) {
                CredentialStatus status = shape == 1 ? CredentialStatus.EXPIRED
                        : shape == 3 ? CredentialStatus.SUSPENDED : CredentialStatus.VALID;
                org.addCredential(Credentials.inStatus(id, status, shape == 2 ? List.of(choices.pick(AREAS)) : AREAS));
            }
        }
        List<Allocation> allocations = new ArrayList<>();
        for (Power power : catalogue.powers()) {
            if (choices.nextInt(10) >= 7) {
                continue;
            }
            int lines = 1 + choices.nextInt(4);
            for (int j = 0; j < lines; j++) {
                PostId post = post(posts, choices);
                PostRole role = choices.pick(List.of(PostRole.values()));
                Allocation allocation = new Allocation(power.code(), post, role,
                        role == PostRole.HANDLER && choices.nextBoolean());
                if (allocations.stream().noneMatch(a -> a.compareTo(allocation) == 0)) {
                    allocations.add(allocation);
                }
            }
        }
        if (choices.nextInt(4) == 3) {
            allocations.add(Allocation.leadHandler(PowerCode.of("X-" + choices.nextInt(100)), posts.get(0)));
        }
        return new AllocationWorld(catalogue, org.build(), AGENCY, allocations, AUDIT_DATE);
    }

    private static PostId post(List<PostId> posts, Choices choices) {
        int pick = choices.nextInt(20);
        if (pick == 18) {
            return FOREIGN_POST;
        }
        if (pick == 19) {
            return UNKNOWN_POST;
        }
        return posts.get(pick % posts.size());
    }

    /**
     * A lawful world: each power has one lead handling post (of {@code handlerPosts}, each staffed by two certified
     * officers), a reviewing post and an approving post; the reviewing post also holds officers whose certificates
     * are in the given statuses, which no check of a reviewing post reads.
     */
    static AllocationWorld lawful(PowerCatalogue catalogue, int handlerPosts, List<CredentialStatus> others,
            Choices choices) {
        Organization.Builder org = frame();
        List<PostId> handlers = new ArrayList<>();
        for (int i = 0; i < handlerPosts; i++) {
            PostId id = PostId.of(String.format("H%02d", i));
            handlers.add(id);
            staffed(org, id, "承办岗" + i, List.of(CredentialStatus.VALID, CredentialStatus.VALID));
        }
        staffed(org, PostId.of("REVIEW"), "审核岗", others);
        staffed(org, PostId.of("APPROVE"), "批准岗", List.of(CredentialStatus.VALID));
        List<Allocation> allocations = new ArrayList<>();
        for (Power power : catalogue.powers()) {
            allocations.add(Allocation.leadHandler(power.code(), choices.pick(handlers)));
            allocations.add(Allocation.of(power.code(), PostId.of("REVIEW"), PostRole.REVIEWER));
            allocations.add(Allocation.of(power.code(), PostId.of("APPROVE"), PostRole.APPROVER));
        }
        return new AllocationWorld(catalogue, org.build(), AGENCY, allocations, AUDIT_DATE);
    }

    /** Adds a post of the first unit with one officer per status, numbered after the post. */
    static void staffed(Organization.Builder org, PostId post, String name, List<CredentialStatus> statuses) {
        org.addPost(Post.builder().id(post).unit(FIRST_UNIT).name(name).build());
        for (int i = 0; i < statuses.size(); i++) {
            OfficerId id = OfficerId.of(post.value() + "-" + i);
            org.addOfficer(Officer.builder().id(id).name(name + "人员" + i).agency(AGENCY).addPosts(post).build());
            org.addCredential(Credentials.inStatus(id, statuses.get(i), AREAS));
        }
    }

    /** Plants one flaw in a lawful world, at the power the choices pick. */
    static AllocationWorld plant(AllocationWorld lawful, AllocationFlaw flaw, CredentialStatus invalid,
            Choices choices) {
        List<Power> powers = new ArrayList<>(lawful.catalogue().powers());
        int at = choices.nextInt(powers.size());
        Power power = powers.get(at);
        PowerCode code = power.code();
        PowerCatalogue catalogue = lawful.catalogue();
        if (flaw == AllocationFlaw.NO_APPROVER || flaw == AllocationFlaw.FEWER_THAN_TWO_CERTIFIED) {
            power = power.toBuilder().kind(PowerKind.ADMINISTRATIVE_PENALTY).build();
            powers.set(at, power);
            catalogue = PowerCatalogue.builder(catalogue.name(), catalogue.agency(), catalogue.date()).addAll(powers)
                    .build();
        }
        List<Allocation> allocations = new ArrayList<>(lawful.allocations());
        Allocation handling = allocations.stream().filter(a -> a.power().equals(code) && a.role() == PostRole.HANDLER)
                .findFirst().orElseThrow();
        Organization organization = lawful.organization();
        switch (flaw) {
            case UNALLOCATED -> allocations.removeIf(a -> a.power().equals(code));
            case NO_HANDLER -> allocations.remove(handling);
            case SPLIT_WITHOUT_LEAD -> {
                allocations.remove(handling);
                allocations.add(Allocation.handler(code, handling.post()));
                organization = withPost(organization, PostId.of("SPLIT"), List.of(CredentialStatus.VALID,
                        CredentialStatus.VALID));
                allocations.add(Allocation.handler(code, PostId.of("SPLIT")));
            }
            case HANDLER_ALSO_APPROVES -> allocations.add(Allocation.of(code, handling.post(), PostRole.APPROVER));
            case HANDLER_ALSO_REVIEWS -> allocations.add(Allocation.of(code, handling.post(), PostRole.REVIEWER));
            case NO_APPROVER -> allocations.removeIf(a -> a.power().equals(code) && a.role() == PostRole.APPROVER);
            case NO_CERTIFIED_OFFICER, FEWER_THAN_TWO_CERTIFIED -> {
                allocations.remove(handling);
                organization = withPost(organization, PostId.of("WEAK"), List.of(
                        flaw == AllocationFlaw.NO_CERTIFIED_OFFICER ? invalid : CredentialStatus.VALID));
                allocations.add(Allocation.leadHandler(code, PostId.of("WEAK")));
            }
            case FOREIGN_POST -> allocations.add(Allocation.of(code, FOREIGN_POST, PostRole.REVIEWER));
            case UNKNOWN_POWER -> allocations.add(Allocation.leadHandler(PowerCode.of("X-999"), handling.post()));
            case UNKNOWN_POST -> allocations.add(Allocation.of(code, UNKNOWN_POST, PostRole.REVIEWER));
            default -> throw new IllegalArgumentException("Unknown flaw " + flaw);
        }
        return new AllocationWorld(catalogue, organization, lawful.agency(), allocations, lawful.date());
    }

    private static Organization withPost(Organization organization, PostId post, List<CredentialStatus> statuses) {
        Organization.Builder org = Organization.builder();
        organization.agencies().forEach(org::addAgency);
        organization.units().forEach(org::addUnit);
        organization.posts().forEach(org::addPost);
        organization.officers().forEach(org::addOfficer);
        organization.credentials().forEach(org::addCredential);
        staffed(org, post, post.value() + "岗", statuses);
        return org.build();
    }
}
