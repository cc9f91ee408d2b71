package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.VOLUME_20_50;
import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2021;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

class ViolationItemTest {

    /** Retail without a licence, under the 2023 edition of the regulation. */
    static final ViolationItem RETAIL_WITHOUT_LICENCE = retail("YC-RETAIL", TOBACCO_REGULATION_2023).build();

    static ViolationItem.Builder retail(String code, io.github.quanze.basis.LegalInstrument regulation) {
        return ViolationItem.builder().code(code).name("无烟草专卖零售许可证经营烟草制品零售业务")
                .breached(LegalBasis.of(Provision.of(TOBACCO_LAW, 16)))
                .applied(LegalBasis.of(Provision.of(regulation, 57)))
                .addClause(PenaltyClause.of(PenaltyKind.CONFISCATION_OF_GAINS))
                .addClause(PenaltyClause.fine(VOLUME_20_50));
    }

    @Example
    void build_keepsTheStatutoryFrame() {
        assertThat(RETAIL_WITHOUT_LICENCE.fine()).contains(VOLUME_20_50);
        assertThat(RETAIL_WITHOUT_LICENCE.clause(PenaltyKind.LICENCE_REVOKED)).isEmpty();
        assertThat(RETAIL_WITHOUT_LICENCE.fineBoundsFor(Optional.of(yuan("1000"))).orElseThrow().max())
                .isEqualByComparingTo("500");
        assertThat(RETAIL_WITHOUT_LICENCE.clauses().get(1).text().zh()).isEqualTo("处违法经营额0.2倍以上0.5倍以下罚款");
        assertThat(PenaltyClause.optional(PenaltyKind.LICENCE_REVOKED).text().zh()).isEqualTo("可以吊销许可证件");
        assertThat(PenaltyClause.optional(PenaltyKind.LICENCE_REVOKED).text().en())
                .isEqualTo("optionally revocation of a licence");
        assertThat(RETAIL_WITHOUT_LICENCE.toBuilder().build()).isEqualTo(RETAIL_WITHOUT_LICENCE);
    }

    @Example
    void build_namesEveryMissingField() {
        assertThatIllegalStateException().isThrownBy(() -> ViolationItem.builder().code("X").build())
                .withMessage("ViolationItem: missing required fields [name, breached, applied, clauses]");
    }

    @Example
    void addClause_refusesASecondClauseOfAKind_andTheBuilderStaysUsable() {
        ViolationItem.Builder builder = retail("YC-RETAIL", TOBACCO_REGULATION_2023);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.addClause(PenaltyClause.optionalFine(FineRange.atMost(yuan("100")))))
                .withMessage("Violation item 'YC-RETAIL' already has a clause of the kind FINE; a statute allows each "
                        + "kind once");
        assertThat(builder.addClause(PenaltyClause.optional(PenaltyKind.LICENCE_REVOKED)).build().clauses())
                .hasSize(3);
    }

    @Example
    void code_refusesABlankValue_andTheBuilderStaysUsable() {
        ViolationItem.Builder builder = ViolationItem.builder();
        assertThatIllegalArgumentException().isThrownBy(() -> builder.code(" "))
                .withMessageContaining("Violation item code").withMessageContaining("' '");
        assertThat(builder.code("YC-1")).isSameAs(builder);
    }

    @Example
    void clause_refusesARangeOnAnotherKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PenaltyClause(PenaltyKind.WARNING, true, Optional.of(VOLUME_20_50)))
                .withMessageContaining("Penalty clause WARNING").withMessageContaining("违法经营额0.2倍以上0.5倍以下罚款");
        assertThatIllegalArgumentException().isThrownBy(() -> PenaltyClause.of(PenaltyKind.FINE))
                .withMessageContaining("but was none");
    }

    @Example
    void fineBoundsFor_namesTheItem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RETAIL_WITHOUT_LICENCE.fineBoundsFor(Optional.of(yuan("0.001"))))
                .withMessageStartingWith("Violation item 'YC-RETAIL': Fine base amount").withMessageContaining("0.001");
    }

    @Example
    void frame_refusesDuplicateCodes() {
        ViolationItem other = retail("YC-RETAIL", TOBACCO_REGULATION_2021).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatutoryFrame.of(List.of(RETAIL_WITHOUT_LICENCE, other)))
                .withMessage("Statutory frame: code 'YC-RETAIL' is used by two items, '无烟草专卖零售许可证经营烟草制品零售业务' "
                        + "and '无烟草专卖零售许可证经营烟草制品零售业务'");
    }

    @Example
    void frame_looksUpByCode_andKnowsTheEditions() {
        ViolationItem old = retail("YC-RETAIL-2021", TOBACCO_REGULATION_2021).build();
        StatutoryFrame frame = StatutoryFrame.of(List.of(old, RETAIL_WITHOUT_LICENCE));
        assertThat(frame.item("YC-RETAIL")).contains(RETAIL_WITHOUT_LICENCE);
        assertThat(frame.item("nope")).isEmpty();
        assertThat(frame.itemsInForceOn(LocalDate.of(2022, 1, 1))).containsExactly(old);
        assertThat(frame.itemsInForceOn(LocalDate.of(2024, 1, 1))).containsExactly(RETAIL_WITHOUT_LICENCE);
        assertThat(frame.instruments()).containsExactly(TOBACCO_LAW, TOBACCO_REGULATION_2021, TOBACCO_REGULATION_2023);
    }
}
