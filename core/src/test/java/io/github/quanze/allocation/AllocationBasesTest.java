package io.github.quanze.allocation;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_COERCION;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_LICENSING;
import static io.github.quanze.power.PowerKind.ADMINISTRATIVE_PENALTY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Provision;
import io.github.quanze.power.PowerKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * The provisions each allocation finding cites, by the kinds of power it concerns: 行政处罚法 (2021) Art 17 (within
 * the agency's competence), Art 42(1) (two certified officers), Art 57(1) (the head decides), Art 58(1) (legality
 * review); 行政强制法 Art 17(1) (not entrusted), Art 17(3) (qualified officers), Art 18 items 1 (the head approves)
 * and 2 (two officers); and the opinions on the responsibility system (国办发〔2005〕37号) for every finding.
 */
class AllocationBasesTest {

    private static final Provision OPINIONS = Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS);
    private static final Set<PowerKind> PENALTY = EnumSet.of(ADMINISTRATIVE_PENALTY);
    private static final Set<PowerKind> COERCION = EnumSet.of(ADMINISTRATIVE_COERCION);
    private static final Set<PowerKind> BOTH = EnumSet.of(ADMINISTRATIVE_PENALTY, ADMINISTRATIVE_COERCION);
    private static final Set<PowerKind> LICENSING = EnumSet.of(ADMINISTRATIVE_LICENSING);

    private static Provision penalty(int article, int paragraph) {
        return Provision.of(ADMINISTRATIVE_PENALTY_LAW, article, paragraph);
    }

    private static Provision coercion(int article, int paragraph) {
        return Provision.of(ADMINISTRATIVE_COERCION_LAW, article, paragraph);
    }

    private static Provision coercionItem(int article, int item) {
        return Provision.ofItem(ADMINISTRATIVE_COERCION_LAW, article, item);
    }

    @Example
    void separationCitesTheHeadsDecisionForEachKind() {
        assertThat(AllocationBases.separation(PENALTY).provisions()).containsExactly(OPINIONS, penalty(57, 1));
        assertThat(AllocationBases.separation(COERCION).provisions()).containsExactly(OPINIONS, coercionItem(18, 1));
        assertThat(AllocationBases.separation(BOTH).provisions()).containsExactly(OPINIONS, penalty(57, 1),
                coercionItem(18, 1));
        assertThat(AllocationBases.separation(LICENSING).provisions()).containsExactly(OPINIONS);
    }

    @Example
    void selfReviewCitesTheLegalityReviewOfPenaltiesOnly() {
        assertThat(AllocationBases.selfReview(PENALTY).provisions()).containsExactly(OPINIONS, penalty(58, 1));
        assertThat(AllocationBases.selfReview(BOTH).provisions()).containsExactly(OPINIONS, penalty(58, 1));
        assertThat(AllocationBases.selfReview(COERCION).provisions()).containsExactly(OPINIONS);
    }

    @Example
    void approverCitesTheHeadOfEachKind() {
        assertThat(AllocationBases.approver(ADMINISTRATIVE_PENALTY).provisions()).containsExactly(penalty(57, 1));
        assertThat(AllocationBases.approver(ADMINISTRATIVE_COERCION).provisions()).containsExactly(coercionItem(18, 1));
    }

    @Example
    void certifiedAndTwoOfficersCiteTheirArticles() {
        assertThat(AllocationBases.certified(PENALTY).provisions()).containsExactly(OPINIONS, penalty(42, 1));
        assertThat(AllocationBases.certified(COERCION).provisions()).containsExactly(OPINIONS, coercion(17, 3));
        assertThat(AllocationBases.certified(BOTH).provisions()).containsExactly(OPINIONS, penalty(42, 1),
                coercion(17, 3));
        assertThat(AllocationBases.twoOfficers(PENALTY).provisions()).containsExactly(penalty(42, 1));
        assertThat(AllocationBases.twoOfficers(BOTH).provisions()).containsExactly(penalty(42, 1), coercionItem(18, 2));
        assertThat(AllocationBases.twoOfficers(COERCION).provisions()).containsExactly(coercionItem(18, 2));
    }

    @Example
    void ownAgencyCitesCompetenceAndNoEntrusting() {
        assertThat(AllocationBases.ownAgency(PENALTY).provisions()).containsExactly(OPINIONS,
                Provision.of(ADMINISTRATIVE_PENALTY_LAW, 17));
        assertThat(AllocationBases.ownAgency(COERCION).provisions()).containsExactly(OPINIONS, coercion(17, 1));
        assertThat(AllocationBases.ownAgency(LICENSING).provisions()).containsExactly(OPINIONS);
    }

    @Example
    void eachIssueCitesEveryProvisionItsFindingsMayCite() {
        assertThat(AllocationBases.of(AllocationIssue.HANDLER_ALSO_APPROVES).provisions()).containsExactly(OPINIONS,
                penalty(57, 1), coercionItem(18, 1));
        assertThat(AllocationBases.of(AllocationIssue.HANDLER_ALSO_REVIEWS).provisions()).containsExactly(OPINIONS,
                penalty(58, 1));
        assertThat(AllocationBases.of(AllocationIssue.NO_APPROVER).provisions()).containsExactly(penalty(57, 1),
                coercionItem(18, 1));
        assertThat(AllocationBases.of(AllocationIssue.NO_CERTIFIED_OFFICER).provisions()).containsExactly(OPINIONS,
                penalty(42, 1), coercion(17, 3));
        assertThat(AllocationBases.of(AllocationIssue.FEWER_THAN_TWO_CERTIFIED).provisions())
                .containsExactly(penalty(42, 1), coercionItem(18, 2));
        assertThat(AllocationBases.of(AllocationIssue.FOREIGN_POST).provisions()).containsExactly(OPINIONS,
                Provision.of(ADMINISTRATIVE_PENALTY_LAW, 17), coercion(17, 1));
        for (AllocationIssue issue : List.of(AllocationIssue.UNALLOCATED, AllocationIssue.NO_HANDLER,
                AllocationIssue.UNKNOWN_POWER, AllocationIssue.UNKNOWN_POST, AllocationIssue.CHECK_FAILED,
                AllocationIssue.SPLIT_WITHOUT_LEAD)) {
            assertThat(AllocationBases.of(issue).provisions()).as("%s", issue).containsExactly(OPINIONS);
        }
    }
}
