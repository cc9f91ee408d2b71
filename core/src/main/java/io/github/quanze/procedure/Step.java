package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.TimeLimit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A step of a procedure (程序环节): what is done, by which post role, by how many certified officers at least, after
 * which steps, when it is required, within what time, and on what legal basis, with what the law further asks of
 * it: a party may waive it, it is done on the spot, by a head of the agency, by a qualified legal reviewer, it
 * records what was decided.
 * <pre>{@code
 * Step investigation = Step.of(StepKind.INVESTIGATION, PostRole.HANDLER, basis)
 *         .officers(2).certified().after(StepKind.FILING);
 * }</pre>
 * <p>
 * Each method returns a copy; a step never changes. This class is immutable and thread-safe.
 */
public final class Step {

    /** The most officers a step may require. */
    public static final int MAX_OFFICERS = 99;

    /**
     * A rule keeping the officers of this step apart from those of other steps (人员分离), with the provision it rests
     * on: a statute (听证主持人 not an investigator, 行政处罚法 Art 64(4)) or the agency's own rule.
     *
     * @param steps  the steps whose officers may not perform this one, not empty, not null
     * @param basis  the provision that keeps them apart, not null
     */
    public record Separation(Set<StepKind> steps, LegalBasis basis) {

        /**
         * Creates a separation.
         *
         * @param steps  the steps whose officers may not perform this one, not empty, not null
         * @param basis  the provision that keeps them apart, not null
         * @throws IllegalArgumentException if no step is named
         */
        public Separation {
            Objects.requireNonNull(steps, "steps");
            checkArgument(!steps.isEmpty(), "Separation %s must name at least one step", basis);
            steps = Sets.immutableEnumSet(steps);
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * A step deemed performed by law (视为): unless this step, or the step {@code unless}, is performed within
     * {@code limit} counted from {@code from}, this step counts as performed on the day of {@code from}, as an
     * application counts as accepted on receipt when the agency does not say in five days what it lacks (行政许可法
     * Art 32(1)(4)).
     *
     * @param limit  the time allowed, with its provisions, not null
     * @param from  the step that starts the count and whose day the step is deemed on, not null
     * @param unless  the step whose timely performance stops the deeming, not null
     */
    public record Deemed(TimeLimit limit, StepKind from, StepKind unless) {

        /**
         * Creates the rule.
         *
         * @param limit  the time allowed, with its provisions, not null
         * @param from  the step that starts the count and whose day the step is deemed on, not null
         * @param unless  the step whose timely performance stops the deeming, not null
         */
        public Deemed {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(unless, "unless");
            checkArgument(!limit.isBackward(), "A deemed step is counted forward from %s, but the limit is backward",
                    from);
        }
    }

    private final StepKind kind;
    private final PostRole role;
    private final int officers;
    private final boolean certified;
    private final Condition condition;
    private final Set<StepKind> after;
    private final List<Separation> separations;
    private final Optional<StepDeadline> deadline;
    private final LegalBasis basis;
    private final Optional<LegalBasis> waiver;
    private final Optional<StepKind> onTheSpotWith;
    private final boolean byHead;
    private final boolean qualifiedLegalReviewer;
    private final Optional<Class<? extends StepContent>> content;
    private final boolean contentRequired;
    private final Optional<PenaltyLimit> limit;
    private final Set<CollectionGround> collectionGrounds;
    private final Optional<Deemed> deemed;
    private final Optional<LegalBasis> extensionNotice;
    private final Optional<BilingualText> interpretation;
    private final List<RecordRequirement> records;

    private Step(Draft d) {
        this.kind = Objects.requireNonNull(d.kind, "kind");
        this.role = Objects.requireNonNull(d.role, "role");
        checkArgument(d.officers >= 1 && d.officers <= MAX_OFFICERS, "Step %s: officers must be between 1 and %s, but "
                + "was %s", d.kind, MAX_OFFICERS, d.officers);
        this.officers = d.officers;
        this.certified = d.certified;
        this.condition = Objects.requireNonNull(d.condition, "condition");
        checkArgument(!d.after.contains(kind), "Step %s cannot come after itself", kind);
        this.after = Sets.immutableEnumSet(d.after);
        for (Separation s : d.separations) {
            checkArgument(!s.steps().contains(kind), "Step %s cannot be kept separate from itself", kind);
        }
        this.separations = ImmutableList.copyOf(d.separations);
        this.deadline = d.deadline;
        this.basis = Objects.requireNonNull(d.basis, "basis");
        this.waiver = d.waiver;
        checkArgument(d.onTheSpotWith.map(k -> k != kind).orElse(true), "Step %s cannot be on the spot with itself",
                kind);
        this.onTheSpotWith = d.onTheSpotWith;
        this.byHead = d.byHead;
        this.qualifiedLegalReviewer = d.qualifiedLegalReviewer;
        this.content = d.content;
        this.contentRequired = d.contentRequired;
        checkArgument(d.limit.isEmpty() || d.content.equals(Optional.of(PenaltyDecision.class)), "Step %s: a penalty "
                + "limit needs the step to record a PenaltyDecision", kind);
        this.limit = d.limit;
        checkArgument(d.collectionGrounds.isEmpty() || d.content.equals(Optional.of(FineCollection.class)), "Step %s: "
                + "collection grounds need the step to record a FineCollection", kind);
        this.collectionGrounds = Sets.immutableEnumSet(d.collectionGrounds);
        checkArgument(d.deemed.map(x -> x.from() != kind && x.unless() != kind).orElse(true), "Step %s cannot be "
                + "deemed from itself", kind);
        this.deemed = d.deemed;
        this.extensionNotice = d.extensionNotice;
        this.interpretation = d.interpretation;
        this.records = ImmutableList.copyOf(d.records);
    }

    /**
     * Obtains a step performed by one officer of a role, always required, with no predecessor and no time limit.
     *
     * @param kind  what is done, not null
     * @param role  the post role that performs it, not null
     * @param basis  the provisions the step rests on, not null
     * @return the step, not null
     */
    public static Step of(StepKind kind, PostRole role, LegalBasis basis) {
        Draft d = new Draft();
        d.kind = kind;
        d.role = role;
        d.basis = basis;
        return new Step(d);
    }

    /**
     * Returns a copy requiring at least {@code n} certified officers (行政处罚法 Art 42: no fewer than two).
     *
     * @param n  the minimum, from 1 to {@value #MAX_OFFICERS}
     * @return the step, not null
     * @throws IllegalArgumentException if {@code n} is less than 1 or more than {@value #MAX_OFFICERS}
     */
    public Step officers(int n) {
        Draft d = draft();
        d.officers = n;
        return new Step(d);
    }

    /**
     * Returns a copy that may only be performed after the given steps, where they are required (先告知后决定).
     *
     * @param first  a step that must come first, not null
     * @param more  further steps that must come first, not null
     * @return the step, not null
     * @throws IllegalArgumentException if the step names itself
     */
    public Step after(StepKind first, StepKind... more) {
        Draft d = draft();
        d.after = EnumSet.copyOf(Sets.union(after, EnumSet.of(first, more)));
        return new Step(d);
    }

    /**
     * Returns a copy whose officers must hold an enforcement certificate covering the case's area on the day
     * (行政处罚法 Art 42: 具有行政执法资格的执法人员; 行政强制法 Art 18(2)).
     *
     * @return the step, not null
     */
    public Step certified() {
        Draft d = draft();
        d.certified = true;
        return new Step(d);
    }

    /**
     * Returns a copy whose officers must not have performed the given steps of the same case, with the provision that
     * keeps them apart: a hearing presided over by someone other than the investigators (行政处罚法 Art 64(4)), or an
     * agency's own rule separating investigation from decision, cited as the agency's own.
     *
     * @param basis  the provision that keeps them apart, not null
     * @param first  a step whose officers are excluded, not null
     * @param more  further such steps, not null
     * @return the step, not null
     * @throws IllegalArgumentException if the step names itself
     */
    public Step separateFrom(LegalBasis basis, StepKind first, StepKind... more) {
        Draft d = draft();
        d.separations.add(new Separation(EnumSet.of(first, more), basis));
        return new Step(d);
    }

    /**
     * Returns a copy required only under a condition.
     *
     * @param condition  the condition, not null
     * @return the step, not null
     */
    public Step when(Condition condition) {
        Draft d = draft();
        d.condition = condition;
        return new Step(d);
    }

    /**
     * Returns a copy with a time limit counted from the day another step was performed, or back from it for a
     * backward limit.
     *
     * @param limit  the time limit, not null
     * @param from  the step that starts (or, backward, ends) the count, not null
     * @return the step, not null
     */
    public Step within(TimeLimit limit, StepKind from) {
        Draft d = draft();
        d.deadline = Optional.of(new StepDeadline(limit, from));
        return new Step(d);
    }

    /**
     * Returns a copy the party may expressly waive (明确放弃), such as 陈述、申辩 (行政处罚法 Art 62: "当事人明确放弃陈述或者
     * 申辩权利的除外"). A waived step is neither missing nor out of order.
     *
     * @param basis  the provision that allows the waiver, not null
     * @return the step, not null
     */
    public Step waivable(LegalBasis basis) {
        Draft d = draft();
        d.waiver = Optional.of(Objects.requireNonNull(basis, "basis"));
        return new Step(d);
    }

    /**
     * Returns a copy that must be performed on the spot (当场), on the same day as another step, such as a decision
     * handed over when it is made (行政处罚法 Art 52) or a seizure decision and list handed over at the seizure
     * (行政强制法 Art 24). Reading 当场 as the same day is an interpretation.
     *
     * @param with  the step it goes with, not null
     * @return the step, not null
     * @throws IllegalArgumentException if the step names itself
     */
    public Step onTheSpotWith(StepKind with) {
        Draft d = draft();
        d.onTheSpotWith = Optional.of(Objects.requireNonNull(with, "with"));
        return new Step(d);
    }

    /**
     * Returns a copy that only a head of the agency (行政机关负责人) may perform: an officer holding a post with a
     * {@link io.github.quanze.organization.Leadership}, such as the approval of a coercive measure (行政强制法
     * Art 18(1)) or a penalty decision (行政处罚法 Art 57).
     *
     * @return the step, not null
     */
    public Step byHead() {
        Draft d = draft();
        d.byHead = true;
        return new Step(d);
    }

    /**
     * Returns a copy whose officers, if they began legality review on or after 2021-07-15, must hold the legal
     * professional qualification (行政处罚法 Art 58 第二款: 初次从事行政处罚决定法制审核的人员，应当…取得法律职业资格).
     *
     * @return the step, not null
     */
    public Step qualifiedLegalReviewer() {
        Draft d = draft();
        d.qualifiedLegalReviewer = true;
        return new Step(d);
    }

    /**
     * Returns a copy whose events carry content of a type, such as the penalty decided.
     *
     * @param type  the type of content, not null
     * @param required  whether every event of the step must carry it (a case record rejects one that does not)
     * @return the step, not null
     */
    public Step recording(Class<? extends StepContent> type, boolean required) {
        Draft d = draft();
        d.content = Optional.of(Objects.requireNonNull(type, "type"));
        d.contentRequired = required;
        return new Step(d);
    }

    /**
     * Returns a copy whose decision must stay within a limit (行政处罚法 Art 51 for the summary procedure); the step
     * must record a {@link PenaltyDecision}.
     *
     * @param limit  the limit, not null
     * @return the step, not null
     * @throws IllegalArgumentException if the step does not record a {@link PenaltyDecision}
     */
    public Step limitedTo(PenaltyLimit limit) {
        Draft d = draft();
        d.limit = Optional.of(Objects.requireNonNull(limit, "limit"));
        return new Step(d);
    }

    /**
     * Returns a copy that collects fines on the spot on the given grounds only (行政处罚法 Art 68, 69); the step must
     * record a {@link FineCollection}.
     *
     * @param first  a ground allowed, not null
     * @param more  further grounds, not null
     * @return the step, not null
     * @throws IllegalArgumentException if the step does not record a {@link FineCollection}
     */
    public Step collectingOn(CollectionGround first, CollectionGround... more) {
        Draft d = draft();
        d.collectionGrounds = EnumSet.of(first, more);
        return new Step(d);
    }

    /**
     * Returns a copy deemed performed on the day of {@code from} unless it, or {@code unless}, is performed within
     * {@code limit} of that day (see {@link Deemed}).
     *
     * @param limit  the time allowed, not null
     * @param from  the step whose day the step is deemed on, not null
     * @param unless  the step whose timely performance stops the deeming, not null
     * @return the step, not null
     * @throws IllegalArgumentException if the step names itself or the limit is counted backward
     */
    public Step deemed(TimeLimit limit, StepKind from, StepKind unless) {
        Draft d = draft();
        d.deemed = Optional.of(new Deemed(limit, from, unless));
        return new Step(d);
    }

    /**
     * Returns a copy whose time limit may only be extended if the party is told of the extension and its reasons
     * (行政许可法 Art 42 第一款; 行政强制法 Art 25 第二款: 书面告知当事人，并说明理由).
     *
     * @param basis  the provision that requires the notice, not null
     * @return the step, not null
     */
    public Step extensionNotice(LegalBasis basis) {
        Draft d = draft();
        d.extensionNotice = Optional.of(Objects.requireNonNull(basis, "basis"));
        return new Step(d);
    }

    /**
     * Returns a copy that says where the step goes beyond the text of its basis, such as a step of practice that no
     * statute names; every violation concerning the step repeats it.
     *
     * @param note  what the step adds to the law and on whose authority, not null
     * @return the step, not null
     */
    public Step interpretation(BilingualText note) {
        Draft d = draft();
        d.interpretation = Optional.of(Objects.requireNonNull(note, "note"));
        return new Step(d);
    }

    /**
     * Returns what is done.
     *
     * @return the kind, not null
     */
    public StepKind kind() {
        return kind;
    }

    /**
     * Returns the post role that performs the step.
     *
     * @return the role, not null
     */
    public PostRole role() {
        return role;
    }

    /**
     * Returns the minimum number of certified officers.
     *
     * @return the minimum, from 1 to {@value #MAX_OFFICERS}
     */
    public int officers() {
        return officers;
    }

    /**
     * Checks whether the officers must be certified for the case's area.
     *
     * @return true if they must
     */
    public boolean isCertified() {
        return certified;
    }

    /**
     * Returns the rules that keep the officers of other steps apart from this one.
     *
     * @return the separations, not null
     */
    public List<Separation> separations() {
        return separations;
    }

    /**
     * Returns when the step is required.
     *
     * @return the condition, not null
     */
    public Condition condition() {
        return condition;
    }

    /**
     * Returns the steps that must come first.
     *
     * @return the predecessors, not null
     */
    public Set<StepKind> after() {
        return after;
    }

    /**
     * Returns the time limit.
     *
     * @return the deadline rule, empty if the step has none, not null
     */
    public Optional<StepDeadline> deadline() {
        return deadline;
    }

    /**
     * Returns the provisions the step rests on.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Returns the provision that lets the party waive the step.
     *
     * @return the provision, empty if the step cannot be waived, not null
     */
    public Optional<LegalBasis> waiver() {
        return waiver;
    }

    /**
     * Returns the step this one must be performed on the same day as.
     *
     * @return the step, empty if none, not null
     */
    public Optional<StepKind> onTheSpotWith() {
        return onTheSpotWith;
    }

    /**
     * Checks whether only a head of the agency may perform the step.
     *
     * @return true if so
     */
    public boolean isByHead() {
        return byHead;
    }

    /**
     * Checks whether the officers must meet 行政处罚法 Art 58 第二款.
     *
     * @return true if so
     */
    public boolean isQualifiedLegalReviewer() {
        return qualifiedLegalReviewer;
    }

    /**
     * Returns the type of content the step's events carry.
     *
     * @return the type, empty if none, not null
     */
    public Optional<Class<? extends StepContent>> content() {
        return content;
    }

    /**
     * Checks whether every event of the step must carry its content.
     *
     * @return true if so
     */
    public boolean isContentRequired() {
        return contentRequired;
    }

    /**
     * Returns the limit on what the step may decide.
     *
     * @return the limit, empty if none, not null
     */
    public Optional<PenaltyLimit> limit() {
        return limit;
    }

    /**
     * Returns the grounds on which the step may collect fines on the spot.
     *
     * @return the grounds, empty if the step collects none, not null
     */
    public Set<CollectionGround> collectionGrounds() {
        return collectionGrounds;
    }

    /**
     * Returns the rule by which the step is deemed performed.
     *
     * @return the rule, empty if none, not null
     */
    public Optional<Deemed> deemed() {
        return deemed;
    }

    /**
     * Returns the provision that requires the party be told of an extension of the step's time limit.
     *
     * @return the provision, empty if none, not null
     */
    public Optional<LegalBasis> extensionNotice() {
        return extensionNotice;
    }

    /**
     * Returns where the step goes beyond the text of its basis.
     *
     * @return the note, empty if the step is the statute's own, not null
     */
    public Optional<BilingualText> interpretation() {
        return interpretation;
    }

    /**
     * Returns a copy that must leave records (全过程记录): each requirement met by one record of one of its kinds
     * stated on the step's event ({@link CaseEvent.StepPerformed#records()}), such as a written or audio-video record
     * of each stage of a penalty (行政处罚法 Art 47) or a full audio-video record of a seizure (国办发〔2018〕118号).
     * The requirements add to those the step already has.
     *
     * @param first  a requirement, not null
     * @param more  further requirements, not null
     * @return the step, not null
     */
    public Step records(RecordRequirement first, RecordRequirement... more) {
        Draft d = draft();
        d.records.add(Objects.requireNonNull(first, "first"));
        for (RecordRequirement r : more) {
            d.records.add(Objects.requireNonNull(r, "more"));
        }
        return new Step(d);
    }

    /**
     * Returns the records the step must leave, checked against events that state their records.
     *
     * @return the requirements, empty if none, not null
     */
    public List<RecordRequirement> records() {
        return records;
    }

    private Draft draft() {
        Draft d = new Draft();
        d.kind = kind;
        d.role = role;
        d.officers = officers;
        d.certified = certified;
        d.condition = condition;
        d.after = after.isEmpty() ? EnumSet.noneOf(StepKind.class) : EnumSet.copyOf(after);
        d.separations = new ArrayList<>(separations);
        d.deadline = deadline;
        d.basis = basis;
        d.waiver = waiver;
        d.onTheSpotWith = onTheSpotWith;
        d.byHead = byHead;
        d.qualifiedLegalReviewer = qualifiedLegalReviewer;
        d.content = content;
        d.contentRequired = contentRequired;
        d.limit = limit;
        d.collectionGrounds = collectionGrounds.isEmpty() ? EnumSet.noneOf(CollectionGround.class)
                : EnumSet.copyOf(collectionGrounds);
        d.deemed = deemed;
        d.extensionNotice = extensionNotice;
        d.interpretation = interpretation;
        d.records = new ArrayList<>(records);
        return d;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Step o && kind == o.kind && role == o.role && officers == o.officers
                && certified == o.certified && condition == o.condition && after.equals(o.after)
                && separations.equals(o.separations) && deadline.equals(o.deadline) && basis.equals(o.basis)
                && waiver.equals(o.waiver) && onTheSpotWith.equals(o.onTheSpotWith) && byHead == o.byHead
                && qualifiedLegalReviewer == o.qualifiedLegalReviewer && content.equals(o.content)
                && contentRequired == o.contentRequired && limit.equals(o.limit)
                && collectionGrounds.equals(o.collectionGrounds) && deemed.equals(o.deemed)
                && extensionNotice.equals(o.extensionNotice) && interpretation.equals(o.interpretation)
                && records.equals(o.records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, role, officers, certified, condition, after, separations, deadline, basis, waiver,
                onTheSpotWith, byHead, qualifiedLegalReviewer, content, contentRequired, limit, collectionGrounds,
                deemed, extensionNotice, interpretation, records);
    }

    @Override
    public String toString() {
        return "Step{" + kind + ", " + role + (after.isEmpty() ? "" : ", after " + after) + "}";
    }

    /** The attributes of a step being copied; never shared, never published. */
    private static final class Draft {
        StepKind kind;
        PostRole role;
        int officers = 1;
        boolean certified;
        Condition condition = Condition.ALWAYS;
        EnumSet<StepKind> after = EnumSet.noneOf(StepKind.class);
        List<Separation> separations = new ArrayList<>();
        Optional<StepDeadline> deadline = Optional.empty();
        LegalBasis basis;
        Optional<LegalBasis> waiver = Optional.empty();
        Optional<StepKind> onTheSpotWith = Optional.empty();
        boolean byHead;
        boolean qualifiedLegalReviewer;
        Optional<Class<? extends StepContent>> content = Optional.empty();
        boolean contentRequired;
        Optional<PenaltyLimit> limit = Optional.empty();
        EnumSet<CollectionGround> collectionGrounds = EnumSet.noneOf(CollectionGround.class);
        Optional<Deemed> deemed = Optional.empty();
        Optional<LegalBasis> extensionNotice = Optional.empty();
        Optional<BilingualText> interpretation = Optional.empty();
        List<RecordRequirement> records = new ArrayList<>();
    }
}
