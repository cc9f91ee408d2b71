package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An event of a case's history (案件事项): a step performed, a hearing requested, a step waived by the party, time
 * stopped and restarted for an excluded activity, a time limit extended, the decision's information published or
 * withdrawn, the decision overturned, the case transferred to another agency, a suspected crime found, or the answer
 * of the authority a case was referred to. Events are values; a
 * {@link CaseRecord} holds them in the order they were recorded.
 * <p>
 * Every implementation is immutable and thread-safe.
 */
public sealed interface CaseEvent permits CaseEvent.StepPerformed, CaseEvent.HearingRequested, CaseEvent.Waived,
        CaseEvent.Suspended, CaseEvent.Resumed, CaseEvent.Extended, CaseEvent.Published, CaseEvent.Withdrawn,
        CaseEvent.Overturned, CaseEvent.Transferred, CaseEvent.CrimeSuspected, CaseEvent.Answered {

    /**
     * Returns the day of the event.
     *
     * @return the date, not null
     */
    LocalDate date();

    /**
     * Obtains the event of a step performed by officers, with no document named and no content.
     *
     * @param step  the step, not null
     * @param date  the day, not null
     * @param officers  the officers who took part, not null
     * @return the event, not null
     * @throws IllegalArgumentException if no officer is given or one is given twice
     */
    static StepPerformed performed(StepKind step, LocalDate date, OfficerId... officers) {
        return new StepPerformed(step, date, List.of(officers), List.of(), Optional.empty());
    }

    /**
     * Obtains the event of a step performed by officers with what it decided or recorded, such as the penalty of a
     * decision ({@link PenaltyDecision}) or how an on-site record was signed ({@link Attestation}).
     *
     * @param step  the step, not null
     * @param date  the day, not null
     * @param content  what the step decided or recorded, not null
     * @param officers  the officers who took part, not null
     * @return the event, not null
     * @throws IllegalArgumentException if no officer is given or one is given twice
     */
    static StepPerformed recorded(StepKind step, LocalDate date, StepContent content, OfficerId... officers) {
        return new StepPerformed(step, date, List.of(officers), List.of(),
                Optional.of(Objects.requireNonNull(content, "content")));
    }

    /**
     * A step performed (履行程序环节): which step, on which day, by which officers, with which documents (文书), and
     * what it decided or recorded.
     *
     * @param step  the step, not null
     * @param date  the day, not null
     * @param officers  the officers who took part, at least one, none twice, not null
     * @param documents  the documents made or served, such as 询问笔录 or 行政处罚告知书, not null
     * @param content  what the step decided or recorded, empty if nothing is recorded, not null
     * @param records  the kinds of record made of the step (全过程记录: 文字、音像、签名), empty if the event does not
     *        say; an empty set says that none was made, not null
     */
    record StepPerformed(StepKind step, LocalDate date, List<OfficerId> officers, List<String> documents,
            Optional<StepContent> content, Optional<Set<RecordKind>> records) implements CaseEvent {

        /** The longest document name accepted. */
        public static final int MAX_DOCUMENT_LENGTH = 200;

        /**
         * Creates the event.
         *
         * @param step  the step, not null
         * @param date  the day, not null
         * @param officers  the officers who took part, at least one, none twice, not null
         * @param documents  the documents made or served, such as 询问笔录 or 行政处罚告知书, not null
         * @param content  what the step decided or recorded, empty if nothing is recorded, not null
         * @param records  the kinds of record made of the step (全过程记录: 文字、音像、签名), empty if the event does not say; an
         *         empty set says that none was made, not null
         * @throws IllegalArgumentException if no officer is given, one is given twice, or a document name is blank,
         *         longer than {@value #MAX_DOCUMENT_LENGTH} characters or has a control character
         */
        public StepPerformed {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(date, "date");
            officers = List.copyOf(officers);
            documents = List.copyOf(documents);
            Objects.requireNonNull(content, "content");
            records = Objects.requireNonNull(records, "records").map(kinds -> Sets.immutableEnumSet(
                    Lists.copyOf("records", kinds)));
            checkArgument(!officers.isEmpty(), "Step %s on %s: officers must name at least one officer", step, date);
            checkArgument(Lists.isDistinct(officers), "Step %s on %s: officers %s name an officer twice", step, date,
                    officers);
            for (String document : documents) {
                if (!Texts.isLine(document, MAX_DOCUMENT_LENGTH)) {
                    Texts.checkLine("Step " + step + " on " + date + ": document", document, MAX_DOCUMENT_LENGTH);
                }
            }
        }

        /**
         * Creates the event without saying which records were made ({@link #records()} empty).
         *
         * @param step  the step, not null
         * @param date  the day, not null
         * @param officers  the officers who took part, not null
         * @param documents  the documents made or served, not null
         * @param content  what the step decided or recorded, not null
         * @throws IllegalArgumentException as the canonical constructor
         */
        public StepPerformed(StepKind step, LocalDate date, List<OfficerId> officers, List<String> documents,
                Optional<StepContent> content) {
            this(step, date, officers, documents, content, Optional.empty());
        }

        /**
         * Returns a copy saying which records were made of the step (全过程记录); none given says that none was made.
         *
         * @param kinds  the kinds of record made, not null
         * @return the event, not null
         */
        public StepPerformed withRecords(RecordKind... kinds) {
            EnumSet<RecordKind> made = EnumSet.noneOf(RecordKind.class);
            for (RecordKind kind : kinds) {
                made.add(Objects.requireNonNull(kind, "kinds element"));
            }
            return new StepPerformed(step, date, officers, documents, content, Optional.of(made));
        }

        /**
         * Returns a copy naming the documents made or served.
         *
         * @param names  the documents, not null
         * @return the event, not null
         * @throws IllegalArgumentException if a name is blank or has a control character
         */
        public StepPerformed with(String... names) {
            return new StepPerformed(step, date, officers, List.of(names), content, records);
        }
    }

    /**
     * The party asked for a hearing (当事人要求听证). A request within the procedure's period from the notice of the
     * right ({@link Procedure#hearingRequest()}) makes the hearing steps required where the case qualifies; a late one
     * is noted and does not.
     *
     * @param date  the day of the request, not null
     */
    record HearingRequested(LocalDate date) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @param date  the day of the request, not null
         */
        public HearingRequested {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The party expressly waived a step that serves its rights (当事人明确放弃), such as 陈述、申辩 (行政处罚法 Art 62):
     * from this day the step is neither missing nor a step that must come first. Only a step the procedure declares
     * {@linkplain Step#waivable waivable} can be waived.
     *
     * @param step  the step waived, not null
     * @param date  the day of the waiver, not null
     */
    record Waived(StepKind step, LocalDate date) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @param step  the step waived, not null
         * @param date  the day of the waiver, not null
         */
        public Waived {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * Time stops (期间不计入期限): from this day, an activity whose time the procedure excludes from some of its time
     * limits, such as a test or an expert opinion (行政许可法 Art 45; 行政强制法 Art 25 第三款), until the case
     * {@link Resumed resumes}. An activity the procedure does not exclude is noted and its time counted.
     *
     * @param date  the first day not counted, not null
     * @param activity  the activity, not null
     * @param notified  the day the party was told of it in writing, empty if it was not, not null
     */
    record Suspended(LocalDate date, ExcludedActivity activity, Optional<LocalDate> notified) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @param date  the first day not counted, not null
         * @param activity  the activity, not null
         * @param notified  the day the party was told of it in writing, empty if it was not, not null
         */
        public Suspended {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(notified, "notified");
        }
    }

    /**
     * Time counts again (恢复计算): the activity ended, and counting starts again on this day.
     *
     * @param date  the day counting resumes, not null
     */
    record Resumed(LocalDate date) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @param date  the day counting resumes, not null
         */
        public Resumed {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A step's time limit extended (延长期限), with the officer who approved it, if anyone did, and the day the party
     * was told of the extension and its reasons.
     *
     * @param step  the step whose time limit is extended, not null
     * @param amount  the extension in the limit's unit, at least 1
     * @param approver  who approved it, empty if no one did, not null
     * @param date  the day of the approval (or of the extension, if unapproved), not null
     * @param notified  the day the party was told of it with its reasons, empty if the party was not, not null
     */
    record Extended(StepKind step, int amount, Optional<OfficerId> approver, LocalDate date,
            Optional<LocalDate> notified) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @param step  the step whose time limit is extended, not null
         * @param amount  the extension in the limit's unit, at least 1
         * @param approver  who approved it, empty if no one did, not null
         * @param date  the day of the approval (or of the extension, if unapproved), not null
         * @param notified  the day the party was told of it with its reasons, empty if the party was not, not null
         * @throws IllegalArgumentException if the amount is less than 1
         */
        public Extended {
            Objects.requireNonNull(step, "step");
            checkArgument(amount >= 1, "Extension of %s on %s: amount must be at least 1, but was %s", step, date,
                    amount);
            Objects.requireNonNull(approver, "approver");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(notified, "notified");
        }
    }

    /**
     * The decision's information made public (执法决定信息公开, 事后公开): 行政处罚法 Art 48 第一款 and
     * 国办发〔2018〕118号. Checked against the case's {@link PublicationRule}, if it has one; a case record rejects a
     * publication dated before the decision it publishes.
     *
     * @param date  the day the information was published, not null
     * @param channel  where it was published, such as the agency's website, empty if not recorded, not null
     */
    record Published(LocalDate date, Optional<String> channel) implements CaseEvent {

        /** The longest channel accepted. */
        public static final int MAX_CHANNEL_LENGTH = 200;

        /**
         * Creates the event.
         *
         * @param date  the day the information was published, not null
         * @param channel  where it was published, such as the agency's website, empty if not recorded, not null
         * @throws IllegalArgumentException if the channel is blank, longer than {@value #MAX_CHANNEL_LENGTH}
         *         characters or has a control character
         */
        public Published {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(channel, "channel");
            channel.ifPresent(c -> Texts.checkLine("Publication on " + date + ": channel", c, MAX_CHANNEL_LENGTH));
        }
    }

    /**
     * The published decision information withdrawn (撤回行政处罚决定信息), 行政处罚法 Art 48 第二款: with the reasons
     * made public (公开说明理由) or not.
     *
     * @param date  the day of the withdrawal, not null
     * @param reasonsStated  whether the reasons were made public with it
     */
    record Withdrawn(LocalDate date, boolean reasonsStated) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @param date  the day of the withdrawal, not null
         * @param reasonsStated  whether the reasons were made public with it
         */
        public Withdrawn {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The decision changed, revoked, found illegal or found void (决定被依法变更、撤销、确认违法或者确认无效), 行政处罚法
     * Art 48 第二款, by whoever ruled (复议、诉讼 or 执法监督): published information of it must then be withdrawn within
     * three working days (Art 85). A case record rejects one dated before the decision.
     *
     * @param date  the day the ruling took effect, not null
     * @param outcome  what the ruling did to the decision, not null
     * @param by  who ruled, not null
     */
    record Overturned(LocalDate date, Overturn outcome, Overturn.Forum by) implements CaseEvent {

        /**
         * Creates the event.
         *
         * @param date  the day the ruling took effect, not null
         * @param outcome  what the ruling did to the decision, not null
         * @param by  who ruled, not null
         */
        public Overturned {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(by, "by");
        }
    }

    /**
     * The case transferred to another agency (案件移送管辖), for a reason of jurisdiction ({@link TransferReason},
     * 行政处罚法 Arts 22-25), by the officers who sent it. A transfer ends this agency's handling: no event may follow it
     * in this record, and the record is judged as it stood on the day of the transfer (no step is missing because the
     * case left, and no time limit runs out afterwards). The receiving agency continues the case in its own record,
     * which names this one ({@link CaseRecord.Builder#transferredFrom}). Since Arts 22-25 say which agency decides,
     * a case record refuses a transfer once the case is decided (its {@link StepKind#DECISION}, or
     * {@link StepKind#HEAD_APPROVAL} where the procedure has no decision) and while the case is referred to the public
     * security organ and not given back (行政处罚法 Art 27): our reading, as the statute has no article on transfers.
     *
     * @param date  the day the case was sent, not null
     * @param to  the receiving agency, not null
     * @param reason  why the case is not this agency's to decide, not null
     * @param officers  the officers who sent it, at least one, none twice, not null
     */
    record Transferred(LocalDate date, AgencyId to, TransferReason reason, List<OfficerId> officers)
            implements CaseEvent {

        /**
         * Creates the event.
         *
         * @param date  the day the case was sent, not null
         * @param to  the receiving agency, not null
         * @param reason  why the case is not this agency's to decide, not null
         * @param officers  the officers who sent it, at least one, none twice, not null
         * @throws IllegalArgumentException if no officer is given or one is given twice
         */
        public Transferred {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
            officers = List.copyOf(officers);
            checkArgument(!officers.isEmpty(), "Transfer to %s on %s: officers must name at least one officer", to,
                    date);
            checkArgument(Lists.isDistinct(officers), "Transfer to %s on %s: officers %s name an officer twice", to,
                    date, officers);
        }

        /**
         * Obtains the event.
         *
         * @param date  the day the case was sent, not null
         * @param to  the receiving agency, not null
         * @param reason  the reason, not null
         * @param officers  the officers who sent it, not null
         * @return the event, not null
         * @throws IllegalArgumentException if no officer is given or one is given twice
         */
        public static Transferred of(LocalDate date, AgencyId to, TransferReason reason, OfficerId... officers) {
            return new Transferred(date, to, reason, List.of(officers));
        }
    }

    /**
     * 涉嫌犯罪的认定 (行政执法机关移送涉嫌犯罪案件的规定 Arts 3, 19): the officers found that the facts of the case, such
     * as the amount, the circumstances or the consequences, reach the threshold of a crime, on the provisions they cite
     * (the criminal law, its judicial interpretations, the prosecution standards), and so the case must be referred:
     * to the public security organ ({@link ReferralKind#PUBLIC_SECURITY}), or, for a public official's duty crime, to
     * the supervisory commission or the procuratorate ({@link ReferralKind#SUPERVISORY}). From this day the referral
     * steps of the procedure are required. The replay takes the finding as the officers recorded it; whether it is
     * right is a question of fact it cannot judge.
     *
     * @param date  the day of the finding, not null
     * @param kind  to whom the case must be referred, not null
     * @param finding  the finding in words, not null
     * @param thresholds  the provisions the threshold rests on, as cited, such as 刑法第一百四十条, not null
     * @param officers  the officers who made the finding, at least one, none twice, not null
     */
    record CrimeSuspected(LocalDate date, ReferralKind kind, String finding, List<String> thresholds,
            List<OfficerId> officers) implements CaseEvent {

        /** The longest finding accepted. */
        public static final int MAX_FINDING_LENGTH = 2000;
        /** The longest citation of a threshold accepted. */
        public static final int MAX_THRESHOLD_LENGTH = 200;

        /**
         * Creates the event.
         *
         * @param date  the day of the finding, not null
         * @param kind  to whom the case must be referred, not null
         * @param finding  the finding in words, not null
         * @param thresholds  the provisions the threshold rests on, as cited, such as 刑法第一百四十条, not null
         * @param officers  the officers who made the finding, at least one, none twice, not null
         * @throws IllegalArgumentException if the finding is blank, too long or has a control character other than a
         *         line break, a citation is not a line of at most {@value #MAX_THRESHOLD_LENGTH} characters or is given
         *         twice, or no officer is given or one twice
         */
        public CrimeSuspected {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            Texts.checkText("Suspected crime on " + date + ": finding", finding);
            checkArgument(finding.length() <= MAX_FINDING_LENGTH, "Suspected crime on %s: finding must be at most %s "
                    + "characters, but was %s", date, MAX_FINDING_LENGTH, Texts.quote(finding));
            thresholds = List.copyOf(Objects.requireNonNull(thresholds, "thresholds"));
            for (String threshold : thresholds) {
                Texts.checkLine("Suspected crime on " + date + ": threshold", threshold, MAX_THRESHOLD_LENGTH);
            }
            checkArgument(Lists.isDistinct(thresholds), "Suspected crime on %s: thresholds cite one twice: %s", date,
                    Texts.quote(String.join("、", thresholds)));
            officers = List.copyOf(officers);
            checkArgument(!officers.isEmpty(), "Suspected crime on %s: officers must name at least one officer", date);
            checkArgument(Lists.isDistinct(officers), "Suspected crime on %s: officers %s name an officer twice", date,
                    officers);
        }

        /**
         * Obtains the finding that a case must go to the public security organ.
         *
         * @param date  the day, not null
         * @param finding  the finding in words, not null
         * @param officers  the officers, not null
         * @return the event, not null
         * @throws IllegalArgumentException if the finding is blank or no officer is given
         */
        public static CrimeSuspected ofCrime(LocalDate date, String finding, OfficerId... officers) {
            return new CrimeSuspected(date, ReferralKind.PUBLIC_SECURITY, finding, List.of(), List.of(officers));
        }
    }

    /**
     * 接受移送机关的答复: what the authority a case was referred to did, on the day the agency received its notice
     * (回执, 立案通知书, 不予立案通知书, 复议决定, 移送回): a value of {@link PoliceAnswer}.
     *
     * @param date  the day the agency received the answer, not null
     * @param answer  what the authority did, not null
     * @param authority  the authority's name, not null
     */
    record Answered(LocalDate date, PoliceAnswer answer, String authority) implements CaseEvent {

        /** The longest authority name accepted. */
        public static final int MAX_AUTHORITY_LENGTH = 200;

        /**
         * Creates the event.
         *
         * @param date  the day the agency received the answer, not null
         * @param answer  what the authority did, not null
         * @param authority  the authority's name, not null
         * @throws IllegalArgumentException if the authority is blank, too long or has a control character
         */
        public Answered {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(answer, "answer");
            Texts.checkLine("Answer " + answer + " on " + date + ": authority", authority, MAX_AUTHORITY_LENGTH);
        }
    }
}
