package io.github.quanze.rule;

import static io.github.quanze.rule.TestTables.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.TestTables.Facts;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/** 从旧兼从轻 at its edges: no outcome, equal outcomes, versions given out of order, and what a book rejects. */
class RuleBookContractTest {

    private static final LegalBasis LEX_MITIOR = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 37));
    private static final LocalDate CHANGE = LocalDate.of(2021, 7, 15);
    private static final LocalDate ACT = LocalDate.of(2020, 5, 10);
    private static final LocalDate DECIDED = LocalDate.of(2021, 9, 1);
    private static final Facts MID = new Facts(TestTables.Level.MID, TestTables.Color.RED, false, 1);

    /** A table that gives its outcome to every input. */
    private static DecisionTable<Facts, Integer> flat(String name, int outcome) {
        return TestTables.builder(name, HitPolicy.FIRST).row(ref("ALL")).then(outcome).build()
                .compile(TestTables.SCHEMA);
    }

    /** A table that gives no outcome at level MID: the act is not punished under it. */
    private static DecisionTable<Facts, Integer> none(String name) {
        return TestTables.builder(name, HitPolicy.FIRST).row(ref("HIGH")).when("level", Cell.is(TestTables.Level.HIGH))
                .then(9).build().compile(TestTables.SCHEMA);
    }

    private static RuleBook.Builder<Facts, Integer> builder() {
        return RuleBook.<Facts, Integer>builder("处理规则", Comparator.naturalOrder(), LEX_MITIOR);
    }

    private static RuleBook<Facts, Integer> book(DecisionTable<Facts, Integer> old, DecisionTable<Facts, Integer> now) {
        return builder().version("旧规", LocalDate.of(2015, 1, 1), CHANGE, old).version("新规", CHANGE, now).build();
    }

    @Example
    void aLaterVersionThatNoLongerPunishesTheActIsLighter() {
        Decision<Integer> decision = book(flat("旧", 2), none("新")).decide(MID, ACT, DECIDED);
        assertThat(decision.outcome()).isEmpty();
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.LIGHTER_LATER_VERSION);
        assertThat(decision.version().orElseThrow().applied()).isEqualTo("新规");
    }

    @Example
    void aLaterVersionThatPunishesWhatTheOldDidNotIsNotApplied() {
        Decision<Integer> decision = book(none("旧"), flat("新", 1)).decide(MID, ACT, DECIDED);
        assertThat(decision.outcome()).isEmpty();
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.ACT_TIME_VERSION);
        assertThat(decision.version().orElseThrow().applied()).isEqualTo("旧规");
        Decision<Integer> neither = book(none("旧"), none("新")).decide(MID, ACT, DECIDED);
        assertThat(neither.version().orElseThrow().reason()).isEqualTo(VersionReason.ACT_TIME_VERSION);
    }

    @Example
    void anEqualOutcomeKeepsTheActTimeVersion() {
        Decision<Integer> decision = book(flat("旧", 2), flat("新", 2)).decide(MID, ACT, DECIDED);
        assertThat(decision.outcome()).contains(2);
        assertThat(decision.version().orElseThrow().reason()).isEqualTo(VersionReason.ACT_TIME_VERSION);
        assertThat(decision.version().orElseThrow().applied()).isEqualTo("旧规");
    }

    @Example
    void versionsGivenOutOfOrderAreKeptInOrderOfTheirStart() {
        RuleBook<Facts, Integer> book = builder().version("新规", CHANGE, flat("新", 1))
                .version("旧规", LocalDate.of(2015, 1, 1), CHANGE, flat("旧", 2)).build();
        assertThat(book.versions()).extracting(RuleBook.Version::source).containsExactly("旧规", "新规");
        assertThat(book.decide(MID, ACT, DECIDED).version().orElseThrow().applied()).isEqualTo("新规");
        assertThat(book).isEqualTo(book(flat("旧", 2), flat("新", 1)));
    }

    @Example
    void versionsWhosePeriodsOverlapAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> builder()
                        .version("A", LocalDate.of(2015, 1, 1), LocalDate.of(2022, 1, 1), flat("A", 1))
                        .version("B", CHANGE, flat("B", 1)).build())
                .withMessage("Rule book '处理规则': versions 'A' (from 2015-01-01 until 2022-01-01) and 'B' (from "
                        + "2021-07-15) overlap");
        // one ending the day the next starts does not overlap it
        assertThat(builder().version("A", LocalDate.of(2015, 1, 1), CHANGE, flat("A", 1))
                .version("B", CHANGE, flat("B", 1)).build().versions()).hasSize(2);
    }

    @Example
    void aBookNeedsANameAndAVersion() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleBook.<Facts, Integer>builder(" ",
                        Comparator.naturalOrder(), LEX_MITIOR).version("A", CHANGE, flat("A", 1)).build())
                .withMessage("Rule book name must not be blank, but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> builder().build())
                .withMessage("Rule book '处理规则' must have at least one version");
    }

    @Example
    void aDateNoVersionCoversIsNamedWithTheVersions() {
        RuleBook<Facts, Integer> book = book(flat("旧", 3), flat("新", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> book.decide(MID, LocalDate.of(2010, 1, 1), DECIDED))
                .withMessage("Rule book '处理规则' has no version in force on the act date 2010-01-01 (versions: "
                        + "['旧规' from 2015-01-01, '新规' from 2021-07-15])");
    }

    @Example
    void aBookPrintsItsNameAndNumberOfVersions() {
        assertThat(book(flat("旧", 3), flat("新", 1))).hasToString("RuleBook{处理规则, 2 versions}");
        assertThat(builder().version("A", CHANGE, flat("A", 1)).build()).hasToString("RuleBook{处理规则, 1 versions}");
    }

    @Example
    void unequalBooksSpreadOverHashCodes() {
        DecisionTable<Facts, Integer> old = flat("旧", 3);
        DecisionTable<Facts, Integer> now = flat("新", 1);
        List<RuleBook<Facts, Integer>> books = List.of(book(old, now), book(old, flat("新", 2)),
                builder().version("新规", CHANGE, now).build(),
                RuleBook.<Facts, Integer>builder("另一规则", Comparator.naturalOrder(), LEX_MITIOR)
                        .version("新规", CHANGE, now).build());
        assertThat(Set.copyOf(books)).hasSize(books.size());
        assertThat(books.stream().map(RuleBook::hashCode).collect(Collectors.toSet())).hasSizeGreaterThan(1);
    }
}
