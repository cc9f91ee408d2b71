package io.github.quanze.procedure;

import static io.github.quanze.procedure.Cases.CHEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.Disposition;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** What a violation must carry beyond its parameters' types: which variant of its message it is. */
class ProcedureViolationChecksTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 19);
    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 5));
    private static final Involvement HEAD = new Involvement(CHEN, "陈立新", Role.APPROVER);

    private static ProcedureViolation violation(ViolationKind kind, Parameters details) {
        return new ProcedureViolation(kind, StepKind.DECISION, DAY, List.of(HEAD), details, BASIS, List.of());
    }

    /** A penalty given where the standard's 不予处罚 tier applies: 警告 for an act of the standard's item. */
    private static Parameters.Builder againstStandard() {
        return Parameters.builder().put("item", "无证运输烟草专卖品").put("penalties", List.of(PenaltyKind.WARNING))
                .put("disposition", Disposition.PENALTY).put("standard", "某省烟草专卖行政处罚裁量基准");
    }

    @Example
    void aPenaltyAgainstTheStandardNamesTheTiersRowOrAFirstOffence() {
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.PENALTY_AGAINST_STANDARD,
                        againstStandard().build()))
                .withMessage("PROCEDURE.PENALTY_AGAINST_STANDARD: names the row of the standard's 不予处罚 tier or its "
                        + "list of first offences, but had neither");
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.PENALTY_AGAINST_STANDARD,
                        againstStandard().put("grounds", List.of(RulingGround.UNDER_FOURTEEN)).build()))
                .withMessageContaining("but had neither");

        assertThat(violation(ViolationKind.PENALTY_AGAINST_STANDARD, againstStandard().put("row", "第3行").build())
                .details().text("row")).isEqualTo("第3行");
        assertThat(violation(ViolationKind.PENALTY_AGAINST_STANDARD, againstStandard()
                .put("grounds", List.of(RulingGround.UNDER_FOURTEEN, RulingGround.FIRST_OFFENCE)).build())
                .details().list("grounds")).hasSize(2);
    }

    /** A fine outside the tier of a standard that set aside another one. */
    private static Parameters.Builder outsideTier() {
        return Parameters.builder().put("item", "无证运输烟草专卖品").put("fine", new BigDecimal("5000"))
                .put("min", new BigDecimal("1000")).put("max", new BigDecimal("3000")).put("tier", TierLevel.LIGHTER)
                .put("row", "第2行").put("standard", "某市烟草专卖行政处罚裁量基准");
    }

    @Example
    void aStandardSetAsideIsNamedWithItsRowAndRangeOrNotAtAll() {
        String message = "PROCEDURE.FINE_OUTSIDE_TIER: the standard set aside is named with its row and range, all or "
                + "none";
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.FINE_OUTSIDE_TIER,
                outsideTier().put("setAside", "某省基准").build())).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> violation(ViolationKind.FINE_OUTSIDE_TIER,
                outsideTier().put("setAside", "某省基准").put("setAsideRow", "第4行")
                        .put("setAsideMin", new BigDecimal("500")).build())).withMessage(message);

        assertThat(violation(ViolationKind.FINE_OUTSIDE_TIER, outsideTier().build()).details().has("setAside"))
                .isFalse();
        assertThat(violation(ViolationKind.FINE_OUTSIDE_TIER, outsideTier().put("setAside", "某省基准")
                .put("setAsideRow", "第4行").put("setAsideMin", new BigDecimal("500"))
                .put("setAsideMax", new BigDecimal("2000")).build()).details().text("setAside")).isEqualTo("某省基准");
    }
}
