package io.github.quanze.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import io.github.quanze.text.Parameters;
import java.util.List;
import net.jqwik.api.Example;

/** Findings sort by issue, then by their powers, posts and officers as lists (a shorter prefix first), then text. */
class AllocationFindingOrderTest {

    private static final LegalBasis BASIS = LegalBasis.of(
            Provision.wholeOf(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS));
    private static final PowerCode CF1 = PowerCode.of("CF-001");
    private static final PowerCode CF2 = PowerCode.of("CF-002");
    private static final PostId JC = PostId.of("JC");
    private static final PostId XK = PostId.of("XK");

    private static AllocationFinding noHandler(List<PowerCode> powers, List<PostId> posts) {
        return AllocationFinding.of(AllocationIssue.NO_HANDLER, powers, posts,
                Parameters.builder().put("powerName", "对无证运输的处罚").build(), BASIS);
    }

    @Example
    void powersCompareElementByElementAndAShorterPrefixFirst() {
        AllocationFinding one = noHandler(List.of(CF1), List.of(JC));
        AllocationFinding two = noHandler(List.of(CF2), List.of(JC));
        AllocationFinding both = noHandler(List.of(CF1, CF2), List.of(JC));

        assertThat(one.compareTo(two)).isNegative();
        assertThat(two.compareTo(one)).isPositive();
        assertThat(one.compareTo(both)).isNegative();
        assertThat(both.compareTo(one)).isPositive();
        assertThat(both.compareTo(two)).isNegative();
        assertThat(one.compareTo(noHandler(List.of(CF1), List.of(JC)))).isZero();
    }

    @Example
    void postsDecideWhenPowersAreEqual() {
        AllocationFinding jc = noHandler(List.of(CF1), List.of(JC));
        AllocationFinding xk = noHandler(List.of(CF1), List.of(XK));
        AllocationFinding jcAndXk = noHandler(List.of(CF1), List.of(JC, XK));

        assertThat(jc.compareTo(xk)).isNegative();
        assertThat(xk.compareTo(jc)).isPositive();
        assertThat(jc.compareTo(jcAndXk)).isNegative();
        assertThat(jcAndXk.compareTo(jc)).isPositive();
        assertThat(jcAndXk.compareTo(xk)).isNegative();
        // the powers come first: CF-002 at JC after CF-001 at XK
        assertThat(noHandler(List.of(CF2), List.of(JC)).compareTo(xk)).isPositive();
    }

    @Example
    void theIssueComesFirstAndListsAreKeptSorted() {
        AllocationFinding unallocated = AllocationFinding.of(AllocationIssue.UNALLOCATED, List.of(CF2), List.of(),
                Parameters.builder().put("powerName", "对无证运输的处罚")
                        .put("kind", io.github.quanze.power.PowerKind.ADMINISTRATIVE_PENALTY).build(), BASIS);

        assertThat(unallocated.compareTo(noHandler(List.of(CF1), List.of(JC)))).isNegative();
        assertThat(noHandler(List.of(CF2, CF1), List.of(XK, JC)).powers()).containsExactly(CF1, CF2);
        assertThat(noHandler(List.of(CF2, CF1), List.of(XK, JC)).posts()).containsExactly(JC, XK);
    }
}
