package io.github.quanze.publish.notice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.PublicationRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The information of an enforcement decision to be published (执法决定公示信息, 事后公开): its number (文号), kind,
 * agency, party, the facts found, the provisions relied on, what was decided, the decision and publication days, and,
 * where the decision was overturned, the ruling and the withdrawal of the information.
 * <p>
 * 行政处罚法 Art 48 第一款 (具有一定社会影响的行政处罚决定应当依法公开) and 行政许可法 Art 40 (准予行政许可决定，应当
 * 予以公开) require the publication; 国办发〔2018〕118号 sets its time ({@link #publicationRule()}). The party holds
 * personal information that is never published as it stands: a {@link MaskingPolicy} makes the {@link MaskedNotice}
 * that may be. The texts published as they stand — the facts ({@link #facts()}), the wording of the decision
 * ({@link #decision()}) and the reasons of a withdrawal — must hold no personal information: building a notice whose
 * text holds an ID number's form, a mobile number, an email or the party's own number, phone, home address or bank
 * account fails with a {@link PersonalDataException} that names the notice, the field and the kind of data, never the
 * value. Names of other natural persons in the facts (第三人, such as a buyer or a witness) are listed in
 * {@link #thirdPersons()}, and are reduced to a surname and 某 when published.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DecisionNotice {

    private static final Pattern LINE = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    private static final int MAX_TEXT = 4000;

    private final String number;
    private final NoticeKind kind;
    private final String agency;
    private final Party party;
    private final String facts;
    private final List<String> thirdPersons;
    private final LegalBasis basis;
    private final List<PenaltyKind> penalties;
    private final Optional<BigDecimal> fine;
    private final Optional<String> decision;
    private final LocalDate decided;
    private final LocalDate published;
    private final Optional<CaseEvent.Overturned> overturned;
    private final Optional<Withdrawal> withdrawal;
    private final Optional<PublicationRule> publication;

    private DecisionNotice(Builder b) {
        this.number = b.number;
        this.kind = b.kind;
        this.agency = b.agency;
        this.party = b.party;
        this.facts = b.facts;
        this.thirdPersons = b.thirdPersons.build();
        this.basis = b.basis;
        this.penalties = List.copyOf(b.penalties);
        this.fine = Optional.ofNullable(b.fine);
        this.decision = Optional.ofNullable(b.decision);
        this.decided = b.decided;
        this.published = b.published;
        this.overturned = Optional.ofNullable(b.overturned);
        this.withdrawal = Optional.ofNullable(b.withdrawal);
        this.publication = Optional.ofNullable(b.publication);
    }

    /**
     * Starts a notice.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the decision's number (决定书文号), such as 示烟罚〔2026〕12号.
     *
     * @return the number, not blank
     */
    public String number() {
        return number;
    }

    /**
     * Returns the kind of decision.
     *
     * @return the kind, not null
     */
    public NoticeKind kind() {
        return kind;
    }

    /**
     * Returns the agency that decided (作出决定的行政机关).
     *
     * @return the agency's name, not blank
     */
    public String agency() {
        return agency;
    }

    /**
     * Returns the party (当事人) with all the details the agency holds.
     *
     * @return the party, not null
     */
    public Party party() {
        return party;
    }

    /**
     * Returns the facts found (违法事实, or the licensed matter), a text published as it stands but for the names of
     * the party and of third persons, which the policy may reduce.
     *
     * @return the facts, not blank
     */
    public String facts() {
        return facts;
    }

    /**
     * Returns the names of other natural persons the facts mention (第三人), each reduced to a surname and 某 when
     * published.
     *
     * @return the names, in the order given, not null
     */
    public List<String> thirdPersons() {
        return thirdPersons;
    }

    /**
     * Returns the provisions relied on (处罚依据 or 许可依据).
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Returns the kinds of penalty imposed (行政处罚的种类), in the order given.
     *
     * @return the kinds, at least one for a penalty, none for a licence, not null
     */
    public List<PenaltyKind> penalties() {
        return penalties;
    }

    /**
     * Returns the fine (罚款数额) in yuan.
     *
     * @return the amount, present exactly when the penalties include {@link PenaltyKind#FINE}, not null
     */
    public Optional<BigDecimal> fine() {
        return fine;
    }

    /**
     * Returns the wording of what was decided (决定内容), such as the goods confiscated or the licence granted.
     *
     * @return the wording, empty if the kinds and fine say it all, not null
     */
    public Optional<String> decision() {
        return decision;
    }

    /**
     * Returns the day of the decision.
     *
     * @return the day, not null
     */
    public LocalDate decided() {
        return decided;
    }

    /**
     * Returns the day the information was published.
     *
     * @return the day, not before the decision, not null
     */
    public LocalDate published() {
        return published;
    }

    /**
     * Returns the ruling that changed, revoked, found illegal or found void the decision (行政处罚法 Art 48 第二款).
     *
     * @return the ruling, empty if none, not null
     */
    public Optional<CaseEvent.Overturned> overturned() {
        return overturned;
    }

    /**
     * Returns the withdrawal of the published information.
     *
     * @return the withdrawal, empty if the information is still public, not null
     */
    public Optional<Withdrawal> withdrawal() {
        return withdrawal;
    }

    /**
     * Returns the publication rule given for this notice.
     *
     * @return the rule, empty where the kind's rule applies, not null
     */
    public Optional<PublicationRule> publication() {
        return publication;
    }

    /**
     * Returns the publication rule that applies: the one given, else the kind's ({@link NoticeKind#defaultRule()}).
     *
     * @return the rule, not null
     */
    public PublicationRule publicationRule() {
        return publication.orElseGet(kind::defaultRule);
    }

    /**
     * Checks whether the information was withdrawn.
     *
     * @return true if there is a withdrawal
     */
    public boolean isWithdrawn() {
        return withdrawal.isPresent();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecisionNotice n && number.equals(n.number) && kind == n.kind && agency.equals(n.agency)
                && party.equals(n.party) && facts.equals(n.facts) && thirdPersons.equals(n.thirdPersons)
                && basis.equals(n.basis) && penalties.equals(n.penalties) && fine.equals(n.fine)
                && decision.equals(n.decision) && decided.equals(n.decided) && published.equals(n.published)
                && overturned.equals(n.overturned) && withdrawal.equals(n.withdrawal)
                && publication.equals(n.publication);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, kind, agency, party, facts, thirdPersons, basis, penalties, fine, decision,
                decided, published, overturned, withdrawal, publication);
    }

    /**
     * Returns a text naming the notice, without personal values.
     *
     * @return such as {@code DecisionNotice[示烟罚〔2026〕12号, PENALTY]}
     */
    @Override
    public String toString() {
        return "DecisionNotice[" + number + ", " + kind + "]";
    }

    /**
     * Builds a {@link DecisionNotice}. The setters only record; {@link #build()} checks. Not thread-safe.
     */
    public static final class Builder {

        private String number;
        private NoticeKind kind;
        private String agency;
        private Party party;
        private String facts;
        private final ImmutableList.Builder<String> thirdPersons = ImmutableList.builder();
        private LegalBasis basis;
        private final List<PenaltyKind> penalties = new ArrayList<>();
        private BigDecimal fine;
        private String decision;
        private LocalDate decided;
        private LocalDate published;
        private CaseEvent.Overturned overturned;
        private Withdrawal withdrawal;
        private PublicationRule publication;

        private Builder() {
        }

        /**
         * Sets the decision's number (文号).
         *
         * @param number  one line of at most 100 characters, not blank
         * @return this builder
         */
        public Builder number(String number) {
            this.number = Objects.requireNonNull(number, "number");
            return this;
        }

        /**
         * Sets the kind of decision.
         *
         * @param kind  the kind, not null
         * @return this builder
         */
        public Builder kind(NoticeKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the agency that decided.
         *
         * @param agency  its name, one line, not blank
         * @return this builder
         */
        public Builder agency(String agency) {
            this.agency = Objects.requireNonNull(agency, "agency");
            return this;
        }

        /**
         * Sets the party.
         *
         * @param party  the party, not null
         * @return this builder
         */
        public Builder party(Party party) {
            this.party = Objects.requireNonNull(party, "party");
            return this;
        }

        /**
         * Sets the facts, published as they stand but for the names of persons.
         *
         * @param facts  the facts, at most 4,000 characters, not blank
         * @return this builder
         */
        public Builder facts(String facts) {
            this.facts = Objects.requireNonNull(facts, "facts");
            return this;
        }

        /**
         * Adds the name of another natural person the facts mention (第三人).
         *
         * @param name  the name as it stands in the facts, not blank
         * @return this builder
         */
        public Builder addThirdPerson(String name) {
            this.thirdPersons.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets the provisions relied on.
         *
         * @param basis  the basis, not null
         * @return this builder
         */
        public Builder basis(LegalBasis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Adds a kind of penalty imposed.
         *
         * @param penalty  the kind, not null
         * @return this builder
         */
        public Builder addPenalty(PenaltyKind penalty) {
            this.penalties.add(Objects.requireNonNull(penalty, "penalty"));
            return this;
        }

        /**
         * Sets the fine in yuan.
         *
         * @param fine  the amount, positive, not null
         * @return this builder
         */
        public Builder fine(BigDecimal fine) {
            this.fine = Objects.requireNonNull(fine, "fine");
            return this;
        }

        /**
         * Sets the wording of what was decided.
         *
         * @param decision  the wording, at most 4,000 characters, not blank
         * @return this builder
         */
        public Builder decision(String decision) {
            this.decision = Objects.requireNonNull(decision, "decision");
            return this;
        }

        /**
         * Sets the day of the decision.
         *
         * @param decided  the day, not null
         * @return this builder
         */
        public Builder decided(LocalDate decided) {
            this.decided = Objects.requireNonNull(decided, "decided");
            return this;
        }

        /**
         * Sets the day of publication.
         *
         * @param published  the day, not null
         * @return this builder
         */
        public Builder published(LocalDate published) {
            this.published = Objects.requireNonNull(published, "published");
            return this;
        }

        /**
         * Sets the ruling that overturned the decision.
         *
         * @param overturned  the ruling, not null
         * @return this builder
         */
        public Builder overturned(CaseEvent.Overturned overturned) {
            this.overturned = Objects.requireNonNull(overturned, "overturned");
            return this;
        }

        /**
         * Sets the withdrawal of the information.
         *
         * @param withdrawal  the withdrawal, not null
         * @return this builder
         */
        public Builder withdrawal(Withdrawal withdrawal) {
            this.withdrawal = Objects.requireNonNull(withdrawal, "withdrawal");
            return this;
        }

        /**
         * Sets the publication rule, where it is not the kind's ({@link NoticeKind#defaultRule()}).
         *
         * @param publication  the rule, not null
         * @return this builder
         */
        public Builder publication(PublicationRule publication) {
            this.publication = Objects.requireNonNull(publication, "publication");
            return this;
        }

        /**
         * Builds the notice.
         *
         * @return the notice, not null
         * @throws PersonalDataException if the facts, the decision's wording or the withdrawal's reasons hold
         *         personal information
         * @throws IllegalArgumentException if a required part is missing, a text is blank or too long, a third person
         *         is not named in the facts, the penalties do not fit the kind, the fine does not fit the penalties,
         *         or the days are out of order (publication or ruling before the decision, withdrawal before the
         *         publication)
         */
        public DecisionNotice build() {
            checkArgument(number != null && LINE.matcher(number).matches() && !number.isBlank(),
                    "a decision notice needs its number (文号), one line of 1 to 100 characters");
            String n = number;
            checkArgument(kind != null, "Notice %s: the kind (PENALTY or LICENCE) is missing", n);
            checkArgument(agency != null && !agency.isBlank(), "Notice %s: the agency is missing", n);
            checkArgument(party != null, "Notice %s: the party is missing", n);
            checkArgument(basis != null, "Notice %s: the basis is missing", n);
            checkArgument(decided != null, "Notice %s: the decision day is missing", n);
            checkArgument(published != null, "Notice %s: the publication day is missing", n);
            text(n, "facts", facts, true);
            text(n, "decision", decision, false);
            if (withdrawal != null) {
                text(n, "withdrawal.reason", withdrawal.reason().orElse(null), false);
            }
            for (String person : thirdPersons.build()) {
                checkArgument(!person.isBlank() && person.length() <= 50, "Notice %s: a third person's name must be "
                        + "1 to 50 characters, not blank", n);
                checkArgument(facts.contains(person), "Notice %s: third person number %s is not named in the facts",
                        n, thirdPersons.build().indexOf(person) + 1);
            }
            if (kind == NoticeKind.LICENCE) {
                checkArgument(penalties.isEmpty() && fine == null, "Notice %s: a licence imposes no penalty or fine",
                        n);
            } else {
                checkArgument(!penalties.isEmpty(), "Notice %s: a penalty notice names at least one kind of penalty",
                        n);
                checkArgument(penalties.stream().distinct().count() == penalties.size(),
                        "Notice %s: a kind of penalty is listed twice", n);
                checkArgument(penalties.contains(PenaltyKind.FINE) == (fine != null), "Notice %s: a fine is given "
                        + "exactly when the penalties include FINE", n);
                checkArgument(fine == null || fine.signum() > 0, "Notice %s: the fine must be positive, but was %s",
                        n, fine);
            }
            checkArgument(!published.isBefore(decided), "Notice %s: published on %s, before the decision of %s", n,
                    published, decided);
            checkArgument(overturned == null || !overturned.date().isBefore(decided), "Notice %s: overturned on %s, "
                    + "before the decision of %s", n, overturned == null ? null : overturned.date(), decided);
            checkArgument(withdrawal == null || !withdrawal.date().isBefore(published), "Notice %s: withdrawn on %s, "
                    + "before its publication on %s", n, withdrawal == null ? null : withdrawal.date(), published);
            return new DecisionNotice(this);
        }

        private void text(String n, String field, String text, boolean required) {
            if (text == null) {
                checkArgument(!required, "Notice %s: the %s are missing", n, field);
                return;
            }
            checkArgument(!text.isBlank() && text.length() <= MAX_TEXT, "Notice %s: field %s must be 1 to %s "
                    + "characters, not blank", n, field, MAX_TEXT);
            PersonalDataScan.first(text, party).ifPresent(f -> {
                throw new PersonalDataException(n, field, f.data(), f.position() + 1);
            });
        }
    }
}
