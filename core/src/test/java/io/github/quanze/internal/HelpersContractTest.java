package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;

/** The shared helpers at their boundaries: amounts, required attributes, list copies and distinctness. */
class HelpersContractTest {

    @Example
    void yuan_acceptsUpToTheMaximumInWholeFen() {
        assertThat(Amounts.yuan("fine", new BigDecimal("1000000000000.00"))).isEqualByComparingTo(Amounts.MAX_YUAN);
        assertThatIllegalArgumentException().isThrownBy(() -> Amounts.yuan("fine",
                new BigDecimal("1000000000000.01"))).withMessage("fine must be at most 1000000000000.00 yuan, but was "
                        + "'1000000000000.01'");
        assertThat(Amounts.yuan("fine", BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> Amounts.yuan("fine", new BigDecimal("-0.01")))
                .withMessage("fine must not be negative, but was '-0.01' yuan");
        assertThat(Amounts.yuan("fine", new BigDecimal("12.300"))).isEqualTo(new BigDecimal("12.30"));
        assertThat(Amounts.yuan("fine", new BigDecimal("12.3")).scale()).isEqualTo(2);
        assertThatIllegalArgumentException().isThrownBy(() -> Amounts.yuan("fine", new BigDecimal("12.301")))
                .withMessage("fine must be a whole number of fen (at most 2 decimal places), but was '12.301' yuan");
        assertThatNullPointerException().isThrownBy(() -> Amounts.yuan("fine", null)).withMessage("fine");
    }

    @Example
    void required_setsEachAttributeOnceAndNamesEveryMissingOne() {
        Required required = new Required("Power");
        assertThat(required.once("code", "XK-001")).isEqualTo("XK-001");
        assertThat(required.once("name", "许可")).isEqualTo("许可");
        assertThatIllegalStateException().isThrownBy(() -> required.once("code", "XK-002"))
                .withMessage("Power builder: code is already set; a builder sets each attribute once");
        List<String> checked = new ArrayList<>();
        assertThat(new Required("Power").once("kind", "penalty", checked::add)).isEqualTo("penalty");
        assertThat(checked).containsExactly("penalty");
        Required refusing = new Required("Power");
        assertThatIllegalArgumentException().isThrownBy(() -> refusing.once("code", "bad", v -> {
            throw new IllegalArgumentException("bad code");
        }));
        assertThat(refusing.once("code", "good")).isEqualTo("good");
        assertThatIllegalStateException().isThrownBy(() -> required.present("code", "x", "name", null, "kind", null))
                .withMessage("Power: missing required fields [name, kind]");
        required.present("code", "x", "name", "y");
        required.present();
    }

    @Example
    void copyOf_namesTheNullElementAndKeepsAnImmutableList() {
        ImmutableList<String> immutable = ImmutableList.of("甲", "乙");
        assertThat(Lists.copyOf("posts", immutable)).isSameAs(immutable);
        List<String> mutable = new ArrayList<>(List.of("甲", "乙"));
        ImmutableList<String> copy = Lists.copyOf("posts", mutable);
        mutable.add("丙");
        assertThat(copy).containsExactly("甲", "乙");
        assertThatNullPointerException().isThrownBy(() -> Lists.copyOf("posts", Arrays.asList("甲", null)))
                .withMessage("posts[1] must not be null");
        assertThatNullPointerException().isThrownBy(() -> Lists.copyOf("posts", null)).withMessage("posts");
        assertThat(Lists.sortedCopyOf("posts", List.of("b", "a", "c"))).containsExactly("a", "b", "c");
    }

    @Example
    void addEach_addsAllOrNothing() {
        List<String> target = new ArrayList<>(List.of("甲"));
        assertThatNullPointerException().isThrownBy(() -> Lists.addEach("posts", target, Arrays.asList("乙", null)))
                .withMessage("posts element");
        assertThatNullPointerException().isThrownBy(() -> Lists.addEach("posts", target, "乙", null))
                .withMessage("posts element");
        assertThat(target).containsExactly("甲");
        Lists.addEach("posts", target, List.of("乙", "丙"));
        Lists.addEach("posts", target, "丁", "戊");
        assertThat(target).containsExactly("甲", "乙", "丙", "丁", "戊");
        assertThatNullPointerException().isThrownBy(() -> Lists.addEach("posts", target, (Iterable<String>) null))
                .withMessage("posts");
        assertThatNullPointerException().isThrownBy(() -> Lists.addEach("posts", target, (String[]) null))
                .withMessage("posts");
    }

    @Example
    void isDistinct_onBothSidesOfTheHashingSize() {
        assertThat(Lists.isDistinct(List.of())).isTrue();
        assertThat(Lists.isDistinct(List.of(1))).isTrue();
        assertThat(Lists.isDistinct(List.of(1, 2))).isTrue();
        assertThat(Lists.isDistinct(List.of(1, 1))).isFalse();
        assertThat(Lists.isDistinct(List.of(1, 2, 3, 4, 5, 6, 7, 8))).isTrue();
        assertThat(Lists.isDistinct(List.of(1, 2, 3, 4, 5, 6, 7, 1))).isFalse();
        assertThat(Lists.isDistinct(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9))).isTrue();
        assertThat(Lists.isDistinct(List.of(1, 2, 3, 4, 5, 6, 7, 8, 8))).isFalse();
        assertThat(Lists.isDistinct(List.of(1, 2, 3, 3, 5, 6, 7, 8))).isFalse();
    }
}
