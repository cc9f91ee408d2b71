package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case record (案件): the case's facts and an immutable, append-only history of {@link CaseEvent}s, replayed
 * into a {@link CaseState} on any day.
 * <pre>{@code
 * CaseRecord record = CaseRecord.builder()
 *         .id("甬烟罚〔2026〕12号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
 *         .organization(bureau).area("烟草专卖").opened(LocalDate.of(2026, 9, 1))
 *         .build()
 *         .append(CaseEvent.performed(StepKind.FILING, LocalDate.of(2026, 9, 1), wang));
 * CaseState state = record.replay(LocalDate.of(2026, 10, 20));
 * }</pre>
 * <p>
 * Appending checks each event and rejects, with the record unchanged, an event for a step the procedure lacks, one
 * dated before the case opened or outside the calendar's years, an officer the organization does not know, a time
 * limit extended where the step has none or told to the party before it was approved, a waiver of a step the law does
 * not let the party waive, content of another kind than the step records or missing where the procedure checks it,
 * a penalty decision whose offence ({@link PenaltyDecision#offence()}) is decided on another day than its step, a
 * resumption without a suspension (or a second suspension), a publication or a ruling that overturns the decision
 * dated before the decision, a withdrawal dated before the first publication, records that state a signature with no
 * written record to bear it or the party's signature where the attestation says the party refused or was absent, a
 * suspected crime in a procedure with no referral step, an answer of the receiving authority with no referral
 * recorded by its day, any event but one of publicity (a publication, a withdrawal, a ruling on the decision) once
 * the final step is recorded or dated after it, and any event once the case is transferred to another agency
 * ({@link CaseEvent.Transferred}), or a transfer dated before an event already recorded (publicity included), made
 * after the case was decided, or made while the case is referred to the public security organ (see
 * {@link CaseEvent.Transferred}). Events may be recorded late
 * (补录): replay orders them by date, so the state does not depend on the order they were appended in, nor on how
 * they were split into appends.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CaseRecord {

    /** The longest case number (案号) accepted. */
    public static final int MAX_ID_LENGTH = 100;

    private final String id;
    private final Procedure procedure;
    private final Organization organization;
    private final String area;
    private final LocalDate opened;
    private final Set<CaseGround> grounds;
    private final boolean hearingEligible;
    private final WorkingDayCalendar calendar;
    private final List<CaseEvent> events;
    private final Optional<TransferOrigin> origin;
    private final Optional<String> operation;
    private final Optional<PublicationRule> publication;
    private final Optional<ReviewCatalogue> reviewCatalogue;

    private CaseRecord(Builder b, List<CaseEvent> events) {
        this.id = b.id;
        this.procedure = b.procedure;
        this.organization = b.organization;
        this.area = b.area;
        this.opened = b.opened;
        this.grounds = Sets.immutableEnumSet(b.grounds);
        this.hearingEligible = b.hearingEligible;
        this.calendar = b.calendar;
        this.events = events;
        this.origin = Optional.ofNullable(b.origin);
        this.operation = Optional.ofNullable(b.operation);
        this.publication = Optional.ofNullable(b.publication);
        this.reviewCatalogue = Optional.ofNullable(b.reviewCatalogue);
    }

    private CaseRecord(CaseRecord base, List<CaseEvent> events) {
        this.id = base.id;
        this.procedure = base.procedure;
        this.organization = base.organization;
        this.area = base.area;
        this.opened = base.opened;
        this.grounds = base.grounds;
        this.hearingEligible = base.hearingEligible;
        this.calendar = base.calendar;
        this.events = events;
        this.origin = base.origin;
        this.operation = base.operation;
        this.publication = base.publication;
        this.reviewCatalogue = base.reviewCatalogue;
    }

    /**
     * Obtains a builder to open a case.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a record with one more event.
     *
     * @param event  the event, not null
     * @return the longer record, not null
     * @throws IllegalArgumentException if the event breaks a rule listed in the class documentation; the message
     *         names the case, the event and the rule
     * @throws IllegalStateException if the case is closed
     */
    public CaseRecord append(CaseEvent event) {
        return appendAll(List.of(event));
    }

    /**
     * Returns a record with more events, all checked before any is added.
     *
     * @param added  the events, in the order they are recorded, not null
     * @return the longer record, not null
     * @throws IllegalArgumentException if an event breaks a rule of {@link #append}; the message names the event
     * @throws IllegalStateException if the case is closed, or an event follows the final step
     */
    public CaseRecord appendAll(List<? extends CaseEvent> added) {
        CaseEvent[] all = events.toArray(new CaseEvent[events.size() + added.size()]);
        int size = events.size();
        LocalDate closedOn = closingDate(all, size);
        LocalDate transferredOn = transferDate(all, size);
        LocalDate latest = Arrays.stream(all, 0, size).filter(e -> !isPublicity(e)).map(CaseEvent::date)
                .max(Comparator.naturalOrder()).orElse(opened);
        for (CaseEvent event : added) {
            Objects.requireNonNull(event, "event");
            checkState(closedOn == null || isPublicity(event), "Case %s was closed by its %s of %s: no event may "
                    + "follow, but got %s", id, procedure.last().kind(), closedOn, event);
            checkState(transferredOn == null, "Case %s was transferred to another agency on %s: no event may follow, "
                    + "but got %s", id, transferredOn, event);
            check(event, latest);
            if (event instanceof CaseEvent.Transferred t) {
                TransferChecks.checkEvent(this, t, all, size);
                transferredOn = t.date();
            }
            if (event instanceof CaseEvent.StepPerformed p && p.step() == procedure.last().kind()) {
                closedOn = p.date();
            }
            if (!isPublicity(event)) {
                latest = latest.isAfter(event.date()) ? latest : event.date();
            }
            all[size++] = event;
        }
        checkSuspensions(all);
        PublicationChecks.checkHistory(this, all);
        checkAnswers(all);
        return new CaseRecord(this, ImmutableList.copyOf(all));
    }

    /**
     * Whether an event is one of publicity after the decision (公开、撤回、决定被纠正), which may follow the closing of
     * the case: a reconsideration or a court rules on a decision after its case is closed (行政处罚法 Art 48 第二款).
     */
    private static boolean isPublicity(CaseEvent event) {
        return event instanceof CaseEvent.Published || event instanceof CaseEvent.Withdrawn
                || event instanceof CaseEvent.Overturned;
    }

    private void check(CaseEvent event, LocalDate latest) {
        checkArgument(!event.date().isBefore(opened), "Case %s: event %s is dated before the case opened on %s", id,
                event, opened);
        checkCovered(event);
        if (event instanceof CaseEvent.StepPerformed performed) {
            checkStep(performed.step(), event);
            performed.officers().forEach(officer -> checkOfficer(officer, event));
            checkArgument(performed.step() != procedure.last().kind() || !latest.isAfter(event.date()), "Case %s: "
                    + "final step %s on %s would close the case before its event of %s", id, performed.step(),
                    event.date(), latest);
            checkContent(procedure.step(performed.step()).orElseThrow(), performed);
            RecordChecks.checkEvent(id, performed);
        } else if (event instanceof CaseEvent.Extended extended) {
            checkStep(extended.step(), event);
            checkArgument(procedure.step(extended.step()).orElseThrow().deadline().isPresent(), "Case %s: event %s "
                    + "extends step %s, which has no time limit", id, event, extended.step());
            extended.approver().ifPresent(officer -> checkOfficer(officer, event));
            extended.notified().ifPresent(day -> checkArgument(!day.isBefore(extended.date()), "Case %s: event %s "
                    + "tells the party on %s of an extension approved later", id, event, day));
        } else if (event instanceof CaseEvent.CrimeSuspected suspected) {
            checkArgument(procedure.has(StepKind.REFERRAL), "Case %s: event %s finds a suspected crime, but procedure "
                    + "'%s' has no step %s to refer it; record it in a procedure that has one, such as %s", id,
                    event, procedure.name().zh(), StepKind.REFERRAL, "行政处罚普通程序 or 移送涉嫌犯罪案件");
            suspected.officers().forEach(officer -> checkOfficer(officer, event));
        } else if (event instanceof CaseEvent.Waived waived) {
            checkStep(waived.step(), event);
            checkArgument(procedure.step(waived.step()).orElseThrow().waiver().isPresent(), "Case %s: event %s "
                    + "waives step %s, which the law does not let the party waive", id, event, waived.step());
        }
    }

    private void checkContent(Step step, CaseEvent.StepPerformed performed) {
        Optional<Class<? extends StepContent>> type = step.content();
        performed.content().ifPresent(content -> checkArgument(type.isPresent() && type.get().isInstance(content),
                "Case %s: event %s records %s, but step %s records %s", id, performed,
                content.getClass().getSimpleName(), step.kind(), type.map(Class::getSimpleName).orElse("nothing")));
        checkArgument(!step.isContentRequired() || performed.content().isPresent(), "Case %s: event %s must record "
                + "its %s (build it with CaseEvent.recorded), because procedure '%s' checks it", id, performed,
                type.map(Class::getSimpleName).orElse("content"), procedure.name().zh());
        if (performed.content().orElse(null) instanceof PenaltyDecision decision && decision.offence().isPresent()) {
            LocalDate decided = decision.offence().get().decided();
            checkArgument(decided.equals(performed.date()), "Case %s: event %s records an offence decided on %s; the "
                    + "offence of a decision is decided on the day of its step", id, performed, decided);
        }
    }

    private void checkCovered(CaseEvent event) {
        int year = event.date().getYear();
        // the message is formatted only on failure: this check runs for every event appended
        checkArgument(year >= calendar.firstYear() && year <= calendar.lastYear(), "Case %s: event %s is dated %s, "
                + "outside the years %s-%s of calendar '%s'; supply a calendar that covers it", id, event,
                event.date(), calendar.firstYear(), calendar.lastYear(), calendar.name());
    }

    private void checkStep(StepKind step, CaseEvent event) {
        checkArgument(procedure.has(step), "Case %s: event %s is for step %s, which procedure '%s' does not have", id,
                event, step, procedure.name().zh());
    }

    private void checkOfficer(OfficerId officer, CaseEvent event) {
        checkArgument(organization.findOfficer(officer).isPresent(), "Case %s: event %s names officer %s, whom the "
                + "organization does not know", id, event, officer);
    }

    private LocalDate closingDate(CaseEvent[] so, int size) {
        StepKind last = procedure.last().kind();
        for (int i = 0; i < size; i++) {
            if (so[i] instanceof CaseEvent.StepPerformed p && p.step() == last) {
                return p.date();
            }
        }
        return null;
    }

    private static LocalDate transferDate(CaseEvent[] so, int size) {
        for (int i = 0; i < size; i++) {
            if (so[i] instanceof CaseEvent.Transferred t) {
                return t.date();
            }
        }
        return null;
    }

    private void checkSuspensions(CaseEvent[] all) {
        CaseEvent[] sorted = all.clone();
        Arrays.sort(sorted, Comparator.comparing(CaseEvent::date));
        boolean suspended = false;
        for (CaseEvent event : sorted) {
            if (event instanceof CaseEvent.Suspended) {
                checkArgument(!suspended, "Case %s: event %s suspends a case that is already suspended", id, event);
                suspended = true;
            } else if (event instanceof CaseEvent.Resumed) {
                checkArgument(suspended, "Case %s: event %s resumes a case that is not suspended", id, event);
                suspended = false;
            }
        }
    }

    /** An answer of the authority a case went to must follow a referral recorded on or before its day. */
    private void checkAnswers(CaseEvent[] all) {
        ReferralFacts.checkAnswers(id, all);
    }

    /**
     * Replays the history as it stood at the end of a day: only events dated on or before it count. A case
     * transferred to another agency by then ({@link CaseEvent.Transferred}) is judged as it stood on the day of the
     * transfer, with no step pending: no step is missing because the case left, and no time limit runs out after it.
     *
     * @param asOf  the day, not null
     * @return the state, not null
     * @throws io.github.quanze.timelimit.CalendarCoverageException if a time limit runs through a year the calendar
     *         does not hold
     */
    public CaseState replay(LocalDate asOf) {
        return new CaseReplay(this, Objects.requireNonNull(asOf, "asOf"), null).run();
    }

    /**
     * Replays the history as it stood at the end of a day, and checks each penalty decided that records its offence
     * ({@link PenaltyDecision#offence()}) against the agency's discretion: the ruling of the standards on the
     * offence ({@link PenaltyDiscretion#decide}) against the kinds and the fine decided. Besides the violations of
     * {@link #replay(LocalDate)}, this finds {@link ViolationKind#PENALTY_AFTER_LIMITATION},
     * {@link ViolationKind#PENALTY_NOT_ALLOWED}, {@link ViolationKind#PENALTY_AGAINST_STANDARD},
     * {@link ViolationKind#KIND_NOT_ALLOWED},
     * {@link ViolationKind#FINE_OUTSIDE_STATUTORY_RANGE} and {@link ViolationKind#FINE_OUTSIDE_TIER}; each flags
     * only what the statute or the standard excludes, as {@link ViolationKind} describes. A second fine for one act
     * ({@link ViolationKind#SECOND_FINE}) is found by either replay. A decision without its offence is checked as
     * by {@link #replay(LocalDate)}.
     *
     * @param asOf  the day, not null
     * @param discretion  the standards the agency applies, not null
     * @return the state, not null
     * @throws io.github.quanze.timelimit.CalendarCoverageException if a time limit runs through a year the calendar
     *         does not hold
     * @throws IllegalArgumentException if the discretion cannot rule on an offence recorded by then: no standard
     *         grades its item, or it lacks a circumstance the tiers test or declares one of the wrong kind; the
     *         message names the case, the step, its day and the circumstance
     */
    public CaseState replay(LocalDate asOf, PenaltyDiscretion discretion) {
        return new CaseReplay(this, Objects.requireNonNull(asOf, "asOf"),
                Objects.requireNonNull(discretion, "discretion")).run();
    }

    /**
     * Checks whether the final step is recorded (结案).
     *
     * @return true if the case is closed
     */
    public boolean isClosed() {
        return closingDate(events.toArray(new CaseEvent[0]), events.size()) != null;
    }

    /**
     * Returns the case number (案号).
     *
     * @return the id, not blank
     */
    public String id() {
        return id;
    }

    /**
     * Returns the procedure the case follows.
     *
     * @return the procedure, not null
     */
    public Procedure procedure() {
        return procedure;
    }

    /**
     * Returns the organization whose officers act in the case.
     *
     * @return the organization, not null
     */
    public Organization organization() {
        return organization;
    }

    /**
     * Returns the enforcement area (执法领域) officers must be certified for.
     *
     * @return the area, not blank
     */
    public String area() {
        return area;
    }

    /**
     * Returns the day the case opened.
     *
     * @return the date, not null
     */
    public LocalDate opened() {
        return opened;
    }

    /**
     * Returns the grounds the agency found in the case that make steps required: 集体讨论 (行政处罚法 Art 57 第二款)
     * and 法制审核 (Art 58 第一款).
     *
     * @return the grounds, not null
     */
    public Set<CaseGround> grounds() {
        return grounds;
    }

    /**
     * Checks whether the law gives the party a hearing in this case (属于听证范围), so that a request requires one.
     *
     * @return true if eligible
     */
    public boolean isHearingEligible() {
        return hearingEligible;
    }

    /**
     * Returns the calendar time limits are counted on.
     *
     * @return the calendar, not null
     */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the events in the order they were recorded.
     *
     * @return the events, not null
     */
    public List<CaseEvent> events() {
        return events;
    }

    /**
     * Returns the transfer that sent this case to another agency (移送), if one is recorded: the agency's handling
     * ended on its day. Its counterpart is {@link #transferredFrom()}, where a case came from.
     *
     * @return the transfer, empty if none is recorded, not null
     */
    public Optional<CaseEvent.Transferred> transferredTo() {
        for (CaseEvent event : events) {
            if (event instanceof CaseEvent.Transferred t) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns where the case came from, if another agency transferred it here (受移送).
     *
     * @return the origin, empty if the case was not transferred here, not null
     */
    public Optional<TransferOrigin> transferredFrom() {
        return origin;
    }

    /**
     * Returns the joint enforcement operation (联动执法行动) the case came out of, if any: the case belongs to this
     * agency, and references the operation by its id.
     *
     * @return the operation's id, empty if none, not null
     */
    public Optional<String> operation() {
        return operation;
    }

    /**
     * Returns the rule the case's decision is published by, if the agency set one (事后公开).
     *
     * @return the rule, empty if the case is not checked for publication, not null
     */
    public Optional<PublicationRule> publication() {
        return publication;
    }

    /**
     * Returns the agency's list of major decisions that need a legality review, if set.
     *
     * @return the list, not null
     */
    public Optional<ReviewCatalogue> reviewCatalogue() {
        return reviewCatalogue;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CaseRecord other && id.equals(other.id) && procedure.equals(other.procedure)
                && area.equals(other.area) && opened.equals(other.opened) && grounds.equals(other.grounds)
                && hearingEligible == other.hearingEligible && events.equals(other.events)
                && calendar.equals(other.calendar) && organization.equals(other.organization)
                && origin.equals(other.origin) && operation.equals(other.operation)
                && publication.equals(other.publication) && reviewCatalogue.equals(other.reviewCatalogue);
    }

    @Override
    public int hashCode() {
        // every field equals compares but the organization: its hash walks every agency, unit, post, officer and
        // credential (thousands for a province), on each call, and records of one case share it; leaving it out
        // keeps the hash consistent with equals. The calendar caches its hash.
        return Objects.hash(id, procedure, area, opened, grounds, hearingEligible, events, calendar, origin, operation,
                publication, reviewCatalogue);
    }

    @Override
    public String toString() {
        return "CaseRecord{" + id + ", " + procedure.name().zh() + ", " + events.size() + " events}";
    }

    /**
     * Opens a {@link CaseRecord}. Id, procedure, organization, area and opening day are required; {@link #build()}
     * names every required attribute still missing. Each single-valued attribute is set once. A builder is not
     * thread-safe; the record it builds is.
     */
    public static final class Builder {
        private final Required required = new Required("CaseRecord");
        private String id;
        private Procedure procedure;
        private Organization organization;
        private String area;
        private LocalDate opened;
        private final EnumSet<CaseGround> grounds = EnumSet.noneOf(CaseGround.class);
        private boolean hearingEligible;
        private WorkingDayCalendar calendar = WorkingDayCalendar.national();
        private TransferOrigin origin;
        private String operation;
        private PublicationRule publication;
        private ReviewCatalogue reviewCatalogue;

        private Builder() {}

        /**
         * Sets the case number (案号); required.
         *
         * @param id  the case number, one line of at most {@value CaseRecord#MAX_ID_LENGTH} characters, not blank
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if it is already set
         */
        public Builder id(String id) {
            this.id = required.once("id", id, v -> Texts.checkLine("Case id", v, MAX_ID_LENGTH));
            return this;
        }

        /**
         * Sets the procedure the case follows (执法程序); required.
         *
         * @param procedure  the procedure, not null
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalStateException if it is already set
         */
        public Builder procedure(Procedure procedure) {
            this.procedure = required.once("procedure", procedure);
            return this;
        }

        /**
         * Sets the organization whose officers act in the case (执法主体及其人员); required.
         *
         * @param organization  the organization, not null
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalStateException if it is already set
         */
        public Builder organization(Organization organization) {
            this.organization = required.once("organization", organization);
            return this;
        }

        /**
         * Sets the enforcement area officers must be certified for (执法领域); required; spaces at either end are
         * removed.
         *
         * @param area  the area, such as 烟草专卖, not blank
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces
         *         (or is otherwise malformed, as {@code build()} would say); nothing is set
         * @throws IllegalStateException if it is already set
         */
        public Builder area(String area) {
            this.area = required.once("area", area, v -> Texts.normalizeTerm("Case " + id + ": area", v));
            return this;
        }

        /**
         * Sets the day the case opened (立案日期); required.
         *
         * @param opened  the date, not null
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalStateException if it is already set
         */
        public Builder opened(LocalDate opened) {
            this.opened = required.once("opened", opened);
            return this;
        }

        /**
         * Adds grounds the agency found in the case: {@link CaseGround#COMPLEX_OR_SERIOUS_VIOLATION} makes 集体讨论
         * required (行政处罚法 Art 57 第二款), the others 法制审核 (Art 58 第一款).
         *
         * @param first  a ground, not null
         * @param more  further grounds, not null
         * @return this builder, not null
         * @throws NullPointerException if a ground is null
         */
        public Builder grounds(CaseGround first, CaseGround... more) {
            Objects.requireNonNull(first, "grounds element");
            Lists.addEach("grounds", grounds, more);
            grounds.add(first);
            return this;
        }

        /**
         * Sets whether the law gives the party a hearing (行政处罚法 Art 63, 行政许可法 Art 47).
         *
         * @param eligible  true if a request requires a hearing; false unless set
         * @return this builder, not null
         * @throws IllegalStateException if it is already set
         */
        public Builder hearingEligible(boolean eligible) {
            this.hearingEligible = required.once("hearingEligible", eligible);
            return this;
        }

        /**
         * Sets the working-day calendar (工作日历); optional, the national one unless set.
         *
         * @param calendar  the calendar, not null
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalStateException if it is already set
         */
        public Builder calendar(WorkingDayCalendar calendar) {
            this.calendar = required.once("calendar", calendar);
            return this;
        }

        /**
         * Sets where the case came from, when another agency transferred it here (受移送); optional. The receiving
         * agency's time limits count from its own steps, as its record holds them.
         *
         * @param origin  the sending agency, its case number and the day of the transfer, not null
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalStateException if it is already set
         */
        public Builder transferredFrom(TransferOrigin origin) {
            this.origin = required.once("transferredFrom", origin);
            return this;
        }

        /**
         * Sets the joint enforcement operation (联动执法行动) the case came out of; optional.
         *
         * @param operation  the operation's id, one line of at most {@value CaseRecord#MAX_ID_LENGTH} characters
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalArgumentException if the value is blank, has a control character or surrounding spaces, or
         *         is too long; nothing is set
         * @throws IllegalStateException if it is already set
         */
        public Builder operation(String operation) {
            this.operation = required.once("operation", operation,
                    v -> Texts.checkLine("Case " + id + ": operation", v, MAX_ID_LENGTH));
            return this;
        }

        /**
         * Sets the rule the case's decision is published by (事后公开, 国办发〔2018〕118号; 行政处罚法 Art 48); optional:
         * a case without one is not checked for publication, as when the agency found it exempt.
         *
         * @param rule  the rule, not null
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalStateException if it is already set
         */
        public Builder publication(PublicationRule rule) {
            this.publication = required.once("publication", rule);
            return this;
        }

        /**
         * Sets the agency's list of major decisions that need a legality review (重大执法决定法制审核目录清单,
         * 国办发〔2018〕118号); optional: a case it lists needs its {@link StepKind#LEGALITY_REVIEW}.
         *
         * @param catalogue  the list, not null
         * @return this builder, not null
         * @throws NullPointerException if the value is null
         * @throws IllegalStateException if it is already set
         */
        public Builder reviewCatalogue(ReviewCatalogue catalogue) {
            this.reviewCatalogue = required.once("reviewCatalogue", catalogue);
            return this;
        }

        /**
         * Opens the case with an empty history.
         *
         * @return the record, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if the id or area is blank or has a control character, the id has
         *         surrounding spaces, or the case opens outside the calendar's years; the message names the field
         */
        public CaseRecord build() {
            required.present("id", id, "procedure", procedure, "organization", organization, "area", area, "opened",
                    opened);
            Texts.checkLine("Case id", id, MAX_ID_LENGTH);
            area = Texts.normalizeTerm("Case " + id + ": area", area);
            checkArgument(opened.getYear() >= calendar.firstYear() && opened.getYear() <= calendar.lastYear(),
                    "Case %s: opened %s is outside the years %s-%s of calendar '%s'; supply a calendar that covers "
                    + "it", id, opened, calendar.firstYear(), calendar.lastYear(), calendar.name());
            if (origin != null) {
                checkArgument(!opened.isBefore(origin.date()), "Case %s: opened %s, before the transfer from %s (case "
                        + "%s) of %s that brought it here", id, opened, origin.agency(), origin.caseId(), origin.date());
            }
            checkArgument(publication == null || procedure.has(publication.decision()), "Case %s: the publication "
                    + "rule publishes step %s, which procedure '%s' does not have", id,
                    publication == null ? null : publication.decision(), procedure.name().zh());
            return new CaseRecord(this, List.of());
        }
    }
}
