package io.github.quanze.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ChoicesTest {

    @Property
    void nextIntStaysWithinItsBound(@ForAll @IntRange(min = 1, max = 1000) int bound, @ForAll long seed) {
        Choices choices = Shrinking.shrink(Choices.of(8), c -> true, seed);
        for (int i = 0; i < 20; i++) {
            assertThat(choices.nextInt(bound)).isBetween(0, bound - 1);
        }
    }

    @Example
    void shrunkChoicesTakeTheFirstOptionAndLeaveAListInOrder() {
        Choices choices = Shrinking.shrink(Choices.of(8), c -> true, 42);
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5));

        choices.shuffle(list);

        assertThat(list).containsExactly(1, 2, 3, 4, 5);
        assertThat(choices.nextInt(7)).isZero();
        assertThat(choices.nextBoolean()).isFalse();
        assertThat(choices.pick(List.of("a", "b"))).isEqualTo("a");
        assertThat(Choices.first().nextInt(3)).isZero();
    }

    @Example
    void unshrunkChoicesDoReorder() {
        boolean reordered = false;
        for (long seed = 0; seed < 20 && !reordered; seed++) {
            Choices choices = Samples.draw(Choices.of(8), 1, seed).get(0);
            List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5));
            choices.shuffle(list);
            assertThat(list).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
            reordered = !list.equals(List.of(1, 2, 3, 4, 5));
        }
        assertThat(reordered).isTrue();
    }

    @Example
    void badBoundsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Choices.of(0)).withMessageContaining("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> Choices.first().nextInt(0))
                .withMessageContaining("bound must be positive, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Choices.first().pick(List.of()))
                .withMessageContaining("no options");
    }

    @Example
    void aShuffleReadsOneChoicePerPlaceButTheFirstAndChoicesShowTheirValues() {
        Choices shuffled = Shrinking.shrink(Choices.of(8), c -> true, 7);
        Choices read = Shrinking.shrink(Choices.of(8), c -> true, 7);
        Choices drawn = Samples.draw(Choices.of(8), 1, 8).get(0);
        Choices same = Samples.draw(Choices.of(8), 1, 8).get(0);

        drawn.shuffle(new ArrayList<>(List.of(1, 2, 3)));
        same.nextInt(1);
        same.nextInt(1);
        assertThat(drawn.nextInt(1 << 20)).isEqualTo(same.nextInt(1 << 20));
        assertThat(shuffled.toString()).isEqualTo(read.toString()).startsWith("Choices[");
        assertThat(Choices.first()).hasToString("Choices[0]");
    }
}
