package io.github.quanze.procedure;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.internal.Lists;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A procedural violation found by replaying a case (程序违法), citing its provision and naming the people involved.
 * <p>
 * A violation is data: its kind, the step, the day, the people with their parts, the values of its kind
 * ({@link #details()}) and the provisions. Its {@link #message()} is rendered from them, in Chinese and English. The
 * details of each kind (a time limit is {@code amount}, {@code unit} and {@code backward}; an extension is
 * {@code amount} and {@code unit}):
 * <ul>
 * <li>MISSING_STEP: {@code closing}, the step that closed the case;</li>
 * <li>WRONG_ORDER: {@code before}, the step that had to come first;</li>
 * <li>TOO_FEW_OFFICERS: {@code officers} who took part and {@code required};</li>
 * <li>UNCERTIFIED_OFFICER: {@code area}, {@code outcome} ({@code CertificationOutcome}) and {@code credential}, the
 * certificate number, when the officer holds one for the area;</li>
 * <li>NOT_SEPARATED: {@code other}, the step the officer also took part in;</li>
 * <li>NOT_ON_THE_SPOT: {@code with}, the step it had to go with, and {@code withOn}, that step's day;</li>
 * <li>BEYOND_PROCEDURE: {@code procedure} (its name), {@code party} ({@link PartyType}), {@code penalties} (a list of
 * {@link PenaltyKind}), {@code fine} in yuan if any, and {@code maxFine}, the procedure's cap for the party, if
 * any;</li>
 * <li>COLLECTION_NOT_ALLOWED: {@code collected} and {@code fine} in yuan, {@code ground} ({@link CollectionGround}),
 * {@code procedure} and {@code groundAllowed}, whether the procedure allows the ground (then the fine was above 100
 * yuan);</li>
 * <li>REFUSAL_WITHOUT_REASONS: {@code reasonsGiven} and {@code remediesTold}, not both true;</li>
 * <li>MISSED_DEADLINE: the time limit and {@code from}, the step the count started from (or, counted back, ends
 * at); the date is the due date;</li>
 * <li>EXTENSION_NOT_ALLOWED: the extension, and {@code periodBegan} if approved before the limit began or
 * {@code periodEnded} if after it ran out (neither: the provision allows none);</li>
 * <li>EXTENSION_WITHOUT_APPROVAL, EXTENSION_NOT_BY_HEAD: the extension and {@code approver}, who must approve;</li>
 * <li>EXTENSION_OVER_CAP: the extension and {@code cap}; EXTENSION_NOT_NOTIFIED: the extension;</li>
 * <li>EXCLUSION_NOT_NOTIFIED: {@code activity} ({@link ExcludedActivity});</li>
 * <li>UNQUALIFIED_LEGAL_REVIEWER, NOT_BY_HEAD, RECORD_NOT_ATTESTED: none.</li>
 * <li>PENALTY_AFTER_LIMITATION: the penalty ({@code item}, the violation item's code, {@code penalties}, a list of
 * {@link PenaltyKind}, and {@code fine} in yuan if any), {@code start}, the day the limitation runs from,
 * {@code lastDay}, its last day, and {@code discovered};</li>
 * <li>PENALTY_NOT_ALLOWED: the penalty, {@code disposition} ({@link io.github.quanze.discretion.Disposition}),
 * {@code grounds} (a list of {@link io.github.quanze.discretion.RulingGround}) on which the law excludes the penalty,
 * and {@code standard} (its 文号) if one applied;</li>
 * <li>PENALTY_AGAINST_STANDARD: the penalty, {@code disposition}, {@code standard}, {@code row} (the id of the row
 * of its 不予处罚 tier) if any, and {@code grounds} if any (the list of first offences, and the lighter standard of
 * the decision day); at least one of row and the list;</li>
 * <li>KIND_NOT_ALLOWED: the penalty, {@code notAllowed} and {@code allowed}, lists of {@link PenaltyKind}, and
 * {@code mitigable}, whether a 减轻处罚 was lawful (so 警告 and 通报批评 were allowed);</li>
 * <li>FINE_OUTSIDE_STATUTORY_RANGE: {@code item}, {@code fine}, {@code min} and {@code max} in yuan, and
 * {@code base} in yuan where the range is a multiple of it;</li>
 * <li>FINE_OUTSIDE_TIER: as FINE_OUTSIDE_STATUTORY_RANGE with the tier's range, and {@code tier}
 * ({@link io.github.quanze.discretion.TierLevel}), {@code row} and {@code standard}; where another standard was
 * compared and set aside under Art 37, also {@code setAside} (its 文号), {@code setAsideRow}, {@code setAsideMin}
 * and {@code setAsideMax}, the range of its tier, which the fine is outside too;</li>
 * <li>SECOND_FINE: {@code item}, {@code act} (its day), {@code fine}, and {@code first} and {@code earlier}, the day
 * and the amount of the fine before;</li>
 * <li>RECORD_MISSING, AUDIO_VIDEO_MISSING: {@code anyOf}, the kinds of record one of which was required, and
 * {@code made}, the kinds the event states (a list of {@link RecordKind}, empty where none was made);</li>
 * <li>PUBLICATION_OVERDUE: the time limit, {@code from}, the step that is the decision, and {@code decided}, its day;
 * the date is the due date;</li>
 * <li>LATE_WITHDRAWAL: the time limit, {@code outcome} ({@link Overturn}), {@code by} ({@link Overturn.Forum}) and
 * {@code overturned}, the day of the ruling, and, where the information was published again after the ruling,
 * {@code published}, the day of that publication, from which the time counts; the date is the due date;</li>
 * <li>WITHDRAWN_WITHOUT_REASONS: {@code outcome}, {@code by} and {@code overturned};</li>
 * <li>DECIDED_AGAINST_REVIEW: {@code reviewed}, the day of the review that failed, and {@code issues}, the
 * aspects it found wanting (a list of {@link ReviewAspect}), and {@code licence}, true where the decision granted a
 * licence (absent for a penalty or a coercive measure).</li>
 * </ul>
 * UNCERTIFIED_OFFICER, NOT_SEPARATED, UNQUALIFIED_LEGAL_REVIEWER and EXTENSION_NOT_BY_HEAD name exactly the officer
 * concerned.
 * <p>
 * A violation depends only on events dated on or before the day it names, so once found it is found on every later
 * day of the same history.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what was violated, not null
 * @param step  the step concerned, not null
 * @param date  the day of the violation: the step's day, or the due day for a missed time limit, not null
 * @param people  the people involved, with their parts, not null
 * @param details  the values of the kind, as listed above, not null
 * @param basis  the provisions violated, not null
 * @param interpretations  what the steps concerned say of their own interpretation (解释), in the order of the steps,
 *        not null
 */
public record ProcedureViolation(ViolationKind kind, StepKind step, LocalDate date, List<Involvement> people,
        Parameters details, LegalBasis basis, List<BilingualText> interpretations) implements Finding {

    /**
     * Creates a violation.
     *
     * @param kind  what was violated, not null
     * @param step  the step concerned, not null
     * @param date  the day of the violation: the step's day, or the due day for a missed time limit, not null
     * @param people  the people involved, with their parts, not null
     * @param details  the values of the kind, as listed above, not null
     * @param basis  the provisions violated, not null
     * @param interpretations  what the steps concerned say of their own interpretation (解释), in the order of the steps,
     *         not null
     * @throws IllegalArgumentException if the details lack a value the kind needs, hold one it does not know, one
     *         of the wrong type or a list element of the wrong type, hold a value its message cannot render (an
     *         {@code amount} or {@code cap} outside 1 to {@link Integer#MAX_VALUE}, a blank {@code area}), or a
     *         kind about one officer's act does not name exactly one person; the message names the kind, the
     *         parameter and the value
     */
    public ProcedureViolation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        people = Lists.copyOf("people", people);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(basis, "basis");
        interpretations = Lists.copyOf("interpretations", interpretations);
        ProcedureMessages.check(kind, details, people);
    }

    /** Returns {@code PROCEDURE.} and the kind, such as {@code PROCEDURE.MISSED_DEADLINE}. */
    @Override
    public String code() {
        return "PROCEDURE." + kind.name();
    }

    @Override
    public Severity severity() {
        return kind.severity();
    }

    /**
     * Returns the data the message is rendered from: {@code kind}, {@code step}, {@code date}, {@code people} (when
     * someone is named), the {@link #details()}, and {@code interpretations} (when a step states one).
     *
     * @return the parameters, not null
     */
    @Override
    public Parameters parameters() {
        Parameters.Builder p = Parameters.builder().put("kind", kind).put("step", step).put("date", date);
        if (!people.isEmpty()) {
            p.put("people", people);
        }
        p.putAll(details);
        if (!interpretations.isEmpty()) {
            p.put("interpretations", interpretations);
        }
        return p.build();
    }

    /**
     * Returns what happened, rendered from the data, with the interpretations of the steps concerned.
     *
     * @return the message in Chinese and English, not null
     */
    @Override
    public BilingualText message() {
        return ProcedureMessages.message(this);
    }

    /**
     * Describes the violation in one line: the message, the people and the provisions.
     *
     * @return the description in Chinese and English, not null
     */
    public BilingualText describe() {
        return ProcedureMessages.describe(this);
    }
}
