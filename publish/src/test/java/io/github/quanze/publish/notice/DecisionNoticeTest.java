package io.github.quanze.publish.notice;

import static io.github.quanze.publish.notice.Fixtures.BANK_ZHAO;
import static io.github.quanze.publish.notice.Fixtures.HOME_ZHAO;
import static io.github.quanze.publish.notice.Fixtures.ID_ZHAO;
import static io.github.quanze.publish.notice.Fixtures.PHONE_ZHAO;
import static io.github.quanze.publish.notice.Fixtures.penaltyOnZhao;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.procedure.PublicationRule;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

class DecisionNoticeTest {

    private static PersonalDataException refused(DecisionNotice.Builder builder) {
        return catchThrowableOfType(PersonalDataException.class, builder::build);
    }

    @Example
    void build_keepsEveryPartAndTheKindsPublicationRule() {
        DecisionNotice n = penaltyOnZhao().build();
        assertThat(n.number()).isEqualTo("示烟罚〔2026〕31号");
        assertThat(n.thirdPersons()).containsExactly("周小明");
        assertThat(n.publicationRule()).isEqualTo(PublicationRule.penalty());
        assertThat(Fixtures.licenceToCompany().build().publicationRule()).isEqualTo(PublicationRule.licensing());
        assertThat(n.toString()).doesNotContain("赵立新");
        assertThat(n).isEqualTo(penaltyOnZhao().build()).hasSameHashCodeAs(penaltyOnZhao().build());
    }

    @Example
    void build_refusesAMobileNumberInTheFactsNamingNoticeFieldKindAndPositionButNotTheNumber() {
        PersonalDataException e = refused(penaltyOnZhao().facts("经查，当事人联系电话13512345678，销售卷烟。"));
        assertThat(e.notice()).isEqualTo("示烟罚〔2026〕31号");
        assertThat(e.field()).isEqualTo("facts");
        assertThat(e.data()).isEqualTo(PersonalData.MOBILE_NUMBER);
        assertThat(e.position()).isEqualTo(11);
        assertThat(e.getMessage()).contains("示烟罚〔2026〕31号", "\"facts\"", "a mobile phone number at position 11")
                .doesNotContain("13512345678");
    }

    @Example
    void build_refusesAnIdNumberEvenWithAWrongCheckDigit() {
        PersonalDataException e = refused(penaltyOnZhao().facts("当事人身份证号110105194912310021，销售卷烟。"));
        assertThat(e.data()).isEqualTo(PersonalData.ID_NUMBER);
        assertThat(e.getMessage()).contains("an 18-digit ID number at position 8").doesNotContain("110105194912310021");
    }

    @Example
    void build_refusesThePartysOwnDetailsAndAnEmailInEveryPublicText() {
        assertThat(refused(penaltyOnZhao().facts("经查，当事人身份证" + ID_ZHAO + "。")).data())
                .isEqualTo(PersonalData.PARTY_ID_NUMBER);
        assertThat(refused(penaltyOnZhao().facts("当事人住" + HOME_ZHAO + "。")).data())
                .isEqualTo(PersonalData.PARTY_ADDRESS);
        assertThat(refused(penaltyOnZhao().decision("罚款汇入" + BANK_ZHAO + "。")))
                .extracting(PersonalDataException::field, PersonalDataException::data)
                .containsExactly("decision", PersonalData.PARTY_BANK_ACCOUNT);
        assertThat(refused(penaltyOnZhao().facts("联系 a.b@example.org 购买。")).data()).isEqualTo(PersonalData.EMAIL);
        assertThat(refused(penaltyOnZhao().withdrawal(Withdrawal.of(LocalDate.of(2026, 10, 1), "电话" + PHONE_ZHAO)))
                .field()).isEqualTo("withdrawal.reason");
    }

    @Example
    void build_refusesThePartysBirthDateInAnyWrittenFormAndItsOwnEmailEvenUnusual() {
        Party born = Party.builder(PartyKind.NATURAL_PERSON, "钱文").birthDate(LocalDate.of(1990, 1, 5))
                .email("qian.wen@例子.中国").build();
        DecisionNotice.Builder notice = penaltyOnZhao().party(born);
        for (String form : List.of("1990年1月5日", "1990年01月05日", "1990-01-05", "1990/1/5", "1990.01.05",
                "19900105")) {
            PersonalDataException e = refused(notice.facts("当事人钱文（" + form + "出生）销售卷烟。"));
            assertThat(e.data()).as(form).isEqualTo(PersonalData.PARTY_BIRTH_DATE);
            assertThat(e.getMessage()).doesNotContain(form);
        }
        assertThat(refused(notice.facts("当事人邮箱qian.wen@例子.中国。")).data())
                .isEqualTo(PersonalData.PARTY_EMAIL);
        // another day, or the year alone, is not the party's birth date
        String other = "当事人于1990年1月6日起经营，1990年开业，向周小明出售卷烟。";
        assertThat(notice.facts(other).build().facts()).isEqualTo(other);
    }

    @Example
    void build_acceptsBusinessPremisesAndTheCreditCodeInTheFacts() {
        DecisionNotice n = DecisionNotice.builder().number("示烟罚〔2026〕35号").kind(NoticeKind.PENALTY)
                .agency("示例市烟草专卖局").party(Fixtures.SHOP_LI)
                .facts("当事人在示例市城关区解放路18号经营，统一社会信用代码" + Fixtures.CODE_SHOP + "。")
                .basis(Fixtures.BASIS_PENALTY).addPenalty(PenaltyKind.WARNING).decided(Fixtures.DATE_2026_09_10)
                .published(Fixtures.DATE_2026_09_15).build();
        assertThat(n.facts()).contains("解放路18号");
    }

    @Example
    void build_refusesPenaltiesThatDoNotFitTheKindAndDaysOutOfOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.licenceToCompany()
                .addPenalty(PenaltyKind.FINE).build()).withMessageContaining("a licence imposes no penalty");
        assertThatIllegalArgumentException().isThrownBy(() -> penaltyOnZhao().addPenalty(PenaltyKind.WARNING)
                .addPenalty(PenaltyKind.WARNING).build()).withMessageContaining("listed twice");
        assertThatIllegalArgumentException().isThrownBy(() -> penaltyOnZhao().published(LocalDate.of(2026, 9, 9))
                .build()).withMessageContaining("before the decision");
        assertThatIllegalArgumentException().isThrownBy(() -> penaltyOnZhao()
                .withdrawal(Withdrawal.of(LocalDate.of(2026, 9, 14), "撤销")).build())
                .withMessageContaining("before its publication");
        assertThatIllegalArgumentException().isThrownBy(() -> penaltyOnZhao().addThirdPerson("孙某人").build())
                .withMessageContaining("third person number 2 is not named in the facts");
    }

    @Example
    void party_refusesDetailsThatDoNotFitItsKindWithoutRepeatingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> Party.builder(PartyKind.LEGAL_PERSON, "某公司")
                .idNumber(ResidentIdNumber.parse(ID_ZHAO)).build()).withMessageNotContaining(ID_ZHAO);
        assertThatIllegalArgumentException().isThrownBy(() -> Party.builder(PartyKind.NATURAL_PERSON, "张三")
                .email("not-an-email").build()).withMessageContaining("email").withMessageNotContaining("not-an-email");
        assertThatIllegalArgumentException().isThrownBy(() -> Party.builder(PartyKind.NATURAL_PERSON, "张三")
                .idNumber(ResidentIdNumber.parse(ID_ZHAO)).birthDate(LocalDate.of(1990, 1, 1)).build())
                .withMessageContaining("differs");
        assertThat(Fixtures.SHOP_LI.addressIsPremises()).isTrue();
        assertThat(Fixtures.PERSON_ZHAO.toString()).isEqualTo("Party[NATURAL_PERSON]");
    }

    @Example
    void isUnderFourteenOn_countsTheFourteenthBirthdayAsFourteen() {
        // born 2013-05-05
        assertThat(Fixtures.CHILD.isUnderFourteenOn(LocalDate.of(2027, 5, 4))).isTrue();
        assertThat(Fixtures.CHILD.isUnderFourteenOn(LocalDate.of(2027, 5, 5))).isFalse();
        assertThat(Fixtures.COMPANY.isUnderFourteenOn(LocalDate.of(2027, 5, 4))).isFalse();
    }

    @Example
    void aListRefusesANumberGivenTwiceAndMasksWithItsPolicy() {
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionNotices.of("示例市烟草专卖局",
                MaskingPolicy.standard(), java.util.List.of(penaltyOnZhao().build(), penaltyOnZhao().build())))
                .withMessageContaining("示烟罚〔2026〕31号 is listed twice");
        DecisionNotices list = DecisionNotices.of("示例市烟草专卖局", MaskingPolicy.reducingNames(),
                java.util.List.of(penaltyOnZhao().build()));
        assertThat(list.masked()).extracting(MaskedNotice::party).containsExactly("赵某");
    }
}
