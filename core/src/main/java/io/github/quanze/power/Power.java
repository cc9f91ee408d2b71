package io.github.quanze.power;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * The name, implementing agency and sub-kind are one line each: no control character and no surrounding spaces.
 * The enforcement area is matched against certificates by equality, so it is normalised when the power is built:
 * spaces at either end, full-width ones too, are removed ({@code " 烟草专卖"} becomes {@code "烟草专卖"}).
 * <p>
 * The basis must name the article (条) that grants the power: a law, regulation or rule is divided into articles, and
 * a power that cites only whole instruments of those levels is rejected. Interpretation: a whole normative document
 * (规范性文件) may stand, since such documents are often divided into parts rather than articles and are cited as a
 * whole with their document number ({@link Provision#wholeOf}); whether its level can create the power is for the
 * catalogue's findings ({@link CatalogueIssue#BASIS_BELOW_REQUIRED_LEVEL}).
 * <p>
 * This class is immutable and thread-safe. It cannot be extended outside this package, so every instance has passed
 * the checks of its builder.
 */
@Value.Immutable
public abstract class Power {

    /** Only the generated implementation extends this class: build instances with {@link Builder}. */
    Power() {}

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

    /**
     * Checks the power and normalises its enforcement area.
     *
     * @return this power, or a copy with the enforcement area normalised, not null
     */
    @Value.Check
    protected Power check() {
        String power = "Power " + code();
        Texts.checkLine(power + ": name", name());
        Texts.checkLine(power + ": implementing agency", implementingAgency());
        String area = Texts.normalizeTerm(power + ": enforcement area", enforcementArea());
        subKind().ifPresent(sub -> Texts.checkLine(power + ": sub-kind", sub));
        checkArgument(!provisions().isEmpty(),
                "%s (%s) must cite at least one provision as its legal basis (实施依据)", power, Texts.quoted(name()));
        Set<Provision> cited = new HashSet<>();
        for (Provision provision : provisions()) {
            checkArgument(cited.add(provision), "%s must not cite a provision twice, but cited %s twice", power,
                    Texts.quoted(provision));
        }
        checkArgument(provisions().stream().anyMatch(Power::namesTheArticle), "%s must cite the article (条) that "
                + "grants it, not only whole laws, regulations or rules, but cited %s", power,
                Texts.quoted(legalBasis()));
        return area.equals(enforcementArea()) ? this : new Builder().from(this).enforcementArea(area).build();
    }

    /** An article or part of one, or a whole normative document, which may not be divided into articles. */
    private static boolean namesTheArticle(Provision provision) {
        return provision.article().isPresent() || provision.instrument().level() == InstrumentLevel.NORMATIVE_DOCUMENT;
    }

    @Override
    public String toString() {
        return "Power{" + label() + ", " + kind() + "}";
    }

    /** Builds a {@link Power}. */
    public static final class Builder extends ImmutablePower.Builder {}
}
