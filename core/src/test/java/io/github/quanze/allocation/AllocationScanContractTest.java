package io.github.quanze.allocation;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.CATALOGUE;
import static io.github.quanze.testing.Fixtures.CODE_WHOLESALE_PENALTY;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_DIRECTOR;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.POST_LICENCE;
import static io.github.quanze.testing.Fixtures.POST_SECTION_CHIEF;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/** The audit's findings on one power's handling posts, each naming the posts by label (identifier and name). */
class AllocationScanContractTest {

    private static final LocalDate DATE_2024_02_01 = LocalDate.of(2024, 2, 1);

    /** Every power but the wholesale penalty: the inspector post leads, the chief reviews, the director approves. */
    private static List<Allocation> othersClean() {
        return CATALOGUE.powers().stream().filter(p -> !p.code().equals(CODE_WHOLESALE_PENALTY))
                .flatMap(p -> List.of(Allocation.leadHandler(p.code(), POST_INSPECTOR),
                        Allocation.of(p.code(), POST_SECTION_CHIEF, PostRole.REVIEWER),
                        Allocation.of(p.code(), POST_DIRECTOR, PostRole.APPROVER)).stream())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static AllocationReport audit(List<Allocation> table, Allocation... wholesale) {
        table.addAll(List.of(wholesale));
        return AllocationAudit.run(CATALOGUE, ORGANIZATION, AllocationTable.builder(AGENCY_CITY).addAll(table)
                .build(), DATE_2024_02_01);
    }

    @Example
    void oneHandlerNeedsNoLead() {
        AllocationReport report = audit(othersClean(), Allocation.handler(CODE_WHOLESALE_PENALTY, POST_INSPECTOR),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_SECTION_CHIEF, PostRole.REVIEWER),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_DIRECTOR, PostRole.APPROVER));

        assertThat(report.findings()).isEmpty();
    }

    @Example
    void twoHandlersWithoutALeadNameBothPostsByLabel() {
        AllocationReport report = audit(othersClean(), Allocation.handler(CODE_WHOLESALE_PENALTY, POST_INSPECTOR),
                Allocation.handler(CODE_WHOLESALE_PENALTY, POST_LICENCE),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_SECTION_CHIEF, PostRole.REVIEWER),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_DIRECTOR, PostRole.APPROVER));

        assertThat(report.findings(AllocationIssue.SPLIT_WITHOUT_LEAD)).singleElement().satisfies(f -> {
            assertThat(f.posts()).containsExactly(POST_INSPECTOR, POST_LICENCE);
            assertThat(f.parameters().list("postLabels"))
                    .isEqualTo(List.of("INSPECTOR「专卖稽查岗」", "LICENCE「许可证管理岗」"));
        });
        // two handlers with one lead are lawful
        AllocationReport led = audit(othersClean(), Allocation.leadHandler(CODE_WHOLESALE_PENALTY, POST_INSPECTOR),
                Allocation.handler(CODE_WHOLESALE_PENALTY, POST_LICENCE),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_SECTION_CHIEF, PostRole.REVIEWER),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_DIRECTOR, PostRole.APPROVER));
        assertThat(led.findings(AllocationIssue.SPLIT_WITHOUT_LEAD)).isEmpty();
    }

    @Example
    void aHandlerThatAlsoReviewsIsFoundWithTheReviewerRole() {
        AllocationReport report = audit(othersClean(), Allocation.leadHandler(CODE_WHOLESALE_PENALTY, POST_INSPECTOR),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_INSPECTOR, PostRole.REVIEWER),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_DIRECTOR, PostRole.APPROVER));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.HANDLER_ALSO_REVIEWS);
            assertThat(f.powers()).containsExactly(CODE_WHOLESALE_PENALTY);
            assertThat(f.posts()).containsExactly(POST_INSPECTOR);
            assertThat(f.parameters().constant("role", PostRole.class)).isEqualTo(PostRole.REVIEWER);
            assertThat(f.parameters().text("postLabel")).isEqualTo("INSPECTOR「专卖稽查岗」");
        });
    }

    @Example
    void aHandlerThatAlsoApprovesIsNamedByLabel() {
        AllocationReport report = audit(othersClean(), Allocation.leadHandler(CODE_WHOLESALE_PENALTY, POST_INSPECTOR),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_SECTION_CHIEF, PostRole.REVIEWER),
                Allocation.of(CODE_WHOLESALE_PENALTY, POST_INSPECTOR, PostRole.APPROVER));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.HANDLER_ALSO_APPROVES);
            assertThat(f.parameters().text("postLabel")).isEqualTo("INSPECTOR「专卖稽查岗」");
        });
    }
}
