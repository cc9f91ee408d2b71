package io.github.quanze.publish.notice;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.procedure.CaseEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision notice as it may be published (可公开的执法决定信息): the notice with the party's personal information
 * masked by a {@link MaskingPolicy}, and each masked field recorded as a {@link Masking} — what was withheld, by which
 * rule, on which grounds, never the value. The rule is an interpretation ({@link MaskingRule}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param number  the decision's number (文号), not null
 * @param kind  the kind of decision, not null
 * @param agency  the agency that decided, not null
 * @param partyKind  the kind of party, not null
 * @param party  the party's name as published: in full, or the surname and 某, not null
 * @param creditCode  the party's 统一社会信用代码, published for an organization or individual business, not null
 * @param representative  the legal representative or operator as published, not null
 * @param address  the address as published: an organization's, or business premises; empty when removed, not null
 * @param facts  the facts with the names of persons reduced where the policy says, not null
 * @param basis  the provisions relied on, not null
 * @param penalties  the kinds of penalty, not null
 * @param fine  the fine in yuan, not null
 * @param decision  the wording of what was decided, names reduced likewise, not null
 * @param decided  the day of the decision, not null
 * @param published  the day of publication, not null
 * @param overturned  the ruling that overturned the decision, not null
 * @param withdrawal  the withdrawal, its reasons with names reduced likewise, not null
 * @param maskings  the fields masked, in the order of the notice's fields, not null
 */
public record MaskedNotice(String number, NoticeKind kind, String agency, PartyKind partyKind, String party,
        Optional<CreditCode> creditCode, Optional<String> representative, Optional<String> address, String facts,
        LegalBasis basis, List<PenaltyKind> penalties, Optional<BigDecimal> fine, Optional<String> decision,
        LocalDate decided, LocalDate published, Optional<CaseEvent.Overturned> overturned,
        Optional<Withdrawal> withdrawal, List<Masking> maskings) {

    /**
     * Creates the notice as published; {@link MaskingPolicy#mask} is the way to obtain one.
     *
     * @param number  the decision's number (文号), not null
     * @param kind  the kind of decision, not null
     * @param agency  the agency that decided, not null
     * @param partyKind  the kind of party, not null
     * @param party  the party's name as published: in full, or the surname and 某, not null
     * @param creditCode  the party's 统一社会信用代码, published for an organization or individual business, not null
     * @param representative  the legal representative or operator as published, not null
     * @param address  the address as published: an organization's, or business premises; empty when removed, not null
     * @param facts  the facts with the names of persons reduced where the policy says, not null
     * @param basis  the provisions relied on, not null
     * @param penalties  the kinds of penalty, not null
     * @param fine  the fine in yuan, not null
     * @param decision  the wording of what was decided, names reduced likewise, not null
     * @param decided  the day of the decision, not null
     * @param published  the day of publication, not null
     * @param overturned  the ruling that overturned the decision, not null
     * @param withdrawal  the withdrawal, its reasons with names reduced likewise, not null
     * @param maskings  the fields masked, in the order of the notice's fields, not null
     * @throws NullPointerException if a component is null
     */
    public MaskedNotice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(partyKind, "partyKind");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(basis, "basis");
        penalties = List.copyOf(penalties);
        Objects.requireNonNull(fine, "fine");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(overturned, "overturned");
        Objects.requireNonNull(withdrawal, "withdrawal");
        maskings = List.copyOf(maskings);
    }

    /**
     * Checks whether the information was withdrawn: the page then shows the withdrawal and its reasons, not the
     * decision's content.
     *
     * @return true if withdrawn
     */
    public boolean isWithdrawn() {
        return withdrawal.isPresent();
    }

    /**
     * Checks whether a field was masked.
     *
     * @param field  the field, not null
     * @return true if a masking of that field is recorded
     */
    public boolean isMasked(MaskedField field) {
        return maskings.stream().anyMatch(m -> m.field() == field);
    }
}
