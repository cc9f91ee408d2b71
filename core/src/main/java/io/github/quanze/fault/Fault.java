package io.github.quanze.fault;

import io.github.quanze.procedure.Role;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.text.BilingualText;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An enforcement fault (执法过错): a finding that an officer or an agency "因故意或者过失，不履行或者不正确履行法定职责"
 * (辽宁省行政执法过错责任追究办法 Art 2), with everything a sanction decision needs.
 * <p>
 * {@link #gravity()} grades the fault from its type's default gravity, its form and its consequence:
 * intent makes it one tier graver; ordinary negligence without more than minor harm one tier lighter; serious
 * harm makes it at least SERIOUS and grave harm GRAVE. This grading is an interpretation of the tiers the measures
 * define by 过错形式、危害大小、情节轻重 (国办发〔2005〕37号).
 * <pre>{@code
 * Fault fault = Fault.builder().subject(FaultSubject.officer(OfficerId.of("O-1"), "冯刚"))
 *     .type(FaultType.PROCEDURE_VIOLATION).form(FaultForm.ORDINARY_NEGLIGENCE).consequence(Consequence.MINOR)
 *     .role(Role.HANDLER).responsibility(Responsibility.DIRECT).actDate(LocalDate.of(2026, 3, 2))
 *     .description("未告知当事人陈述申辩权利").build();
 * }</pre>
 * <p>
 * A fault rests on findings ({@link #grounds()}): the procedural violations or review defects it was derived from.
 * Its description is the finder of fact's, or else rendered from its grounds.
 * <p>
 * This class is immutable and thread-safe. It is final and built only by its {@link Builder}, so every instance has
 * passed the checks of its builder.
 */
public final class Fault {

    /** The most faults in one year a fault may count. */
    public static final int MAX_FAULTS_PER_YEAR = 50;

    private final FaultSubject subject;
    private final FaultType type;
    private final FaultForm form;
    private final Consequence consequence;
    private final Role role;
    private final Responsibility responsibility;
    private final Set<Circumstance> circumstances;
    private final DutyPerformance dutyPerformance;
    private final int faultsThisYear;
    private final boolean suspectedCrime;
    private final boolean orderManifestlyUnlawful;
    private final LocalDate actDate;
    private final List<Finding> grounds;
    /** The description as given, or null if it is rendered from the grounds. */
    private final BilingualText givenDescription;
    private final BilingualText description;
    /** Worked out once: the gravity, the circumstances and their effects, one bit each. */
    private final Gravity gravity;
    private final long found;
    private final int effects;

    private Fault(Builder b) {
        this.grounds = List.copyOf(b.grounds);
        this.givenDescription = b.description;
        this.description = b.description != null ? b.description
                : FaultMessages.describe(b.subject.id(), grounds);
        checkArgument(b.type.concerns(b.subject.kind()), "Fault of %s: type %s cannot concern an %s",
                b.subject.id(), b.type, b.subject.kind());
        checkArgument((b.role == Role.AGENCY) == (b.subject.kind() == FaultSubject.Kind.AGENCY),
                "Fault of %s: role %s does not fit a subject of kind %s", b.subject.id(), b.role, b.subject.kind());
        checkArgument(b.faultsThisYear >= 1 && b.faultsThisYear <= MAX_FAULTS_PER_YEAR,
                "Fault of %s: faults this year must be between 1 and %s, but was %s", b.subject.id(),
                MAX_FAULTS_PER_YEAR, b.faultsThisYear);
        Texts.checkText("Fault of " + b.subject.id() + ": description", description.zh());
        Texts.checkText("Fault of " + b.subject.id() + ": description in English", description.en());
        checkArgument(!b.orderManifestlyUnlawful
                        || b.circumstances.contains(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING),
                "Fault of %s: orderManifestlyUnlawful concerns an order executed after objecting, but the "
                        + "circumstances %s do not include EXECUTED_ORDER_AFTER_OBJECTING", b.subject.id(),
                b.circumstances);
        this.subject = b.subject;
        this.type = b.type;
        this.form = b.form;
        this.consequence = b.consequence;
        this.role = b.role;
        this.responsibility = b.responsibility;
        this.circumstances = Collections.unmodifiableSet(EnumSet.copyOf(b.circumstances));
        this.dutyPerformance = b.dutyPerformance;
        this.faultsThisYear = b.faultsThisYear;
        this.suspectedCrime = b.suspectedCrime;
        this.orderManifestlyUnlawful = b.orderManifestlyUnlawful;
        this.actDate = b.actDate;
        this.gravity = grade(type, form, consequence);
        long foundBits = 0;
        int effectBits = 0;
        for (Circumstance c : circumstances) {
            foundBits |= 1L << c.ordinal();
            effectBits |= 1 << c.effect().ordinal();
        }
        this.found = foundBits;
        this.effects = effectBits;
    }

    /**
     * Starts building a fault: set subject, type, form, consequence, role, responsibility, act date and description.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this fault's attributes, to build a changed copy, such as the same fault with graver
     * consequences or a further circumstance found. Each single-valued attribute can be set once on it; circumstances
     * added join those already there.
     *
     * @return a builder filled from this fault, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.subject = subject;
        b.type = type;
        b.form = form;
        b.consequence = consequence;
        b.role = role;
        b.responsibility = responsibility;
        b.circumstances.addAll(circumstances);
        b.dutyPerformance = dutyPerformance;
        b.faultsThisYear = faultsThisYear;
        b.suspectedCrime = suspectedCrime;
        b.orderManifestlyUnlawful = orderManifestlyUnlawful;
        b.actDate = actDate;
        b.grounds.addAll(grounds);
        b.description = givenDescription;
        return b;
    }

    /**
     * Returns who the fault concerns.
     *
     * @return the subject, not null
     */
    public FaultSubject subject() {
        return subject;
    }

    /**
     * Returns the type of fault.
     *
     * @return the type, not null
     */
    public FaultType type() {
        return type;
    }

    /**
     * Returns the form of fault.
     *
     * @return the form, not null
     */
    public FaultForm form() {
        return form;
    }

    /**
     * Returns the consequence.
     *
     * @return the consequence, not null
     */
    public Consequence consequence() {
        return consequence;
    }

    /**
     * Returns the part the subject played.
     *
     * @return the role, not null
     */
    public Role role() {
        return role;
    }

    /**
     * Returns the responsibility the subject bears, as apportioned ({@link Apportionment}).
     *
     * @return the responsibility, not null
     */
    public Responsibility responsibility() {
        return responsibility;
    }

    /**
     * Returns the circumstances found.
     *
     * @return the circumstances, in enum order, not null
     */
    public Set<Circumstance> circumstances() {
        return circumstances;
    }

    /**
     * Returns the facts for 尽职免责, where they were examined.
     *
     * @return the facts, not null
     */
    public Optional<DutyPerformance> dutyPerformance() {
        return Optional.ofNullable(dutyPerformance);
    }

    /**
     * Returns how many faults the subject committed in the 12 months up to and including this fault (一年内), this
     * one included: the faults whose act dates fall in the 12 months that end on this fault's act date. Three or
     * more aggravate (一年内三次以上, an interpretation shared by the municipal measures).
     *
     * @return the count, from 1 to {@value #MAX_FAULTS_PER_YEAR}; 1 unless set
     */
    public int faultsThisYear() {
        return faultsThisYear;
    }

    /**
     * Returns whether the act is suspected to be a crime, which must be referred (涉嫌犯罪的，依法移送): to the
     * supervisory commission for a suspected duty crime (公务员法 Art 57), to the judicial authorities under the
     * older rules (行政机关公务员处分条例 Art 5).
     *
     * @return true if suspected; false unless set
     */
    public boolean suspectedCrime() {
        return suspectedCrime;
    }

    /**
     * Returns whether the superior's decision or order the officer executed after objecting was manifestly unlawful
     * (明显违法): then the officer answers for executing it all the same (公务员法 Art 60, "但是，公务员执行明显违法的
     * 决定或者命令的，应当依法承担相应的责任"). Only meaningful with
     * {@link Circumstance#EXECUTED_ORDER_AFTER_OBJECTING}.
     *
     * @return true if the order was manifestly unlawful; false unless set
     */
    public boolean orderManifestlyUnlawful() {
        return orderManifestlyUnlawful;
    }

    /**
     * Returns the day of the act.
     *
     * @return the date, not null
     */
    public LocalDate actDate() {
        return actDate;
    }

    /**
     * Returns the findings the fault rests on (过错依据), as data: the procedural violations it was derived from
     * ({@link ViolationFaults}), or the defects of a reviewed case file ({@link ReviewFaults}), each with its code,
     * parameters and provisions. Empty for a fault the finder of fact states in its own words.
     *
     * @return the grounds, in order, not null
     */
    public List<Finding> grounds() {
        return grounds;
    }

    /**
     * Returns what happened, in Chinese and English: as the finder of fact wrote it, or else rendered from the
     * {@link #grounds()}, each ground's message with its provisions. A description written in one language
     * ({@link Builder#description(String)}) reads the same in both.
     *
     * @return the description, not null
     */
    public BilingualText description() {
        return description;
    }

    /**
     * Returns the gravity: the type's default, one tier graver for intent, one lighter for ordinary negligence
     * with no more than minor harm, at least SERIOUS for serious harm and GRAVE for grave harm.
     *
     * @return the gravity, not null
     */
    public Gravity gravity() {
        return gravity;
    }

    private static Gravity grade(FaultType type, FaultForm form, Consequence consequence) {
        int tier = type.defaultGravity().ordinal();
        if (form == FaultForm.INTENT) {
            tier++;
        } else if (form == FaultForm.ORDINARY_NEGLIGENCE && consequence.compareTo(Consequence.MINOR) <= 0) {
            tier--;
        }
        if (consequence == Consequence.SERIOUS) {
            tier = Math.max(tier, Gravity.SERIOUS.ordinal());
        } else if (consequence == Consequence.GRAVE) {
            tier = Gravity.GRAVE.ordinal();
        }
        return Gravity.values()[Math.max(0, Math.min(tier, Gravity.GRAVE.ordinal()))];
    }

    /**
     * Checks whether an aggravating circumstance applies, or three or more faults in a year.
     *
     * @return true if the fault is to be dealt with more heavily (从重)
     */
    public boolean aggravated() {
        return faultsThisYear() >= 3 || has(Circumstance.Effect.AGGRAVATE);
    }

    /**
     * Checks whether a mitigating circumstance applies (从轻): one of 公职人员政务处分法 Art 11 or 行政机关公务员处分条例
     * Art 13, including {@link Circumstance#CONFESSED_AND_RECOVERED}, which joins two of them and also reduces.
     *
     * @return true if the sanction goes to the lighter end of its range, unless the fault is also aggravated
     */
    public boolean mitigated() {
        return has(Circumstance.Effect.MITIGATE) || has(Circumstance.Effect.REDUCE);
    }

    /**
     * Checks whether a reducing circumstance applies (减轻).
     *
     * @return true if the sanction goes one grade below its range
     */
    public boolean reduced() {
        return has(Circumstance.Effect.REDUCE);
    }

    /**
     * Checks whether an exempting circumstance applies, or the facts meet 尽职免责.
     * <p>
     * Each waives something different: 尽职免责 and {@link Circumstance#EXECUTED_ORDER_AFTER_OBJECTING} every
     * sanction, {@link Circumstance#MINOR_AND_CORRECTED} the governmental sanction only; none waives the referral of
     * a suspected crime.
     *
     * @return true if a sanction is waived in whole or in part
     */
    public boolean exempt() {
        return has(Circumstance.Effect.EXEMPT) || dulyPerformed();
    }

    /**
     * Checks whether the facts meet 尽职免责.
     *
     * @return true if they were examined and qualify
     */
    public boolean dulyPerformed() {
        return dutyPerformance != null && dutyPerformance.qualifies();
    }

    /**
     * Describes the fault in one line: 张三（执法人员）违反法定程序，一般过失，严重过错，直接责任.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText summary() {
        return FaultMessages.summary(this);
    }

    /**
     * Checks whether a circumstance with an effect was found.
     *
     * @param effect  the effect, not null
     * @return true if one of the circumstances has it
     */
    public boolean has(Circumstance.Effect effect) {
        return (effects & 1 << effect.ordinal()) != 0;
    }

    /**
     * Checks whether a circumstance was found.
     *
     * @param circumstance  the circumstance, not null
     * @return true if it is one of the circumstances
     */
    public boolean has(Circumstance circumstance) {
        return (found & 1L << circumstance.ordinal()) != 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Fault f && subject.equals(f.subject) && type == f.type && form == f.form
                && consequence == f.consequence && role == f.role && responsibility == f.responsibility
                && circumstances.equals(f.circumstances) && Objects.equals(dutyPerformance, f.dutyPerformance)
                && faultsThisYear == f.faultsThisYear && suspectedCrime == f.suspectedCrime
                && orderManifestlyUnlawful == f.orderManifestlyUnlawful && actDate.equals(f.actDate)
                && grounds.equals(f.grounds) && description.equals(f.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, type, form, consequence, role, responsibility, circumstances, dutyPerformance,
                faultsThisYear, suspectedCrime, orderManifestlyUnlawful, actDate, grounds, description);
    }

    @Override
    public String toString() {
        return "Fault{subject=" + subject + ", type=" + type + ", form=" + form + ", consequence=" + consequence
                + ", role=" + role + ", responsibility=" + responsibility + ", circumstances=" + circumstances
                + (dutyPerformance == null ? "" : ", dutyPerformance=" + dutyPerformance) + ", faultsThisYear="
                + faultsThisYear + ", suspectedCrime=" + suspectedCrime + ", orderManifestlyUnlawful="
                + orderManifestlyUnlawful + ", actDate=" + actDate + ", grounds=" + grounds + ", description=" + description
                + "}";
    }

    /**
     * Builds a {@link Fault} (执法过错). Subject, type, form, consequence, role, responsibility and act date are
     * required, and the grounds or a description (or both); {@link #build()} names every required attribute still
     * missing. Circumstances, 尽职免责 facts, faults this year, a suspected crime and a manifestly unlawful order are
     * optional. Each single-valued attribute is set once; circumstances and grounds are added to those already there.
     * A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("Fault");
        private FaultSubject subject;
        private FaultType type;
        private FaultForm form;
        private Consequence consequence;
        private Role role;
        private Responsibility responsibility;
        private final Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        private DutyPerformance dutyPerformance;
        private int faultsThisYear = 1;
        private boolean suspectedCrime;
        private boolean orderManifestlyUnlawful;
        private LocalDate actDate;
        private final List<Finding> grounds = new ArrayList<>();
        private BilingualText description;

        private Builder() {}

        /**
         * Sets who the fault concerns (过错责任主体): an officer or an agency; required.
         *
         * @param subject  the subject, not null
         * @return this builder, not null
         * @throws NullPointerException if the subject is null
         * @throws IllegalStateException if the subject is already set
         */
        public Builder subject(FaultSubject subject) {
            this.subject = required.once("subject", subject);
            return this;
        }

        /**
         * Sets the type of fault (过错类型), which must concern the subject's kind; required.
         *
         * @param type  the type, not null
         * @return this builder, not null
         * @throws NullPointerException if the type is null
         * @throws IllegalStateException if the type is already set
         */
        public Builder type(FaultType type) {
            this.type = required.once("type", type);
            return this;
        }

        /**
         * Sets the form of fault (过错形式): intent, gross or ordinary negligence; required.
         *
         * @param form  the form, not null
         * @return this builder, not null
         * @throws NullPointerException if the form is null
         * @throws IllegalStateException if the form is already set
         */
        public Builder form(FaultForm form) {
            this.form = required.once("form", form);
            return this;
        }

        /**
         * Sets the consequence (危害后果); required.
         *
         * @param consequence  the consequence, not null
         * @return this builder, not null
         * @throws NullPointerException if the consequence is null
         * @throws IllegalStateException if the consequence is already set
         */
        public Builder consequence(Consequence consequence) {
            this.consequence = required.once("consequence", consequence);
            return this;
        }

        /**
         * Sets the part the subject played (承办, 审核, 批准…), {@link Role#AGENCY} exactly when the subject is an
         * agency; required.
         *
         * @param role  the role, not null
         * @return this builder, not null
         * @throws NullPointerException if the role is null
         * @throws IllegalStateException if the role is already set
         */
        public Builder role(Role role) {
            this.role = required.once("role", role);
            return this;
        }

        /**
         * Sets the responsibility the subject bears (直接责任, 主要责任…), as apportioned; required.
         *
         * @param responsibility  the responsibility, not null
         * @return this builder, not null
         * @throws NullPointerException if the responsibility is null
         * @throws IllegalStateException if the responsibility is already set
         */
        public Builder responsibility(Responsibility responsibility) {
            this.responsibility = required.once("responsibility", responsibility);
            return this;
        }

        /**
         * Adds a circumstance found (从重、从轻、减轻、免责情节); optional. A circumstance added twice is held once.
         *
         * @param circumstance  the circumstance, not null
         * @return this builder, not null
         * @throws NullPointerException if the circumstance is null
         */
        public Builder addCircumstance(Circumstance circumstance) {
            circumstances.add(Objects.requireNonNull(circumstance, "circumstances element"));
            return this;
        }

        /**
         * Adds circumstances found, as {@link #addCircumstance} each; all or none.
         *
         * @param circumstances  the circumstances, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or a circumstance is null
         */
        public Builder addCircumstances(Circumstance... circumstances) {
            Lists.addEach("circumstances", this.circumstances, circumstances);
            return this;
        }

        /**
         * Replaces the circumstances found, such as those filled in by {@link Fault#toBuilder()}; all or none.
         *
         * @param circumstances  the circumstances, not null
         * @return this builder, not null
         * @throws NullPointerException if the circumstances or one of them is null
         * @throws IllegalStateException if the circumstances were already replaced on this builder
         */
        public Builder circumstances(Iterable<Circumstance> circumstances) {
            Set<Circumstance> copy = EnumSet.noneOf(Circumstance.class);
            Lists.addEach("circumstances", copy, circumstances);
            required.once("circumstances", copy);
            this.circumstances.clear();
            this.circumstances.addAll(copy);
            return this;
        }

        /**
         * Sets the facts examined for 尽职免责 (exemption for duty duly performed); optional.
         *
         * @param dutyPerformance  the facts, not null
         * @return this builder, not null
         * @throws NullPointerException if the facts are null
         * @throws IllegalStateException if the facts are already set
         */
        public Builder dutyPerformance(DutyPerformance dutyPerformance) {
            this.dutyPerformance = required.once("dutyPerformance", dutyPerformance);
            return this;
        }

        /**
         * Sets how many faults the subject committed in the 12 months up to and including this one (一年内), this
         * one included; optional, 1 unless set.
         *
         * @param faultsThisYear  the count, from 1 to {@value Fault#MAX_FAULTS_PER_YEAR}
         * @return this builder, not null
         * @throws IllegalStateException if the count is already set
         */
        public Builder faultsThisYear(int faultsThisYear) {
            this.faultsThisYear = required.once("faultsThisYear", faultsThisYear);
            return this;
        }

        /**
         * Sets whether the act is suspected to be a crime (涉嫌犯罪), to be referred; optional, false unless set.
         *
         * @param suspectedCrime  true if suspected
         * @return this builder, not null
         * @throws IllegalStateException if it is already set
         */
        public Builder suspectedCrime(boolean suspectedCrime) {
            this.suspectedCrime = required.once("suspectedCrime", suspectedCrime);
            return this;
        }

        /**
         * Sets whether the order the officer executed after objecting was manifestly unlawful (明显违法, 公务员法
         * Art 60); optional, false unless set; true only with {@link Circumstance#EXECUTED_ORDER_AFTER_OBJECTING}.
         *
         * @param orderManifestlyUnlawful  true if manifestly unlawful
         * @return this builder, not null
         * @throws IllegalStateException if it is already set
         */
        public Builder orderManifestlyUnlawful(boolean orderManifestlyUnlawful) {
            this.orderManifestlyUnlawful = required.once("orderManifestlyUnlawful", orderManifestlyUnlawful);
            return this;
        }

        /**
         * Sets the day of the act (行为发生日); required.
         *
         * @param actDate  the day, not null
         * @return this builder, not null
         * @throws NullPointerException if the day is null
         * @throws IllegalStateException if the day is already set
         */
        public Builder actDate(LocalDate actDate) {
            this.actDate = required.once("actDate", actDate);
            return this;
        }

        /**
         * Adds a finding the fault rests on (过错依据), such as a procedural violation, after those already added.
         *
         * @param ground  the finding, not null
         * @return this builder, not null
         * @throws NullPointerException if the finding is null
         */
        public Builder addGround(Finding ground) {
            grounds.add(Objects.requireNonNull(ground, "grounds element"));
            return this;
        }

        /**
         * Adds findings the fault rests on, as {@link #addGround} each; all or none.
         *
         * @param grounds  the findings, not null
         * @return this builder, not null
         * @throws NullPointerException if the array or a finding is null
         */
        public Builder addGrounds(Finding... grounds) {
            Lists.addEach("grounds", this.grounds, grounds);
            return this;
        }

        /**
         * Replaces the findings the fault rests on, such as those filled in by {@link Fault#toBuilder()}; all or
         * none.
         *
         * @param grounds  the findings, in order, not null
         * @return this builder, not null
         * @throws NullPointerException if the findings or one of them is null
         * @throws IllegalStateException if the grounds were already replaced on this builder
         */
        public Builder grounds(Iterable<? extends Finding> grounds) {
            List<Finding> copy = new ArrayList<>();
            Lists.addEach("grounds", copy, grounds);
            required.once("grounds", copy);
            this.grounds.clear();
            this.grounds.addAll(copy);
            return this;
        }

        /**
         * Sets what happened as the finder of fact wrote it (过错事实), in Chinese and English; required unless the
         * fault has grounds, from which it is rendered otherwise.
         *
         * @param description  the description, each language not blank, no control character but line breaks and
         *        tabs, not null
         * @return this builder, not null
         * @throws NullPointerException if the description is null
         * @throws IllegalStateException if the description is already set
         */
        public Builder description(BilingualText description) {
            this.description = required.once("description", description);
            return this;
        }

        /**
         * Sets what happened as the finder of fact wrote it in one language, usually Chinese: it reads the same in
         * both languages. Use {@link #description(BilingualText)} to give both.
         *
         * @param text  the description, free text without control characters other than line breaks and tabs, not
         *        null
         * @return this builder, not null
         * @throws NullPointerException if the text is null
         * @throws IllegalArgumentException if the text is blank or has another control character; nothing is set
         * @throws IllegalStateException if the description is already set
         */
        public Builder description(String text) {
            Objects.requireNonNull(text, "description");
            Texts.checkText("Fault: description", text);
            return description(BilingualText.of(text, text));
        }

        /**
         * Builds the fault, grading its gravity.
         *
         * @return the fault, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if there is neither a ground nor a description, the type cannot concern
         *         the subject, the role does not fit it, faults this year is out of range, the description is blank,
         *         or a manifestly unlawful order is claimed without {@link Circumstance#EXECUTED_ORDER_AFTER_OBJECTING}
         */
        public Fault build() {
            required.present("subject", subject, "type", type, "form", form, "consequence", consequence, "role",
                    role, "responsibility", responsibility, "actDate", actDate);
            return new Fault(this);
        }
    }
}
