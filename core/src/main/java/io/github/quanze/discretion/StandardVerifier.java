package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verifier of discretion standards (裁量基准校验器): what no published standard shows today, as values.
 * <p>
 * For each item a standard grades, it reports ({@link StandardFinding.Kind}):
 * <ul>
 * <li>a provision the item cites not in force on the standard's first day, or a row citing none;</li>
 * <li>a tier imposing a kind the statute does not provide for the item; a tier graver than 减轻 omitting a kind the
 * statute mandates (处、并处). A 减轻 tier may omit one, and may go to a lighter kind the statute provides, but to no
 * other (our reading of 减轻, which 行政处罚法 Arts 30–32 do not define; the message says so);</li>
 * <li>a tier's fine above the statutory maximum, or below the minimum in a tier that is not 减轻, for every base
 * amount (the factors of a multiple, its range without base, and the bases between two thresholds); a fine of
 * another form than the statute's, which cannot be compared;</li>
 * <li>a tier of a graver level with a lower most or least fine than one of a lighter level (过罚相当, Art 5 para 2);</li>
 * <li>a row graver than 从轻 that may apply to a party the statute says must be given a lighter or mitigated
 * penalty (应当从轻或者减轻, Arts 30 and 32), rows before it under the hit policy FIRST taken into account;</li>
 * <li>what the verification of the tiers' table finds: circumstances no row covers (reported as the compact patterns
 * of {@link io.github.quanze.rule.TableVerification}), overlaps, shadowed and empty rows, and graver circumstances
 * with a lighter tier;</li>
 * <li>with the interpretations of its {@link VerificationPolicy}: a 从轻 tier above, or a 从重 tier below, the middle
 * of the statutory range; a lower standard's tier not within the higher standard's wherever their rows may apply
 * together, and an item the higher one does not grade.</li>
 * </ul>
 * Ranges are compared as the tiers write them, exactly: a tier's range that spans no whole fen for some base is
 * rounded by {@link FineRange#boundsFor}, and where a row graver than 从轻 applies to a party who must be mitigated,
 * {@link PenaltyDiscretion} lowers its range to the middle; verification reports that row, and does not follow the
 * repair.
 * <p>
 * A standard that breaches its frame is not an error: the verification reports it. Checking a table's
 * proportionality enumerates its input points and refuses beyond a million, as
 * {@link io.github.quanze.rule.DecisionTable#verify()} does.
 * <p>
 * Verification takes time linear in the number of items, and for each item quadratic in its rows; the rows of two
 * standards are paired within an item only.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class StandardVerifier {

    private static final StandardVerifier STANDARD = new StandardVerifier(VerificationPolicy.standard());

    private final VerificationPolicy policy;

    private StandardVerifier(VerificationPolicy policy) {
        this.policy = policy;
    }

    /**
     * Returns the verifier with the default policy ({@link VerificationPolicy#standard()}).
     *
     * @return the verifier, not null
     */
    public static StandardVerifier standard() {
        return STANDARD;
    }

    /**
     * Obtains a verifier applying a policy.
     *
     * @param policy  the interpretations to apply, not null
     * @return the verifier, not null
     */
    public static StandardVerifier of(VerificationPolicy policy) {
        return new StandardVerifier(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the policy applied.
     *
     * @return the policy, not null
     */
    public VerificationPolicy policy() {
        return policy;
    }

    /**
     * Verifies one standard against its statutory frame.
     *
     * @param standard  the standard, not null
     * @return the verification, not null
     * @throws IllegalStateException if an item's tiers have more than a million input points to check for
     *         proportionality; the message names the standard and the item
     */
    public StandardVerification verify(DiscretionStandard standard) {
        Objects.requireNonNull(standard, "standard");
        return new StandardVerification(List.of(standard.number()), findings(standard, Optional.empty()));
    }

    /**
     * Verifies a lower standard against its frame and, if the policy applies
     * {@link VerificationPolicy.Interpretation#CONTAINMENT}, against a higher standard: the one it implements, or
     * one that standard implements in turn. The higher standard's own findings are not included.
     *
     * @param lower  the lower standard, not null
     * @param higher  the higher standard, of a higher level, not null
     * @return the verification, its standards the lower's 文号 then the higher's, not null
     * @throws IllegalArgumentException if {@code higher} is not of a higher level than {@code lower}; the message
     *         names both
     * @throws IllegalStateException as {@link #verify(DiscretionStandard)}
     */
    public StandardVerification verify(DiscretionStandard lower, DiscretionStandard higher) {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(higher, "higher");
        checkArgument(higher.level().compareTo(lower.level()) < 0, "Standard %s (%s) can be verified only against a "
                + "standard of a higher level, but %s is %s", Texts.quote(lower.number()), lower.level(),
                Texts.quote(higher.number()), higher.level());
        return new StandardVerification(List.of(lower.number(), higher.number()),
                findings(lower, Optional.of(higher)));
    }

    /**
     * Verifies every standard of a discretion, in its order, and each standard that implements another against that
     * one.
     *
     * @param discretion  the standards, not null
     * @return the verification, its standards those of the discretion, not null
     * @throws IllegalStateException as {@link #verify(DiscretionStandard)}
     */
    public StandardVerification verifyAll(PenaltyDiscretion discretion) {
        Objects.requireNonNull(discretion, "discretion");
        List<String> numbers = new ArrayList<>();
        List<StandardFinding> all = new ArrayList<>();
        for (DiscretionStandard standard : discretion.standards()) {
            numbers.add(standard.number());
            all.addAll(findings(standard, standard.implementing().flatMap(discretion::standard)));
        }
        return new StandardVerification(numbers, all);
    }

    private List<StandardFinding> findings(DiscretionStandard standard, Optional<DiscretionStandard> higher) {
        boolean contained = higher.isPresent() && policy.applies(VerificationPolicy.Interpretation.CONTAINMENT);
        List<StandardFinding> all = new ArrayList<>();
        for (ItemStandard item : standard.items()) {
            ItemFindings found = new ItemFindings(standard, item);
            ItemVerifier.verify(policy, standard, item, found);
            if (contained) {
                Containment.verify(item, higher.get(), found);
            }
            all.addAll(found.sorted());
        }
        return all;
    }
}
