package io.github.quanze.sanction;

import static io.github.quanze.sanction.SanctionKind.DEMERIT;
import static io.github.quanze.sanction.SanctionKind.MAJOR_DEMERIT;
import static io.github.quanze.sanction.SanctionKind.OFF_POST_TRAINING;
import static io.github.quanze.sanction.SanctionKind.QUALIFICATION_REVOKED;
import static io.github.quanze.sanction.SanctionKind.WARNING;
import static io.github.quanze.sanction.SanctionKind.WRITTEN_SELF_CRITICISM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;

class SanctionTest {

    @Example
    void combine_keepsTheHeaviestGovernmentalSanctionAndEveryMeasure() {
        Sanction combined = Sanction.combine(List.of(Sanction.of(OFF_POST_TRAINING, WARNING),
                Sanction.of(MAJOR_DEMERIT), Sanction.of(QUALIFICATION_REVOKED)));
        assertThat(combined.kinds()).containsExactly(OFF_POST_TRAINING, QUALIFICATION_REVOKED, MAJOR_DEMERIT);
        assertThat(combined.governmental()).contains(MAJOR_DEMERIT);
        assertThat(Sanction.combine(List.of())).isEqualTo(Sanction.none());
    }

    @Example
    void heavier_comparesHeaviestMeasureFirst() {
        assertThat(Sanction.HEAVIER.compare(Sanction.of(WARNING), Sanction.of(QUALIFICATION_REVOKED))).isPositive();
        assertThat(Sanction.HEAVIER.compare(Sanction.of(WARNING, OFF_POST_TRAINING), Sanction.of(WARNING))).isPositive();
        assertThat(Sanction.HEAVIER.compare(Sanction.none(), Sanction.of(WRITTEN_SELF_CRITICISM))).isNegative();
        assertThat(Sanction.HEAVIER.compare(Sanction.of(DEMERIT), Sanction.of(DEMERIT))).isZero();
    }

    @Example
    void describe_givesGovernmentalSanctionsTheirPeriod() {
        assertThat(Sanction.of(OFF_POST_TRAINING, MAJOR_DEMERIT).describe().zh())
                .isEqualTo("记大过（处分期18个月）、离岗培训");
        assertThat(Sanction.of(SanctionKind.EXPULSION).describe().en()).isEqualTo("expulsion");
        assertThat(Sanction.none().describe().zh()).isEqualTo("不予追究责任");
        assertThat(SanctionKind.DISMISSAL_FROM_POST.months()).hasValue(24);
        assertThat(SanctionKind.EXPULSION.months()).isEmpty();
    }
}
