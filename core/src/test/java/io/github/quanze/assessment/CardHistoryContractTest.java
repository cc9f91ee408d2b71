package io.github.quanze.assessment;

import static io.github.quanze.assessment.Officers.ACT_2026;
import static io.github.quanze.assessment.Officers.fault;
import static io.github.quanze.procedure.Cases.BUREAU_ORGANIZATION;
import static io.github.quanze.procedure.Cases.WANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.fault.Gravity;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.CredentialStatusChange;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** Card histories: every order check of give and lift, and which lift a restored certificate names. */
class CardHistoryContractTest {

    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);
    private static final LocalDate FEB_01 = LocalDate.of(2027, 2, 1);
    private static final LocalDate MAR_01 = LocalDate.of(2027, 3, 1);
    private static final LocalDate MAY_01 = LocalDate.of(2027, 5, 1);
    private static final LocalDate JUL_01 = LocalDate.of(2027, 7, 1);

    @Example
    void lift_rejectsTheGreenCardAsTheDefault() {
        assertThatIllegalArgumentException().isThrownBy(() -> CardHistory.of(WANG).lift(OfficerCard.GREEN, MAR_01,
                "徐科长"))
                .withMessage("Officer H-01: the GREEN card is the default and cannot be lifted");
    }

    @Example
    void lift_mustNotPrecedeTheHistorysLastDate() {
        CardHistory two = CardHistory.of(WANG).give(OfficerCard.YELLOW, JAN_15, "严重过错", "陈局长")
                .give(OfficerCard.RED, MAR_01, "特别严重过错", "陈局长");
        assertThatIllegalArgumentException().isThrownBy(() -> two.lift(OfficerCard.YELLOW, FEB_01, "徐科长"))
                .withMessage("Officer H-01: the YELLOW card dated 2027-02-01 precedes the history's last date "
                        + "2027-03-01; record cards in date order");
        assertThat(two.lift(OfficerCard.YELLOW, MAR_01, "徐科长").cardOn(MAR_01)).isEqualTo(OfficerCard.RED);
    }

    @Example
    void give_fromAnAppraisal_mustNotPrecedeTheHistorysLastDate() {
        OfficerAppraisal basic = OfficerAppraisalTest.appraise(WANG, List.of(),
                List.of(fault(WANG, Gravity.SERIOUS, ACT_2026)));
        CardHistory later = CardHistory.of(WANG).give(OfficerCard.YELLOW, MAR_01, "严重过错", "陈局长");
        assertThatIllegalArgumentException().isThrownBy(() -> later.give(basic, JAN_15, "陈局长"))
                .withMessage("Officer H-01: the YELLOW card dated 2027-01-15 precedes the history's last date "
                        + "2027-03-01; record cards in date order");
        assertThat(later.give(basic, MAR_01, "陈局长").entries()).hasSize(2);
    }

    @Example
    void aRestoredCertificate_namesTheLiftOfThatDay_notALaterOne() {
        CardHistory history = CardHistory.of(WANG).give(OfficerCard.YELLOW, JAN_15, "严重过错", "陈局长")
                .lift(OfficerCard.YELLOW, MAR_01, "徐科长")
                .give(OfficerCard.YELLOW, MAY_01, "再次严重过错", "陈局长")
                .lift(OfficerCard.YELLOW, JUL_01, "周副局长");
        assertThat(history.cardOn(MAR_01)).isEqualTo(OfficerCard.GREEN);
        assertThat(history.cardOn(MAY_01)).isEqualTo(OfficerCard.YELLOW);
        assertThat(history.cardOn(JUL_01)).isEqualTo(OfficerCard.GREEN);
        List<CredentialStatusChange> changes = history.applyTo(BUREAU_ORGANIZATION).credentialsOf(WANG).get(0)
                .statusChanges();
        assertThat(changes).extracting(CredentialStatusChange::date, CredentialStatusChange::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(JAN_15, CredentialStatus.SUSPENDED),
                org.assertj.core.groups.Tuple.tuple(MAR_01, CredentialStatus.VALID),
                org.assertj.core.groups.Tuple.tuple(MAY_01, CredentialStatus.SUSPENDED),
                org.assertj.core.groups.Tuple.tuple(JUL_01, CredentialStatus.VALID));
        assertThat(changes.get(1).reason().zh()).isEqualTo("黄卡解除：培训合格，恢复执法（决定人：徐科长）");
        assertThat(changes.get(3).reason().zh()).isEqualTo("黄卡解除：培训合格，恢复执法（决定人：周副局长）");
        assertThat(changes.get(2).reason().zh()).contains("再次严重过错");
    }

    @Example
    void toString_namesOfficerAndCount() {
        assertThat(CardHistory.of(WANG).give(OfficerCard.YELLOW, JAN_15, "严重过错", "陈局长"))
                .hasToString("CardHistory[H-01, 1 cards]");
    }
}
