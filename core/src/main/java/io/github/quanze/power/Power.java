package io.github.quanze.power;

import com.google.common.base.Strings;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A power (职权): one entry of a power catalogue, such as 烟草专卖零售许可证核发.
 * <p>
 * A power has a code, a name as published, a category, the agency that implements it (实施主体), the enforcement
 * area whose certificate its officers need (执法领域, such as 烟草专卖), the provisions it rests on (实施依据; at
 * least one), the duties at each stage (责任事项) and the accountability clauses (追责情形).
 * <pre>{@code
 * Power power = Power.builder()
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
 * This class is immutable and thread-safe. It is final and built only by its {@link Builder}, so every instance has
 * passed the checks of its builder.
 */
public final class Power {

    private final PowerCode code;
    private final String name;
    private final PowerKind kind;
    private final String subKind;
    private final String implementingAgency;
    private final String enforcementArea;
    private final List<Provision> provisions;
    private final List<ResponsibilityItem> responsibilityItems;
    private final List<AccountabilityClause> accountabilityClauses;

    private Power(Builder b) {
        String power = "Power " + b.code;
        Texts.checkLine(power + ": name", b.name);
        Texts.checkLine(power + ": implementing agency", b.implementingAgency);
        String area = Texts.normalizeTerm(power + ": enforcement area", b.enforcementArea);
        if (b.subKind != null) {
            Texts.checkLine(power + ": sub-kind", b.subKind);
        }
        if (b.provisions.isEmpty()) { // the messages below are made only on failure: this runs for every power
            throw new IllegalArgumentException(Strings.lenientFormat(
                    "%s (%s) must cite at least one provision as its legal basis (实施依据)", power, Texts.quoted(b.name)));
        }
        Set<Provision> cited = new HashSet<>();
        for (Provision provision : b.provisions) {
            if (!cited.add(provision)) {
                throw new IllegalArgumentException(Strings.lenientFormat(
                        "%s must not cite a provision twice, but cited %s twice", power, Texts.quoted(provision)));
            }
        }
        if (!b.provisions.stream().anyMatch(Power::namesTheArticle)) {
            throw new IllegalArgumentException(Strings.lenientFormat("%s must cite the article (条) that grants it, "
                    + "not only whole laws, regulations or rules, but cited %s", power,
                    Texts.quoted(new LegalBasis(b.provisions))));
        }
        this.code = b.code;
        this.name = b.name;
        this.kind = b.kind;
        this.subKind = b.subKind;
        this.implementingAgency = b.implementingAgency;
        this.enforcementArea = area;
        this.provisions = List.copyOf(b.provisions);
        this.responsibilityItems = List.copyOf(b.responsibilityItems);
        this.accountabilityClauses = List.copyOf(b.accountabilityClauses);
    }

    /**
     * Starts building a power: set its code, name, kind, implementing agency and enforcement area, and add at least
     * one provision.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this power's attributes, to build a changed copy, such as the power with one more
     * provision after a revision of its law. Each single-valued attribute can be set once on it; adders add to the
     * lists already there.
     *
     * @return a builder filled from this power, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.name = name;
        b.kind = kind;
        b.subKind = subKind;
        b.implementingAgency = implementingAgency;
        b.enforcementArea = enforcementArea;
        b.provisions.addAll(provisions);
        b.responsibilityItems.addAll(responsibilityItems);
        b.accountabilityClauses.addAll(accountabilityClauses);
        return b;
    }

    /**
     * Returns the code (职权编码).
     *
     * @return the code, not null
     */
    public PowerCode code() {
        return code;
    }

    /**
     * Returns the name as published (职权名称).
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the category (职权类型).
     *
     * @return the category, not null
     */
    public PowerKind kind() {
        return kind;
    }

    /**
     * Returns a local sub-category, such as 行政审批 or 行政监督, where the catalogue uses one.
     *
     * @return the sub-category, not null
     */
    public Optional<String> subKind() {
        return Optional.ofNullable(subKind);
    }

    /**
     * Returns the implementing agency as the catalogue names it (实施主体).
     *
     * @return the agency's name, not blank
     */
    public String implementingAgency() {
        return implementingAgency;
    }

    /**
     * Returns the enforcement area (执法领域) an officer's certificate must cover to exercise this power, such as
     * 烟草专卖.
     *
     * @return the area, not blank
     */
    public String enforcementArea() {
        return enforcementArea;
    }

    /**
     * Returns the provisions the power rests on (实施依据), in the order the catalogue cites them.
     *
     * @return the provisions, at least one, not null
     */
    public List<Provision> provisions() {
        return provisions;
    }

    /**
     * Returns the duties at each stage (责任事项).
     *
     * @return the responsibility items, not null
     */
    public List<ResponsibilityItem> responsibilityItems() {
        return responsibilityItems;
    }

    /**
     * Returns the accountability clauses (追责情形).
     *
     * @return the clauses, not null
     */
    public List<AccountabilityClause> accountabilityClauses() {
        return accountabilityClauses;
    }

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

    /** An article or part of one, or a whole normative document, which may not be divided into articles. */
    private static boolean namesTheArticle(Provision provision) {
        return provision.article().isPresent() || provision.instrument().level() == InstrumentLevel.NORMATIVE_DOCUMENT;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Power p && code.equals(p.code) && name.equals(p.name) && kind == p.kind
                && Objects.equals(subKind, p.subKind) && implementingAgency.equals(p.implementingAgency)
                && enforcementArea.equals(p.enforcementArea) && provisions.equals(p.provisions)
                && responsibilityItems.equals(p.responsibilityItems)
                && accountabilityClauses.equals(p.accountabilityClauses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, kind, subKind, implementingAgency, enforcementArea, provisions,
                responsibilityItems, accountabilityClauses);
    }

    @Override
    public String toString() {
        return "Power{" + label() + ", " + kind() + "}";
    }

    /**
     * Builds a {@link Power} (职权). Code, name, kind, implementing agency and enforcement area are required, and at
     * least one provision; {@link #build()} names every required attribute still missing. Each single-valued
     * attribute is set once; adders add after the elements already there. A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("Power");
        private PowerCode code;
        private String name;
        private PowerKind kind;
        private String subKind;
        private String implementingAgency;
        private String enforcementArea;
        private final List<Provision> provisions = new ArrayList<>();
        private final List<ResponsibilityItem> responsibilityItems = new ArrayList<>();
        private final List<AccountabilityClause> accountabilityClauses = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the code (职权编码), such as XZCF-001; required.
         *
         * @param code  the code, not null
         * @return this builder, not null
         * @throws NullPointerException if the code is null
         * @throws IllegalStateException if the code is already set
         */
        public Builder code(PowerCode code) {
            this.code = required.once("code", code);
            return this;
        }

        /**
         * Sets the name as published (职权名称); required.
         *
         * @param name  the name, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the name is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the name is already set
         */
        public Builder name(String name) {
            this.name = required.once("name", name, v -> Texts.checkLine(power() + ": name", v));
            return this;
        }

        /**
         * Sets the category (职权类型), one of the ten kinds of a 权责清单; required.
         *
         * @param kind  the category, not null
         * @return this builder, not null
         * @throws NullPointerException if the kind is null
         * @throws IllegalStateException if the kind is already set
         */
        public Builder kind(PowerKind kind) {
            this.kind = required.once("kind", kind);
            return this;
        }

        /**
         * Sets a local sub-category, such as 行政审批 or 行政监督; optional.
         *
         * @param subKind  the sub-category, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the sub-kind is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the sub-kind is already set
         */
        public Builder subKind(String subKind) {
            this.subKind = required.once("subKind", subKind, v -> Texts.checkLine(power() + ": sub-kind", v));
            return this;
        }

        /**
         * Sets the implementing agency as the catalogue names it (实施主体); required.
         *
         * @param implementingAgency  the agency's name, one line without surrounding spaces, not null
         * @return this builder, not null
         * @throws NullPointerException if the name is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the implementing agency is already set
         */
        public Builder implementingAgency(String implementingAgency) {
            this.implementingAgency = required.once("implementingAgency", implementingAgency,
                    v -> Texts.checkLine(power() + ": implementing agency", v));
            return this;
        }

        /**
         * Sets the enforcement area (执法领域) an officer's certificate must cover, such as 烟草专卖; required. Spaces
         * at either end, full-width ones too, are removed when the power is built.
         *
         * @param enforcementArea  the area, not blank, not null
         * @return this builder, not null
         * @throws NullPointerException if the area is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if the enforcement area is already set
         */
        public Builder enforcementArea(String enforcementArea) {
            this.enforcementArea = required.once("enforcementArea", enforcementArea,
                    v -> Texts.normalizeTerm(power() + ": enforcement area", v));
            return this;
        }

        /**
         * Adds a provision the power rests on (实施依据), after those already added; at least one is required, and
         * one must name an article (or be a whole normative document). A provision is cited once.
         *
         * @param provision  the provision, not null
         * @return this builder, not null
         * @throws NullPointerException if the provision is null
         */
        public Builder addProvision(Provision provision) {
            provisions.add(Objects.requireNonNull(provision, "provisions element"));
            return this;
        }

        /**
         * Adds provisions the power rests on (实施依据), after those already added, as {@link #addProvision} each;
         * all or none.
         *
         * @param provisions  the provisions, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or a provision is null
         */
        public Builder addProvisions(Provision... provisions) {
            Lists.addEach("provisions", this.provisions, provisions);
            return this;
        }

        /**
         * Replaces the provisions the power rests on (实施依据), such as those filled in by
         * {@link Power#toBuilder()}; all or none.
         *
         * @param provisions  the provisions, in the order the catalogue cites them, not null
         * @return this builder, not null
         * @throws NullPointerException if the provisions or one of them is null
         * @throws IllegalStateException if the provisions were already replaced on this builder
         */
        public Builder provisions(Iterable<Provision> provisions) {
            List<Provision> copy = new ArrayList<>();
            Lists.addEach("provisions", copy, provisions);
            required.once("provisions", copy);
            this.provisions.clear();
            this.provisions.addAll(copy);
            return this;
        }

        /**
         * Adds a duty at one stage (责任事项), after those already added; optional.
         *
         * @param item  the responsibility item, not null
         * @return this builder, not null
         * @throws NullPointerException if the item is null
         */
        public Builder addResponsibilityItem(ResponsibilityItem item) {
            responsibilityItems.add(Objects.requireNonNull(item, "responsibilityItems element"));
            return this;
        }

        /**
         * Adds duties at each stage (责任事项), after those already added; all or none.
         *
         * @param items  the responsibility items, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or an item is null
         */
        public Builder addResponsibilityItems(ResponsibilityItem... items) {
            Lists.addEach("responsibilityItems", responsibilityItems, items);
            return this;
        }

        /**
         * Adds an accountability clause (追责情形), after those already added; optional.
         *
         * @param clause  the clause, not null
         * @return this builder, not null
         * @throws NullPointerException if the clause is null
         */
        public Builder addAccountabilityClause(AccountabilityClause clause) {
            accountabilityClauses.add(Objects.requireNonNull(clause, "accountabilityClauses element"));
            return this;
        }

        /**
         * Adds accountability clauses (追责情形), after those already added; all or none.
         *
         * @param clauses  the clauses, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or a clause is null
         */
        public Builder addAccountabilityClauses(AccountabilityClause... clauses) {
            Lists.addEach("accountabilityClauses", accountabilityClauses, clauses);
            return this;
        }

        private String power() {
            return "Power " + code;
        }

        /**
         * Builds the power, normalising its enforcement area.
         *
         * @return the power, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if a text is not one line, no provision is cited, one is cited twice, or
         *         none names the article that grants the power
         */
        public Power build() {
            required.present("code", code, "name", name, "kind", kind, "implementingAgency", implementingAgency,
                    "enforcementArea", enforcementArea);
            return new Power(this);
        }
    }
}
