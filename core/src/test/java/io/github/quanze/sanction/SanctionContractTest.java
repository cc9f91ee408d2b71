package io.github.quanze.sanction;

import static io.github.quanze.sanction.SanctionKind.ADMONITION;
import static io.github.quanze.sanction.SanctionKind.CRITICISM;
import static io.github.quanze.sanction.SanctionKind.DEMERIT;
import static io.github.quanze.sanction.SanctionKind.DEMOTION;
import static io.github.quanze.sanction.SanctionKind.DISMISSAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.EXPULSION;
import static io.github.quanze.sanction.SanctionKind.MAJOR_DEMERIT;
import static io.github.quanze.sanction.SanctionKind.OFF_POST_TRAINING;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_JUDICIAL;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_SUPERVISORY;
import static io.github.quanze.sanction.SanctionKind.REMINDER;
import static io.github.quanze.sanction.SanctionKind.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.quanze.text.BilingualText;
import java.util.List;
import net.jqwik.api.Example;

/** Both sides of every {@link Sanction} query: equal and unequal, included and not, none and some. */
class SanctionContractTest {

    @Example
    void equals_andHashCode_followTheKinds() {
        Sanction warning = Sanction.of(WARNING);
        assertThat(warning).isEqualTo(Sanction.of(WARNING)).hasSameHashCodeAs(Sanction.of(WARNING));
        assertThat(warning).isNotEqualTo(Sanction.of(DEMERIT));
        assertThat(warning).isNotEqualTo(Sanction.of(WARNING, REMINDER));
        assertThat(warning).isNotEqualTo(Sanction.none());
        assertThat(warning).isNotEqualTo("警告");
        assertThat(warning.equals(null)).isFalse();
        assertThat(warning.hashCode()).isNotEqualTo(Sanction.of(DEMERIT).hashCode());
        assertThat(Sanction.of(REMINDER, CRITICISM)).isEqualTo(Sanction.of(CRITICISM, REMINDER));
    }

    @Example
    void none_isEmptyAndOnlyNoneIs() {
        assertThat(Sanction.none().isNone()).isTrue();
        assertThat(Sanction.none().kinds()).isEmpty();
        assertThat(Sanction.none().heaviest()).isEmpty();
        assertThat(Sanction.none().governmental()).isEmpty();
        assertThat(Sanction.of(REMINDER).isNone()).isFalse();
        assertThat(Sanction.of(REMINDER).heaviest()).contains(REMINDER);
        assertThat(Sanction.of(REMINDER).governmental()).isEmpty();
    }

    @Example
    void includes_answersBothWays() {
        Sanction sanction = Sanction.of(OFF_POST_TRAINING, DEMERIT);
        assertThat(sanction.includes(OFF_POST_TRAINING)).isTrue();
        assertThat(sanction.includes(DEMERIT)).isTrue();
        assertThat(sanction.includes(WARNING)).isFalse();
        assertThat(sanction.includes(REMINDER)).isFalse();
    }

    @Example
    void heaviest_isTheLastKindInTheOrderOfTheEnum() {
        assertThat(Sanction.of(REMINDER, ADMONITION, DEMERIT).heaviest()).contains(DEMERIT);
        assertThat(Sanction.of(DEMERIT, REFERRAL_SUPERVISORY).heaviest()).contains(REFERRAL_SUPERVISORY);
        assertThat(Sanction.of(CRITICISM, REMINDER).heaviest()).contains(CRITICISM);
    }

    @Example
    void of_keepsOnlyTheHeaviestGovernmentalSanction() {
        Sanction sanction = Sanction.of(WARNING, MAJOR_DEMERIT, DEMERIT, REMINDER);
        assertThat(sanction.kinds()).containsExactly(REMINDER, MAJOR_DEMERIT);
        assertThat(sanction.governmental()).contains(MAJOR_DEMERIT);
        assertThat(Sanction.of(REMINDER, CRITICISM).kinds()).containsExactly(REMINDER, CRITICISM);
    }

    @Example
    void of_rejectsNullKindsNamingTheirPlace() {
        assertThatNullPointerException().isThrownBy(() -> Sanction.of(null))
                .withMessageContaining("first kind");
        assertThatNullPointerException().isThrownBy(() -> Sanction.of(WARNING, (SanctionKind[]) null))
                .withMessageContaining("further kinds");
        assertThatNullPointerException().isThrownBy(() -> Sanction.of(WARNING, REMINDER, null))
                .withMessageContaining("further kind 2 must not be null");
    }

    @Example
    void combine_ofOneIsThatOne_ofNonesIsNone() {
        Sanction demerit = Sanction.of(DEMERIT, REMINDER);
        assertThat(Sanction.combine(List.of(demerit))).isSameAs(demerit);
        assertThat(Sanction.combine(List.of(Sanction.none(), Sanction.none()))).isSameAs(Sanction.none());
        assertThat(Sanction.combine(List.of(Sanction.of(WARNING), Sanction.of(DEMOTION))).kinds())
                .containsExactly(DEMOTION);
        assertThat(Sanction.combine(List.of(Sanction.of(WARNING), Sanction.of(REMINDER))).kinds())
                .containsExactly(REMINDER, WARNING);
    }

    @Example
    void heavier_judgesTheTwoReferralsAlike() {
        assertThat(Sanction.HEAVIER.compare(Sanction.of(REFERRAL_JUDICIAL), Sanction.of(REFERRAL_SUPERVISORY)))
                .isZero();
        assertThat(Sanction.HEAVIER.compare(Sanction.of(REFERRAL_SUPERVISORY), Sanction.of(EXPULSION)))
                .isPositive();
        assertThat(Sanction.HEAVIER.compare(Sanction.of(EXPULSION), Sanction.of(REFERRAL_JUDICIAL))).isNegative();
    }

    @Example
    void heavier_comparesKindByKindThenByCount() {
        assertThat(Sanction.HEAVIER.compare(Sanction.of(DEMERIT, CRITICISM), Sanction.of(DEMERIT, REMINDER)))
                .isPositive();
        assertThat(Sanction.HEAVIER.compare(Sanction.of(DEMERIT, REMINDER), Sanction.of(DEMERIT, CRITICISM)))
                .isNegative();
        assertThat(Sanction.HEAVIER.compare(Sanction.of(DEMERIT), Sanction.of(DEMERIT, REMINDER))).isNegative();
        assertThat(Sanction.HEAVIER.compare(Sanction.of(DEMERIT, REMINDER), Sanction.of(DEMERIT))).isPositive();
        assertThat(Sanction.HEAVIER.compare(Sanction.none(), Sanction.none())).isZero();
        assertThat(Sanction.HEAVIER.compare(Sanction.of(DEMOTION), Sanction.of(DISMISSAL_FROM_POST))).isNegative();
    }

    @Example
    void describe_joinsBothLanguagesHeaviestFirst() {
        BilingualText text = Sanction.of(REMINDER, WARNING).describe();
        assertThat(text.zh()).isEqualTo("警告（处分期6个月）、谈话提醒");
        assertThat(text.en()).isEqualTo("warning (6 months), talk and reminder");
        assertThat(Sanction.of(REMINDER, WARNING)).hasToString("警告（处分期6个月）、谈话提醒");
        assertThat(Sanction.none().describe().en()).isEqualTo("no sanction");
        assertThat(Sanction.of(REMINDER).describe()).isEqualTo(REMINDER.label());
    }

    @Example
    void kinds_carryGroupAndPeriod() {
        assertThat(WARNING.months()).hasValue(6);
        assertThat(REMINDER.months()).isEmpty();
        assertThat(REMINDER.describe()).isEqualTo(BilingualText.of("谈话提醒", "talk and reminder"));
        assertThat(EXPULSION.describe()).isEqualTo(EXPULSION.label());
        assertThat(DEMERIT.describe().en()).isEqualTo("demerit (12 months)");
        assertThat(WARNING.group()).isEqualTo(SanctionKind.Group.GOVERNMENTAL_SANCTION);
        assertThat(REFERRAL_JUDICIAL.group()).isEqualTo(SanctionKind.Group.REFERRAL);
        assertThat(REFERRAL_JUDICIAL.weight()).isEqualTo(REFERRAL_SUPERVISORY.weight());
        assertThat(EXPULSION.weight()).isLessThan(REFERRAL_SUPERVISORY.weight());
    }
}
