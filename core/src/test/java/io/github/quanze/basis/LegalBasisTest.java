package io.github.quanze.basis;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.testing.Fixtures.DATE_2024_01_01;
import static io.github.quanze.testing.Fixtures.TOBACCO_LAW;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2021;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import net.jqwik.api.Example;

class LegalBasisTest {

    @Example
    void toString_sharesTheTitleAcrossConsecutiveProvisions() {
        LegalBasis basis = LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 42, 1),
                Provision.of(ADMINISTRATIVE_PENALTY_LAW, 76, 1, 5), Provision.of(TOBACCO_LAW, 31));
        assertThat(basis).hasToString("《中华人民共和国行政处罚法》第四十二条第一款、第七十六条第一款第（五）项、"
                + "《中华人民共和国烟草专卖法》第三十一条");
        assertThat(basis.toEnglish()).isEqualTo("Arts 42(1) and 76(1)(5), Administrative Penalty Law of the People's "
                + "Republic of China; Art 31, Tobacco Monopoly Law of the People's Republic of China");
    }

    @Example
    void create_rejectsEmptyAndDuplicates() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LegalBasis(List.of()))
                .withMessageContaining("at least one provision");
        Provision p = Provision.of(TOBACCO_LAW, 31);
        assertThatIllegalArgumentException().isThrownBy(() -> LegalBasis.of(p, p))
                .withMessageContaining("must not cite a provision twice");
    }

    @Example
    void and_appendsOnlyNewProvisions() {
        Provision a = Provision.of(TOBACCO_LAW, 31);
        Provision b = Provision.of(TOBACCO_LAW, 29);
        assertThat(LegalBasis.of(a).and(LegalBasis.of(b, a)).provisions()).containsExactly(a, b);
    }

    @Example
    void notInForceOn_listsProvisionsOfRepealedInstruments() {
        Provision stale = Provision.of(TOBACCO_REGULATION_2021, 54);
        LegalBasis basis = LegalBasis.of(Provision.of(TOBACCO_LAW, 31), stale);
        assertThat(basis.notInForceOn(DATE_2024_01_01)).containsExactly(stale);
        assertThat(basis.cites(TOBACCO_REGULATION_2021)).isTrue();
    }
}
