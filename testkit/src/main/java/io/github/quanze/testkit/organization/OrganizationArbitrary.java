package io.github.quanze.testkit.organization;

import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.PostId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated organizations (执法主体、机构、岗位、人员): the agency and another one, up to five posts, and officers
 * at them whose certificates (执法证) are in a status of the chosen ones on {@link Credentials#AUDIT_DATE}, every
 * status by default. Shrinks to one post with one officer holding a valid certificate.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class OrganizationArbitrary extends ArbitraryDecorator<Organization> {

    private final List<CredentialStatus> statuses;

    private OrganizationArbitrary(List<CredentialStatus> statuses) {
        this.statuses = List.copyOf(statuses);
    }

    /**
     * Returns organizations with certificates in every status.
     *
     * @return the arbitrary, not null
     */
    public static OrganizationArbitrary organizations() {
        return new OrganizationArbitrary(List.of(CredentialStatus.values()));
    }

    /**
     * Returns organizations whose certificates are in one of the given statuses on the audit day.
     *
     * @param first  a status, not null
     * @param more  more statuses, not null
     * @return the arbitrary, not null
     */
    public OrganizationArbitrary certificates(CredentialStatus first, CredentialStatus... more) {
        List<CredentialStatus> chosen = new ArrayList<>(List.of(Objects.requireNonNull(first, "first")));
        chosen.addAll(List.of(more));
        return new OrganizationArbitrary(chosen);
    }

    @Override
    protected Arbitrary<Organization> arbitrary() {
        Arbitrary<List<CredentialStatus>> post = Arbitraries.of(statuses).list().ofMinSize(1).ofMaxSize(4);
        return post.list().ofMinSize(1).ofMaxSize(5).map(posts -> {
            Organization.Builder org = Worlds.frame();
            for (int i = 0; i < posts.size(); i++) {
                Worlds.staffed(org, PostId.of(String.format("P%02d", i)), "岗位" + i, posts.get(i));
            }
            return org.build();
        });
    }
}
