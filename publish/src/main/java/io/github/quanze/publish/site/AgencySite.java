package io.github.quanze.publish.site;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.organization.Agency;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerKind;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.publish.notice.DecisionNotices;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an agency publishes on its site (机关公示内容): its 执法依据, 权责清单 with the posts each power is allocated to,
 * 执法流程, 裁量基准 and 执法主体和人员, as of a date.
 * <p>
 * The content is the library's values: a basis catalogue, a power catalogue, an organization, an allocation table,
 * procedures and discretion standards. Each procedure is published with the kinds of power it serves, so that a
 * power links to the flowcharts of its kind. {@link #from(AgencyDocuments, LocalDate)} takes an agency's own
 * procedures and adds the statutory procedures ({@link ProcedureTemplates}) for the kinds its catalogue holds:
 * 行政处罚普通程序 and 简易程序 for penalties, 行政许可一般程序 for licensing, 查封、扣押 for coercion. Which kind an
 * agency's own procedure serves is read from its steps (interpretation: a procedure with 申请 serves licensing, one
 * with 实施查封、扣押 coercion, one with 告知 and 决定 penalties), since a procedures document does not say.
 * <p>
 * The site's agency is the power catalogue's; the organization must have it, and the allocation table must be its.
 * This class is immutable and thread-safe.
 */
public final class AgencySite {

    private final Agency agency;
    private final BilingualText publisher;
    private final LocalDate date;
    private final BasisCatalogue basis;
    private final PowerCatalogue powers;
    private final Organization organization;
    private final AllocationTable allocation;
    private final Map<Procedure, Set<PowerKind>> procedures;
    private final List<DiscretionStandard> standards;
    private final Optional<DecisionNotices> decisions;

    private AgencySite(Builder b) {
        this.date = required(b.date, "date");
        this.basis = required(b.basis, "basis");
        this.powers = required(b.powers, "powers");
        this.organization = required(b.organization, "organization");
        this.allocation = required(b.allocation, "allocation");
        this.agency = organization.findAgency(powers.agency()).orElseThrow(() -> new IllegalArgumentException(
                "the organization has no agency " + powers.agency() + ", whose power catalogue '" + powers.name()
                + "' the site publishes"));
        checkArgument(allocation.agency().equals(powers.agency()), "the allocation table is agency %s's, but the "
                + "power catalogue '%s' is agency %s's", allocation.agency(), powers.name(), powers.agency());
        this.publisher = b.publisher == null ? BilingualText.of(agency.name(), agency.name()) : b.publisher;
        Map<Procedure, Set<PowerKind>> kinds = new LinkedHashMap<>();
        b.procedures.forEach((p, k) -> kinds.put(p, Set.copyOf(k)));
        this.procedures = java.util.Collections.unmodifiableMap(kinds);
        this.standards = List.copyOf(b.standards);
        this.decisions = Optional.ofNullable(b.decisions);
    }

    private static <T> T required(T part, String name) {
        checkState(part != null, "the site's %s is not set; set it on the builder before build()", name);
        return part;
    }

    /**
     * Starts a site.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Makes the site of an agency's documents: its own procedures, then the statutory procedures for the kinds of
     * power its catalogue holds.
     *
     * @param documents  the agency's documents, not null
     * @param date  the site's date, on which certificates are shown valid or not, not null
     * @return the site, not null
     * @throws IllegalArgumentException if the organization lacks the catalogue's agency, or the allocation table is
     *         another agency's
     */
    public static AgencySite from(AgencyDocuments documents, LocalDate date) {
        Builder b = builder().date(date).basis(documents.basis()).powers(documents.powers())
                .organization(documents.organization()).allocation(documents.allocation())
                .standards(documents.standards());
        documents.decisions().ifPresent(b::decisions);
        for (Procedure own : documents.procedures()) {
            b.procedure(own, kindsServed(own));
        }
        Set<PowerKind> held = EnumSet.noneOf(PowerKind.class);
        documents.powers().powers().forEach(p -> held.add(p.kind()));
        for (Procedure template : ProcedureTemplates.all()) {
            Set<PowerKind> served = kindsServed(template);
            served.retainAll(held);
            if (!served.isEmpty()) {
                b.procedure(template, served);
            }
        }
        return b.build();
    }

    /** The kinds of power a procedure serves, read from its steps. */
    static Set<PowerKind> kindsServed(Procedure procedure) {
        Set<PowerKind> kinds = EnumSet.noneOf(PowerKind.class);
        if (procedure.has(StepKind.APPLICATION)) {
            kinds.add(PowerKind.ADMINISTRATIVE_LICENSING);
        }
        if (procedure.has(StepKind.SEIZURE)) {
            kinds.add(PowerKind.ADMINISTRATIVE_COERCION);
        }
        if (procedure.has(StepKind.NOTICE) && procedure.has(StepKind.DECISION)) {
            kinds.add(PowerKind.ADMINISTRATIVE_PENALTY);
        }
        return kinds;
    }

    /**
     * Returns the agency that publishes: the power catalogue's.
     *
     * @return the agency, not null
     */
    public Agency agency() {
        return agency;
    }

    /**
     * Returns the publisher named in every page's header; by default the agency's name.
     *
     * @return the publisher, not null
     */
    public BilingualText publisher() {
        return publisher;
    }

    /**
     * Returns the site's date: the day the pages speak of, on which certificates are shown valid or not.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the basis catalogue (执法依据目录).
     *
     * @return the catalogue, not null
     */
    public BasisCatalogue basis() {
        return basis;
    }

    /**
     * Returns the power catalogue (权责清单).
     *
     * @return the catalogue, not null
     */
    public PowerCatalogue powers() {
        return powers;
    }

    /**
     * Returns the organization (执法主体和人员).
     *
     * @return the organization, not null
     */
    public Organization organization() {
        return organization;
    }

    /**
     * Returns the allocation table (职权分解表).
     *
     * @return the table, not null
     */
    public AllocationTable allocation() {
        return allocation;
    }

    /**
     * Returns the procedures published, in order, each with the kinds of power it serves.
     *
     * @return the procedures and their kinds, not null
     */
    public Map<Procedure, Set<PowerKind>> procedures() {
        return procedures;
    }

    /**
     * Returns the decisions the agency publishes (执法决定公示), if the site publishes them.
     *
     * @return the decisions, or empty, not null
     */
    public Optional<DecisionNotices> decisions() {
        return decisions;
    }

    /**
     * Returns the discretion standards (裁量基准), in order.
     *
     * @return the standards, not null
     */
    public List<DiscretionStandard> standards() {
        return standards;
    }

    /**
     * Builds an {@link AgencySite}: the date, the basis catalogue, the power catalogue, the organization and the
     * allocation table are required; procedures and standards are added in the order shown. Not thread-safe.
     */
    public static final class Builder {
        private BilingualText publisher;
        private LocalDate date;
        private BasisCatalogue basis;
        private PowerCatalogue powers;
        private Organization organization;
        private AllocationTable allocation;
        private final Map<Procedure, Set<PowerKind>> procedures = new LinkedHashMap<>();
        private final List<DiscretionStandard> standards = new ArrayList<>();
        private DecisionNotices decisions;

        private Builder() {}

        /**
         * Sets the publisher named in the header; by default the agency's name in both languages.
         *
         * @param publisher  the publisher, not null
         * @return this builder
         */
        public Builder publisher(BilingualText publisher) {
            this.publisher = Objects.requireNonNull(publisher, "publisher");
            return this;
        }

        /**
         * Sets the site's date.
         *
         * @param date  the date, not null
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the basis catalogue.
         *
         * @param basis  the catalogue, not null
         * @return this builder
         */
        public Builder basis(BasisCatalogue basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Sets the power catalogue, whose agency is the site's.
         *
         * @param powers  the catalogue, not null
         * @return this builder
         */
        public Builder powers(PowerCatalogue powers) {
            this.powers = Objects.requireNonNull(powers, "powers");
            return this;
        }

        /**
         * Sets the organization, which must have the catalogue's agency.
         *
         * @param organization  the organization, not null
         * @return this builder
         */
        public Builder organization(Organization organization) {
            this.organization = Objects.requireNonNull(organization, "organization");
            return this;
        }

        /**
         * Sets the allocation table, which must be the catalogue's agency's.
         *
         * @param allocation  the table, not null
         * @return this builder
         */
        public Builder allocation(AllocationTable allocation) {
            this.allocation = Objects.requireNonNull(allocation, "allocation");
            return this;
        }

        /**
         * Adds a procedure, with the kinds of power it serves (none: published, but linked from no power).
         *
         * @param procedure  the procedure, not null
         * @param kinds  the kinds of power it serves, not null
         * @return this builder
         * @throws IllegalArgumentException if a procedure of the same Chinese name was added
         */
        public Builder procedure(Procedure procedure, Set<PowerKind> kinds) {
            Objects.requireNonNull(procedure, "procedure");
            checkArgument(procedures.keySet().stream().noneMatch(p -> p.name().zh().equals(procedure.name().zh())),
                    "procedure '%s' is added twice", procedure.name().zh());
            procedures.put(procedure, kinds.isEmpty() ? EnumSet.noneOf(PowerKind.class) : EnumSet.copyOf(kinds));
            return this;
        }

        /**
         * Adds discretion standards.
         *
         * @param added  the standards, not null
         * @return this builder
         */
        public Builder standards(List<DiscretionStandard> added) {
            added.forEach(s -> standards.add(Objects.requireNonNull(s, "standard")));
            return this;
        }

        /**
         * Sets the decisions the site publishes on its 执法决定公示 page ({@code decisions.html}); without them the
         * site has no such page.
         *
         * @param notices  the decisions, not null
         * @return this builder
         */
        public Builder decisions(DecisionNotices notices) {
            this.decisions = Objects.requireNonNull(notices, "notices");
            return this;
        }

        /**
         * Builds the site.
         *
         * @return the site, not null
         * @throws IllegalStateException if the date, basis, powers, organization or allocation is not set
         * @throws IllegalArgumentException if the organization lacks the catalogue's agency, or the allocation
         *         table is another agency's
         */
        public AgencySite build() {
            return new AgencySite(this);
        }
    }
}
