package io.github.quanze.testkit.organization;

import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.testkit.Choices;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated agencies with their catalogue, organization and allocation table (职权分解表): by default with flaws of
 * every kind mixed in; {@link #lawful()} with none; {@link #withFlaw} with exactly one of a chosen kind. Shrinks to
 * one power, one post and the first choice of everything.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class AllocationWorldArbitrary extends ArbitraryDecorator<AllocationWorld> {

    private static final List<CredentialStatus> NOT_VALID = List.copyOf(EnumSet.complementOf(
            EnumSet.of(CredentialStatus.VALID)));

    private enum Mode { MIXED, LAWFUL, FLAW }

    private final Mode mode;
    private final Optional<AllocationFlaw> flaw;
    private final int maxPowers;

    private AllocationWorldArbitrary(Mode mode, Optional<AllocationFlaw> flaw, int maxPowers) {
        this.mode = mode;
        this.flaw = flaw;
        this.maxPowers = maxPowers;
    }

    /**
     * Returns worlds of up to 30 powers, 10 posts and 15 officers whose allocations have flaws of every kind: powers
     * left out, unknown powers and posts, posts of another agency, split handling, posts that handle and approve,
     * officers with expired, suspended or no certificates.
     *
     * @return the arbitrary, not null
     */
    public static AllocationWorldArbitrary worlds() {
        return new AllocationWorldArbitrary(Mode.MIXED, Optional.empty(), 30);
    }

    /**
     * Returns lawful worlds: each power handled by one lead post staffed with two certified officers, reviewed and
     * approved at other posts; the audit finds nothing. The reviewing post also holds officers with certificates
     * in every status.
     *
     * @return the arbitrary, not null
     */
    public AllocationWorldArbitrary lawful() {
        return new AllocationWorldArbitrary(Mode.LAWFUL, Optional.empty(), maxPowers);
    }

    /**
     * Returns lawful worlds with one flaw of the kind planted, which the audit reports as exactly one finding of the
     * flaw's issue and nothing else.
     *
     * @param kind  the kind of flaw, not null
     * @return the arbitrary, not null
     */
    public AllocationWorldArbitrary withFlaw(AllocationFlaw kind) {
        return new AllocationWorldArbitrary(Mode.FLAW, Optional.of(Objects.requireNonNull(kind, "kind")), maxPowers);
    }

    /**
     * Returns worlds of at most {@code max} powers.
     *
     * @param max  the most powers, from 1 to 999
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if {@code max} is out of range
     */
    public AllocationWorldArbitrary maxPowers(int max) {
        if (max < 1 || max > 999) {
            throw new IllegalArgumentException("Most powers must be from 1 to 999, but was " + max);
        }
        return new AllocationWorldArbitrary(mode, flaw, max);
    }

    @Override
    protected Arbitrary<AllocationWorld> arbitrary() {
        Arbitrary<io.github.quanze.power.PowerCatalogue> catalogues = PowerCatalogueArbitrary.catalogues()
                .powers(1, maxPowers);
        if (mode == Mode.MIXED) {
            return Combinators.combine(catalogues, Arbitraries.integers().between(1, 10),
                    Arbitraries.integers().between(0, 15), Choices.of(64)).as(Worlds::mixed);
        }
        Arbitrary<List<CredentialStatus>> others = Arbitraries.of(CredentialStatus.class).list().ofMaxSize(6);
        Arbitrary<AllocationWorld> lawful = Combinators.combine(catalogues, Arbitraries.integers().between(1, 3),
                others, Choices.of(32)).as(Worlds::lawful);
        if (mode == Mode.LAWFUL) {
            return lawful;
        }
        return Combinators.combine(lawful, Arbitraries.of(NOT_VALID), Choices.of(4))
                .as((world, invalid, choices) -> Worlds.plant(world, flaw.orElseThrow(), invalid, choices));
    }
}
