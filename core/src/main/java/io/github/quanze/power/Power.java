package io.github.quanze.power;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A power (职权): one entry of a power catalogue, such as 烟草专卖零售许可证核发.
 * <p>
 * A power has a code, a name as published, a category, the agency that implements it (实施主体), the enforcement
 * area whose certificate its officers need (执法领域, such as 烟草专卖), the provisions it rests on (实施依据; at
 * least one), the duties at each stage (责任事项) and the accountability clauses (追责情形).
 * <pre>{@code
 * Power power = new Power.Builder()
 *     .code(PowerCode.of("XZCF-001"))
 *     .name("对无烟草专卖批发企业许可证经营烟草制品批发业务的处罚")
 *     .kind(PowerKind.ADMINISTRATIVE_PENALTY)
 *     .implementingAgency("某市烟草专卖局")
 *     .enforcementArea("烟草专卖")
 *     .addProvision(Provision.of(TOBACCO_LAW, 31))
 *     .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Power {

    /**
     * Returns the code (职权编码).
     *
     * @return the code, not null
     */
    public abstract PowerCode code();

    /**
     * Returns the name as published (职权名称).
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the category (职权类型).
     *
     * @return the category, not null
     */
    public abstract PowerKind kind();

    /**
     * Returns a local sub-category, such as 行政审批 or 行政监督, where the catalogue uses one.
     *
     * @return the sub-category, not null
     */
    public abstract Optional<String> subKind();

    /**
     * Returns the implementing agency as the catalogue names it (实施主体).
     *
     * @return the agency's name, not blank
     */
    public abstract String implementingAgency();

    /**
     * Returns the enforcement area (执法领域) an officer's certificate must cover to exercise this power, such as
     * 烟草专卖.
     *
     * @return the area, not blank
     */
    public abstract String enforcementArea();

    /**
     * Returns the provisions the power rests on (实施依据), in the order the catalogue cites them.
     *
     * @return the provisions, at least one, not null
     */
    public abstract List<Provision> provisions();

    /**
     * Returns the duties at each stage (责任事项).
     *
     * @return the responsibility items, not null
     */
    public abstract List<ResponsibilityItem> responsibilityItems();

    /**
     * Returns the accountability clauses (追责情形).
     *
     * @return the clauses, not null
     */
    public abstract List<AccountabilityClause> accountabilityClauses();

    /**
     * Returns the provisions as a legal basis, for rendering and checks.
     *
     * @return the legal basis, not null
     */
    public LegalBasis legalBasis() {
        return new LegalBasis(provisions());
    }

    /**
     * Returns the code and name, as reports show a power: XZCF-001「对…的处罚」.
     *
     * @return the label, not null
     */
    public String label() {
        return code() + "「" + name() + "」";
    }

    @Value.Check
    protected void check() {
        checkArgument(!name().isBlank(), "Power %s: name must not be blank", code());
        checkArgument(!implementingAgency().isBlank(), "Power %s: implementing agency must not be blank", code());
        checkArgument(!enforcementArea().isBlank(), "Power %s: enforcement area must not be blank", code());
        subKind().ifPresent(sub -> checkArgument(!sub.isBlank(), "Power %s: sub-kind must not be blank", code()));
        checkArgument(!provisions().isEmpty(),
                "Power %s (%s) must cite at least one provision as its legal basis (实施依据)", code(), name());
        checkArgument(new HashSet<>(provisions()).size() == provisions().size(),
                "Power %s must not cite a provision twice, but cited %s", code(), provisions());
    }

    @Override
    public String toString() {
        return "Power{" + label() + ", " + kind() + "}";
    }

    /** Builds a {@link Power}. */
    public static final class Builder extends ImmutablePower.Builder {}
}
