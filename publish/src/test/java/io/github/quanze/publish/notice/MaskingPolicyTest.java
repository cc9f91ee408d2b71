package io.github.quanze.publish.notice;

import static io.github.quanze.publish.notice.Fixtures.penaltyOnZhao;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.PenaltyKind;
import java.time.LocalDate;
import net.jqwik.api.Example;

class MaskingPolicyTest {

    private static DecisionNotice penaltyOn(Party party, String facts) {
        return DecisionNotice.builder().number("示烟罚〔2026〕40号").kind(NoticeKind.PENALTY).agency("示例市烟草专卖局")
                .party(party).facts(facts).basis(Fixtures.BASIS_PENALTY).addPenalty(PenaltyKind.WARNING)
                .decided(Fixtures.DATE_2026_09_10).published(Fixtures.DATE_2026_09_15).build();
    }

    @Example
    void standard_keepsTheNameAndRemovesANaturalPersonsDetails() {
        MaskedNotice m = MaskingPolicy.standard().mask(penaltyOnZhao().build());
        assertThat(m.party()).isEqualTo("赵立新");
        assertThat(m.address()).isEmpty();
        assertThat(m.creditCode()).isEmpty();
        assertThat(m.maskings()).extracting(Masking::field).containsExactly(MaskedField.ID_NUMBER,
                MaskedField.ADDRESS, MaskedField.PHONE, MaskedField.EMAIL, MaskedField.BANK_ACCOUNT,
                MaskedField.THIRD_PERSON);
        assertThat(m.maskings()).extracting(Masking::rule).containsExactly(MaskingRule.ID_NUMBER_REMOVED,
                MaskingRule.HOME_ADDRESS_REMOVED, MaskingRule.PHONE_REMOVED, MaskingRule.EMAIL_REMOVED,
                MaskingRule.BANK_ACCOUNT_REMOVED, MaskingRule.THIRD_PERSON_NAME_REDUCED);
        assertThat(m.facts()).contains("赵立新", "周某").doesNotContain("周小明");
        assertThat(m.maskings().get(0).grounds()).isEqualTo(MaskingRule.ID_NUMBER_REMOVED.grounds());
        assertThat(m.maskings().get(0).grounds().toString()).contains("民法典", "个人信息保护法");
    }

    @Example
    void reducingNames_reducesTheNameInTheFieldAndInEveryText() {
        DecisionNotice notice = penaltyOnZhao().withdrawal(Withdrawal.of(LocalDate.of(2026, 10, 9),
                "赵立新的处罚决定已被撤销")).build();
        MaskedNotice m = MaskingPolicy.reducingNames().mask(notice);
        assertThat(m.party()).isEqualTo("赵某");
        assertThat(m.facts()).contains("赵某在其住所", "周某").doesNotContain("赵立新", "周小明");
        assertThat(m.withdrawal().orElseThrow().reason()).contains("赵某的处罚决定已被撤销");
        assertThat(m.maskings()).extracting(Masking::rule).startsWith(MaskingRule.NAME_REDUCED);
    }

    @Example
    void aChildUnderFourteenIsAlwaysReducedAndAnAdultIsNot() {
        MaskedNotice child = MaskingPolicy.standard().mask(penaltyOn(Fixtures.CHILD, "吴小宝销售卷烟。"));
        assertThat(child.party()).isEqualTo("吴某");
        assertThat(child.facts()).isEqualTo("吴某销售卷烟。");
        assertThat(child.maskings()).extracting(Masking::rule).contains(MaskingRule.MINOR_NAME_REDUCED);
        Party adult = Party.builder(PartyKind.NATURAL_PERSON, "吴大宝").birthDate(LocalDate.of(2012, 9, 10)).build();
        MaskedNotice fourteen = MaskingPolicy.standard().mask(penaltyOn(adult, "吴大宝销售卷烟。"));
        assertThat(fourteen.party()).isEqualTo("吴大宝");
        assertThat(fourteen.maskings()).extracting(Masking::field).containsExactly(MaskedField.BIRTH_DATE);
    }

    @Example
    void organizationsKeepNameCodeRepresentativeAndAddressButNotAccountsOrContacts() {
        MaskedNotice m = MaskingPolicy.standard().mask(Fixtures.licenceToCompany().build());
        assertThat(m.party()).isEqualTo("示例市惠民连锁超市有限公司");
        assertThat(m.creditCode()).contains(CreditCode.parse(Fixtures.CODE_COMPANY));
        assertThat(m.representative()).contains("孙志强");
        assertThat(m.address()).contains("示例市城南区建设大道88号");
        assertThat(m.maskings()).extracting(Masking::field, Masking::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MaskedField.PHONE, MaskingRule.CONTACT_NOT_STATED),
                org.assertj.core.groups.Tuple.tuple(MaskedField.EMAIL, MaskingRule.CONTACT_NOT_STATED),
                org.assertj.core.groups.Tuple.tuple(MaskedField.BANK_ACCOUNT, MaskingRule.BANK_ACCOUNT_REMOVED));
        MaskedNotice reduced = MaskingPolicy.reducingNames().mask(Fixtures.licenceToCompany().build());
        assertThat(reduced.party()).isEqualTo("示例市惠民连锁超市有限公司");
        assertThat(reduced.representative()).contains("孙某");
    }

    @Example
    void anIndividualBusinessKeepsItsShopAddress() {
        MaskedNotice m = MaskingPolicy.standard().mask(penaltyOn(Fixtures.SHOP_LI, "当事人未在当地进货。"));
        assertThat(m.address()).contains("示例市城关区解放路18号");
        assertThat(m.maskings()).extracting(Masking::field).containsExactly(MaskedField.PHONE,
                MaskedField.BANK_ACCOUNT);
        Party premises = Party.builder(PartyKind.NATURAL_PERSON, "欧阳明华").address("示例市城西区光明街21号商铺")
                .addressIsPremises(true).build();
        assertThat(MaskingPolicy.standard().mask(penaltyOn(premises, "当事人在示例市城西区光明街21号商铺经营。"))
                .address()).contains("示例市城西区光明街21号商铺");
    }

    @Example
    void reduce_keepsTheSurnameCompoundOrNot() {
        assertThat(MaskingPolicy.reduce("张三")).isEqualTo("张某");
        assertThat(MaskingPolicy.reduce("欧阳明华")).isEqualTo("欧阳某");
        assertThat(MaskingPolicy.reduce("欧阳")).isEqualTo("欧某");
        assertThat(MaskingPolicy.reduce("𠀀丽")).isEqualTo("𠀀某");
        assertThat(MaskingPolicy.standard().rules()).doesNotContain(MaskingRule.NAME_REDUCED);
        assertThat(MaskingPolicy.reducingNames().rules()).contains(MaskingRule.NAME_REDUCED);
    }
}
