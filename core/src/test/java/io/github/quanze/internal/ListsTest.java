package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;

class ListsTest {

    @Example
    void copyOf_keepsTheOrderAndIsNotChangedByTheOriginal() {
        List<String> original = new ArrayList<>(List.of("b", "a"));
        List<String> copy = Lists.copyOf("values", original);
        original.add("c");
        assertThat(copy).containsExactly("b", "a");
    }

    @Example
    void copyOf_namesANullCollectionOrElement() {
        assertThatNullPointerException().isThrownBy(() -> Lists.copyOf("provisions", null)).withMessage("provisions");
        assertThatNullPointerException().isThrownBy(() -> Lists.copyOf("provisions", Arrays.asList("a", null)))
                .withMessage("provisions[1] must not be null");
    }

    @Example
    void copyOf_returnsAnImmutableListAsItIs() {
        ImmutableList<String> immutable = ImmutableList.of("a", "b");
        assertThat(Lists.copyOf("values", immutable)).isSameAs(immutable);
    }

    @Example
    void sortedCopyOf_sortsByNaturalOrder() {
        assertThat(Lists.sortedCopyOf("codes", List.of("B", "A", "C"))).containsExactly("A", "B", "C");
        assertThatNullPointerException().isThrownBy(() -> Lists.sortedCopyOf("codes", Arrays.asList("A", null)))
                .withMessage("codes[1] must not be null");
    }

    @Example
    void addEach_addsAllOrNoneAndNamesANullElement() {
        List<String> target = new ArrayList<>(List.of("a"));
        Lists.addEach("duties", target, "b", "c");
        Lists.addEach("duties", target, List.of("d"));
        assertThat(target).containsExactly("a", "b", "c", "d");
        assertThatNullPointerException().isThrownBy(() -> Lists.addEach("duties", target, "e", null))
                .withMessage("duties element");
        assertThatNullPointerException().isThrownBy(() -> Lists.addEach("duties", target, Arrays.asList("e", null)))
                .withMessage("duties element");
        assertThatNullPointerException().isThrownBy(() -> Lists.addEach("duties", target, (String[]) null))
                .withMessage("duties");
        assertThatNullPointerException().isThrownBy(() -> Lists.addEach("duties", target, (List<String>) null))
                .withMessage("duties");
        assertThat(target).as("nothing added by the calls that threw").containsExactly("a", "b", "c", "d");
    }
}
