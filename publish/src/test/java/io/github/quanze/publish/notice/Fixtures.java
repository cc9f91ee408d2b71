package io.github.quanze.publish.notice;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.Overturn;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Named fixtures of the notice tests: fictitious people, numbers with valid check characters. */
final class Fixtures {

    static final String ID_ZHAO = "990102198503142013";
    static final String ID_CHILD = "990102201305054033";
    static final String CODE_COMPANY = "91990100MA0A1B2C3F";
    static final String CODE_SHOP = "92990102MA0LJG02TC";
    static final String PHONE_ZHAO = "13900001111";
    static final String EMAIL_ZHAO = "zhaolx@example.invalid";
    static final String HOME_ZHAO = "示例市城北区和平路6号3单元502室";
    static final String BANK_ZHAO = "6222000011112222333";

    static final LocalDate DATE_2026_09_10 = LocalDate.of(2026, 9, 10);
    static final LocalDate DATE_2026_09_15 = LocalDate.of(2026, 9, 15);
    static final LegalBasis BASIS_PENALTY = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 57));
    static final LegalBasis BASIS_LICENCE = LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 38));

    static final Party PERSON_ZHAO = Party.builder(PartyKind.NATURAL_PERSON, "赵立新")
            .idNumber(ResidentIdNumber.parse(ID_ZHAO)).address(HOME_ZHAO).phone(PHONE_ZHAO).email(EMAIL_ZHAO)
            .bankAccount(BANK_ZHAO).build();
    static final Party SHOP_LI = Party.builder(PartyKind.INDIVIDUAL_BUSINESS, "示例市城关区李记便利店")
            .creditCode(CreditCode.parse(CODE_SHOP)).representative("李建国").address("示例市城关区解放路18号")
            .phone("13700002222").bankAccount("6217000033334444555").build();
    static final Party COMPANY = Party.builder(PartyKind.LEGAL_PERSON, "示例市惠民连锁超市有限公司")
            .creditCode(CreditCode.parse(CODE_COMPANY)).representative("孙志强").address("示例市城南区建设大道88号")
            .phone("0999-88886666").email("office@example.invalid").bankAccount("4100000055556666777").build();
    static final Party CHILD = Party.builder(PartyKind.NATURAL_PERSON, "吴小宝")
            .idNumber(ResidentIdNumber.parse(ID_CHILD)).address("示例市城北区和平路8号").build();

    private Fixtures() {
    }

    /** A penalty on Zhao, timely published, naming a third person in the facts. */
    static DecisionNotice.Builder penaltyOnZhao() {
        return DecisionNotice.builder().number("示烟罚〔2026〕31号").kind(NoticeKind.PENALTY).agency("示例市烟草专卖局")
                .party(PERSON_ZHAO).facts("经查，赵立新在其住所通过网络销售非法生产的卷烟，其中向周小明出售40条。")
                .addThirdPerson("周小明").basis(BASIS_PENALTY).addPenalty(PenaltyKind.CONFISCATION_OF_GAINS)
                .addPenalty(PenaltyKind.FINE).fine(new BigDecimal("3600"))
                .decision("没收违法所得2400元，处罚款3600元。").decided(DATE_2026_09_10).published(DATE_2026_09_15);
    }

    /** A licence granted to the company. */
    static DecisionNotice.Builder licenceToCompany() {
        return DecisionNotice.builder().number("示烟许〔2026〕102号").kind(NoticeKind.LICENCE).agency("示例市烟草专卖局")
                .party(COMPANY).facts("当事人申请经营烟草制品零售业务，经审查符合条件。").basis(BASIS_LICENCE)
                .decision("准予烟草专卖零售许可。").decided(LocalDate.of(2026, 10, 12))
                .published(LocalDate.of(2026, 10, 16));
    }

    /** A ruling of reconsideration that revoked a decision. */
    static CaseEvent.Overturned revokedOn(LocalDate day) {
        return new CaseEvent.Overturned(day, Overturn.REVOKED, Overturn.Forum.RECONSIDERATION);
    }
}
