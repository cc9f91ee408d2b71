package io.github.quanze.jackson.allocation;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.organization.GeneratedOrganizations;
import io.github.quanze.jackson.power.GeneratedPowers;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated catalogue, organization and allocation table of agency {@code A-0}: the table allocates powers of the
 * catalogue to posts of the organization, some of other agencies, in every role.
 *
 * @param catalogue  the power catalogue
 * @param organization  the organization
 * @param table  the allocation table
 */
record GeneratedWorld(PowerCatalogue catalogue, Organization organization, AllocationTable table) {

    static final AgencyId AGENCY = AgencyId.of("A-0");

    static GeneratedWorld of(Random random, int size) {
        PowerCatalogue catalogue = GeneratedPowers.catalogue(random, size, AGENCY);
        Organization organization = GeneratedOrganizations.organization(random, size);
        List<Post> posts = organization.posts();
        AllocationTable.Builder table = AllocationTable.builder(AGENCY);
        Set<String> rows = new HashSet<>();
        for (Power power : catalogue.powers()) {
            for (int n = random.nextInt(5); n > 0; n--) {
                Post post = posts.get(random.nextInt(posts.size()));
                PostRole role = PostRole.values()[random.nextInt(PostRole.values().length)];
                if (rows.add(power.code() + " " + post.id() + " " + role)) {
                    table.add(new Allocation(power.code(), post.id(), role,
                            role == PostRole.HANDLER && random.nextBoolean()));
                }
            }
        }
        return new GeneratedWorld(catalogue, organization, table.build());
    }

    /** Returns what the table's references resolve against. */
    DocumentContext context() {
        return DocumentContext.empty().with(BasisCatalogue.class, GeneratedPowers.basis())
                .with(PowerCatalogue.class, catalogue).with(Organization.class, organization);
    }
}
