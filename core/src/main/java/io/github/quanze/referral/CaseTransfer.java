package io.github.quanze.referral;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.TransferReason;
import io.github.quanze.procedure.TransferOrigin;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A case transferred between agencies (案件移送管辖): the sending agency's record, which ends with its
 * {@link CaseEvent.Transferred} event, and the receiving agency's record, which names where it came from
 * ({@link CaseRecord#transferredFrom()}), checked to agree.
 * <p>
 * The two agree when the sending record records a transfer, the receiving record names the sending record's case
 * number, agency and the transfer's day, the receiving record's organization holds the agency the transfer names and
 * the sending record's the agency the receiving record names, both agencies are among the agencies the caller knows
 * (an unknown agency is an error, not a finding), and the receiving record opened on or after the transfer (which its
 * builder already ensures).
 * <p>
 * Time limits of the continued case (our reading, as 行政处罚法 is silent on transfers): the receiving record continues
 * the case and its time limits count from its own steps, as its record holds them; for a penalty, Art 60's ninety days
 * run from the receiving agency's own 立案, since the article counts "自行政处罚案件立案之日起" and the filing that
 * counts is the decision of the agency that decides. The time the case spent with the sending agency is neither added
 * nor taken off (departmental rules count the receiving agency's decision to file from the day it received the
 * transferred material; for example the former 工商行政管理机关行政处罚程序规定 Art 17). The limitation of Art 36 runs from
 * the act whatever agency holds the case, and the receiving record checks it where a decision records its offence. The
 * sending record is judged as it stood on the day of the transfer: it misses no step because the case left.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CaseTransfer {

    private final CaseRecord sending;
    private final CaseRecord receiving;
    private final CaseEvent.Transferred event;
    private final TransferOrigin origin;

    private CaseTransfer(CaseRecord sending, CaseRecord receiving, CaseEvent.Transferred event,
            TransferOrigin origin) {
        this.sending = sending;
        this.receiving = receiving;
        this.event = event;
        this.origin = origin;
    }

    /**
     * Links the sending and the receiving records of a transfer, checking that they agree.
     *
     * @param sending  the sending agency's record, which records the transfer, not null
     * @param receiving  the receiving agency's record, which names where it came from, not null
     * @param known  the agencies the caller knows (such as those of its organizations), not null
     * @return the transfer, not null
     * @throws NullPointerException if an argument or an element of {@code known} is null; the message names it
     * @throws IllegalArgumentException if the records do not agree or an agency is unknown; the message names the
     *         case, the step (移送) and the value
     */
    public static CaseTransfer of(CaseRecord sending, CaseRecord receiving, Set<AgencyId> known) {
        Objects.requireNonNull(sending, "sending");
        Objects.requireNonNull(receiving, "receiving");
        Set<AgencyId> agencies = ImmutableSortedSet.copyOf(Lists.copyOf("known", known));
        CaseEvent.Transferred event = sending.transferredTo().orElseThrow(() -> new IllegalArgumentException(
                String.format("Case %s: transfer (移送): the sending record records no transfer", sending.id())));
        checkArgument(agencies.contains(event.to()), "Case %s: transfer (移送) on %s is to agency %s, which is not "
                + "among the known agencies %s", sending.id(), event.date(), event.to(), agencies);
        TransferOrigin origin = receiving.transferredFrom().orElseThrow(() -> new IllegalArgumentException(
                String.format("Case %s: transfer (移送) from case %s: the receiving record does not say where it came "
                        + "from", receiving.id(), sending.id())));
        checkArgument(agencies.contains(origin.agency()), "Case %s: transfer (移送) from agency %s, which is not "
                + "among the known agencies %s", receiving.id(), origin.agency(), agencies);
        checkArgument(origin.caseId().equals(sending.id()), "Case %s: transfer (移送) from case %s, but the sending "
                + "record is case %s", receiving.id(), Texts.quote(origin.caseId()), Texts.quote(sending.id()));
        checkArgument(origin.date().equals(event.date()), "Case %s: transfer (移送) from case %s on %s, but the "
                + "sending record transferred it on %s", receiving.id(), sending.id(), origin.date(), event.date());
        checkArgument(receiving.organization().findAgency(event.to()).isPresent(), "Case %s: transfer (移送) on %s "
                + "is to agency %s, which the receiving record's organization does not hold", receiving.id(),
                event.date(), event.to());
        checkArgument(sending.organization().findAgency(origin.agency()).isPresent(), "Case %s: transfer (移送) from "
                + "agency %s, which the sending record's organization does not hold", receiving.id(),
                origin.agency());
        checkArgument(!origin.agency().equals(event.to()), "Case %s: transfer (移送) on %s from agency %s to itself",
                sending.id(), event.date(), event.to());
        checkArgument(!receiving.opened().isBefore(event.date()), "Case %s: opened %s, before the transfer (移送) of "
                + "%s", receiving.id(), receiving.opened(), event.date());
        return new CaseTransfer(sending, receiving, event, origin);
    }

    /**
     * Returns the sending agency's record.
     *
     * @return the record, not null
     */
    public CaseRecord sending() {
        return sending;
    }

    /**
     * Returns the receiving agency's record, which continues the case.
     *
     * @return the record, not null
     */
    public CaseRecord receiving() {
        return receiving;
    }

    /**
     * Returns the transfer as the sending record holds it.
     *
     * @return the event, not null
     */
    public CaseEvent.Transferred event() {
        return event;
    }

    /**
     * Returns the sending agency.
     *
     * @return the agency, not null
     */
    public AgencyId from() {
        return origin.agency();
    }

    /**
     * Returns the receiving agency.
     *
     * @return the agency, not null
     */
    public AgencyId to() {
        return event.to();
    }

    /**
     * Returns the day of the transfer.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return event.date();
    }

    /**
     * Returns why the case was transferred.
     *
     * @return the reason, not null
     */
    public TransferReason reason() {
        return event.reason();
    }

    /**
     * Returns the articles of 行政处罚法 the transfer applies.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return event.reason().basis();
    }

    /**
     * Returns the days the case spent with the sending agency, from its opening to the transfer.
     *
     * @return the days, at least 0
     */
    public long daysWithSender() {
        return ChronoUnit.DAYS.between(sending.opened(), event.date());
    }

    /**
     * Replays the continued case, the receiving agency's record, on a day.
     *
     * @param asOf  the day, not null
     * @return the state, not null
     */
    public CaseState continued(LocalDate asOf) {
        return receiving.replay(asOf);
    }

    /**
     * Returns the continued case's deadlines on a day: the receiving agency's own time limits, counted from its own
     * steps, as the class documentation reads the law.
     *
     * @param asOf  the day, not null
     * @return the deadlines whose count has started, not null
     */
    public List<CaseDeadline> deadlines(LocalDate asOf) {
        return continued(asOf).deadlines();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CaseTransfer other && sending.equals(other.sending) && receiving.equals(other.receiving);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sending, receiving);
    }

    @Override
    public String toString() {
        return "CaseTransfer{" + sending.id() + " (" + from() + ") -> " + receiving.id() + " (" + to() + ") on "
                + date() + ", " + reason() + "}";
    }
}
