package io.github.quanze.discretion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LimitationTest {

    static final LocalDate DATE_2024_03_10 = LocalDate.of(2024, 3, 10);
    static final LocalDate DATE_2026_03_10 = LocalDate.of(2026, 3, 10);
    static final LegalInstrument TAX_LAW = LegalInstrument.builder().title("中华人民共和国税收征收管理法")
            .level(InstrumentLevel.LAW).adoptionDate(LocalDate.of(2015, 4, 24))
            .effectiveDate(LocalDate.of(2015, 4, 24)).build();
    static final Limitation ART_36 = Limitation.ofPenaltyLaw();

    @Example
    void check_onTheLastDay_isNotBarred() {
        LimitationResult result = ART_36.check(DATE_2024_03_10, DATE_2026_03_10, false);
        assertThat(result.lastDay()).isEqualTo(DATE_2026_03_10);
        assertThat(result.period()).isEqualTo(Period.ofYears(2));
        assertThat(result.isBarred()).isFalse();
        assertThat(result.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第三十六条第一款、第三十六条第二款");
        assertThat(result.text().zh()).isEqualTo("违法行为发生之日为2024-03-10，追责时效2年（一般情形），最后一日为2026-03-10；"
                + "2026-03-10发现，未超过追责时效。依据：《中华人民共和国行政处罚法》第三十六条第一款、第三十六条第二款。"
                + "（解释：期间按照民法典第二百零一条、第二百零二条计算，起算日不计入，最后一日不因节假日顺延）");
        assertThat(result.text().en()).startsWith("The act occurred on 2024-03-10; the limitation is 2 years (the "
                + "general case), its last day 2026-03-10; discovered on 2026-03-10, within the limitation.")
                .contains("Interpretation");
    }

    @Example
    void check_theDayAfter_isBarred() {
        LimitationResult result = ART_36.check(DATE_2024_03_10, DATE_2026_03_10.plusDays(1), false);
        assertThat(result.isBarred()).isTrue();
        assertThat(result.text().zh()).contains("2026-03-11发现，已超过追责时效，不再给予行政处罚");
        assertThat(result.text().en()).contains("the limitation has run and no penalty may be given");
    }

    @Example
    void check_fromALeapDay_endsAtTheMonthsEnd() {
        assertThat(ART_36.check(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 3, 1), false).lastDay())
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Example
    void checkContinuing_countsFromTheEnd() {
        LimitationResult result = ART_36.checkContinuing(LocalDate.of(2020, 1, 1), DATE_2024_03_10,
                DATE_2026_03_10, false);
        assertThat(result.isContinuing()).isTrue();
        assertThat(result.start()).isEqualTo(DATE_2024_03_10);
        assertThat(result.isBarred()).isFalse();
        assertThat(result.text().zh()).startsWith("违法行为终了之日为2024-03-10");
        assertThat(ART_36.checkContinuing(LocalDate.of(2020, 1, 1), DATE_2024_03_10, DATE_2026_03_10.plusDays(1),
                false).isBarred()).isTrue();
    }

    @Example
    void check_withGraveHarm_takesFiveYears() {
        LocalDate lastDay = LocalDate.of(2029, 3, 10);
        assertThat(ART_36.check(DATE_2024_03_10, lastDay, true).isBarred()).isFalse();
        LimitationResult late = ART_36.check(DATE_2024_03_10, lastDay.plusDays(1), true);
        assertThat(late.isBarred()).isTrue();
        assertThat(late.period()).isEqualTo(Period.ofYears(5));
        assertThat(late.text().zh()).contains("追责时效5年（涉及公民生命健康安全、金融安全且有危害后果）");
        // without harm, the same discovery is long barred
        assertThat(ART_36.check(DATE_2024_03_10, lastDay, false).isBarred()).isTrue();
    }

    @Example
    void underOtherLaw_appliesItsPeriodAndCitesIt() {
        Limitation tax = Limitation.underOtherLaw(Period.ofYears(5), LegalBasis.of(Provision.of(TAX_LAW, 86)));
        LimitationResult result = tax.check(DATE_2024_03_10, LocalDate.of(2029, 3, 10), false);
        assertThat(result.isBarred()).isFalse();
        assertThat(result.isOtherLaw()).isTrue();
        assertThat(tax.check(DATE_2024_03_10, LocalDate.of(2029, 3, 11), false).isBarred()).isTrue();
        assertThat(result.text().zh()).contains("追责时效5年（法律另有规定）")
                .contains("依据：《中华人民共和国税收征收管理法》第八十六条、《中华人民共和国行政处罚法》第三十六条第一款");
    }

    @Example
    void underOtherLaw_rejectsAZeroPeriod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Limitation.underOtherLaw(Period.ZERO, LegalBasis.of(Provision.of(TAX_LAW, 86))))
                .withMessageContaining("period must be positive, but was P0D");
    }

    @Example
    void check_rejectsDiscoveryBeforeTheAct() {
        assertThatIllegalArgumentException().isThrownBy(() -> ART_36.check(DATE_2024_03_10,
                DATE_2024_03_10.minusDays(1), false)).withMessage("Limitation: an act cannot be discovered on "
                + "2024-03-09, before it began on 2024-03-10");
        assertThatIllegalArgumentException().isThrownBy(() -> ART_36.checkContinuing(DATE_2024_03_10,
                DATE_2024_03_10.minusDays(1), DATE_2026_03_10, false)).withMessageContaining("cannot end on 2024-03-09");
    }

    @Property
    void barredExactlyAfterTheLastDay(@ForAll @IntRange(min = 0, max = 20000) int actDay,
            @ForAll @IntRange(min = 0, max = 3000) int days, @ForAll boolean grave) {
        LocalDate act = LocalDate.of(2000, 1, 1).plusDays(actDay);
        LimitationResult result = ART_36.check(act, act.plusDays(days), grave);
        assertThat(result.isBarred()).isEqualTo(act.plusDays(days).isAfter(act.plusYears(grave ? 5 : 2)));
        assertThat(result.lastDay()).isAfter(act);
    }
}
