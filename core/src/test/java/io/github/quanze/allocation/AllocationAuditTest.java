package io.github.quanze.allocation;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.AGENCY_COUNTY;
import static io.github.quanze.testing.Fixtures.CATALOGUE;
import static io.github.quanze.testing.Fixtures.CODE_INSPECTION;
import static io.github.quanze.testing.Fixtures.CODE_RETAIL_LICENCE;
import static io.github.quanze.testing.Fixtures.CODE_TRANSPORT_PENALTY;
import static io.github.quanze.testing.Fixtures.CODE_WHOLESALE_PENALTY;
import static io.github.quanze.testing.Fixtures.DATE_2024_06_01;
import static io.github.quanze.testing.Fixtures.ORGANIZATION;
import static io.github.quanze.testing.Fixtures.POST_COUNTY;
import static io.github.quanze.testing.Fixtures.POST_DIRECTOR;
import static io.github.quanze.testing.Fixtures.POST_INSPECTOR;
import static io.github.quanze.testing.Fixtures.POST_LICENCE;
import static io.github.quanze.testing.Fixtures.POST_SECTION_CHIEF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.organization.Certification;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

class AllocationAuditTest {

    /** Before the second inspector's suspension: both inspectors are certified. */
    private static final LocalDate DATE_2024_02_01 = LocalDate.of(2024, 2, 1);

    /** Every power: the inspector post leads, the section chief reviews, the director approves. */
    private static final List<Allocation> CLEAN = CATALOGUE.powers().stream()
            .flatMap(p -> List.of(Allocation.leadHandler(p.code(), POST_INSPECTOR),
                    Allocation.of(p.code(), POST_SECTION_CHIEF, PostRole.REVIEWER),
                    Allocation.of(p.code(), POST_DIRECTOR, PostRole.APPROVER)).stream())
            .collect(Collectors.toList());

    @Example
    void audit_ofACleanTableFindsNothing() {
        AllocationReport report = audit(DATE_2024_02_01, without(a -> false));
        assertThat(report.findings()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
    }

    @Example
    void audit_findsAPowerLeftOut() {
        AllocationReport report = audit(DATE_2024_02_01, without(a -> a.power().equals(CODE_TRANSPORT_PENALTY)));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.UNALLOCATED);
            assertThat(f.code()).isEqualTo("ALLOCATION.UNALLOCATED");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.powers()).containsExactly(CODE_TRANSPORT_PENALTY);
            assertThat(f.parameters().text("powerName")).isEqualTo("对无准运证运输烟草专卖品的处罚");
            assertThat(f.parameters().constant("kind", PowerKind.class)).isEqualTo(PowerKind.ADMINISTRATIVE_PENALTY);
            assertThat(f.posts()).isEmpty();
            assertThat(f.basis().toString()).contains("国办发〔2005〕37号");
        });
        assertThat(report.unallocatedPowers()).containsExactly(CODE_TRANSPORT_PENALTY);
    }

    @Example
    void audit_findsAPowerWithNoHandler() {
        AllocationReport report = audit(DATE_2024_02_01,
                without(a -> a.power().equals(CODE_INSPECTION) && a.role() == PostRole.HANDLER));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.NO_HANDLER);
            assertThat(f.powers()).containsExactly(CODE_INSPECTION);
            assertThat(f.posts()).containsExactly(POST_SECTION_CHIEF, POST_DIRECTOR);
        });
    }

    @Example
    void audit_findsHandlingSplitWithoutALead() {
        List<Allocation> table = without(a -> a.power().equals(CODE_WHOLESALE_PENALTY) && a.role() == PostRole.HANDLER);
        table.add(Allocation.handler(CODE_WHOLESALE_PENALTY, POST_INSPECTOR));
        table.add(Allocation.handler(CODE_WHOLESALE_PENALTY, POST_LICENCE));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings(AllocationIssue.SPLIT_WITHOUT_LEAD)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.posts()).containsExactly(POST_INSPECTOR, POST_LICENCE);
            assertThat(f.parameters().number("leads")).isZero();
            assertThat(f.parameters().list("postLabels")).hasSize(2);
        });
    }

    @Example
    void audit_findsTwoLeads() {
        List<Allocation> table = without(a -> false);
        table.add(Allocation.leadHandler(CODE_WHOLESALE_PENALTY, POST_LICENCE));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings(AllocationIssue.SPLIT_WITHOUT_LEAD)).singleElement()
                .satisfies(f -> assertThat(f.parameters().number("leads")).isEqualTo(2));
    }

    @Example
    void audit_findsAPostThatInvestigatesAndDecides() {
        List<Allocation> table = without(a -> false);
        table.add(Allocation.of(CODE_TRANSPORT_PENALTY, POST_INSPECTOR, PostRole.APPROVER));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.HANDLER_ALSO_APPROVES);
            assertThat(f.posts()).containsExactly(POST_INSPECTOR);
            assertThat(f.basis().toString()).contains("《中华人民共和国行政处罚法》第五十七条第一款");
        });
    }

    @Example
    void audit_findsAPostThatReviewsItsOwnWork() {
        List<Allocation> table = without(a -> false);
        table.add(Allocation.of(CODE_WHOLESALE_PENALTY, POST_INSPECTOR, PostRole.LEGAL_REVIEWER));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.HANDLER_ALSO_REVIEWS);
            assertThat(f.parameters().constant("role", PostRole.class)).isEqualTo(PostRole.LEGAL_REVIEWER);
            assertThat(f.posts()).containsExactly(POST_INSPECTOR);
            assertThat(f.basis().toString()).contains("第五十八条第一款");
        });
    }

    @Example
    void audit_findsAPenaltyWithNoApprover() {
        AllocationReport report = audit(DATE_2024_02_01,
                without(a -> a.power().equals(CODE_WHOLESALE_PENALTY) && a.role() == PostRole.APPROVER));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.NO_APPROVER);
            assertThat(f.powers()).containsExactly(CODE_WHOLESALE_PENALTY);
        });
        AllocationReport inspection = audit(DATE_2024_02_01,
                without(a -> a.power().equals(CODE_INSPECTION) && a.role() == PostRole.APPROVER));
        assertThat(inspection.findings()).isEmpty();
    }

    @Example
    void audit_findsAPostWhoseOnlyOfficerHasAnExpiredCertificate() {
        List<Allocation> table = without(a -> a.power().equals(CODE_RETAIL_LICENCE) && a.role() == PostRole.HANDLER);
        table.add(Allocation.leadHandler(CODE_RETAIL_LICENCE, POST_LICENCE));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.NO_CERTIFIED_OFFICER);
            assertThat(f.posts()).containsExactly(POST_LICENCE);
            assertThat(f.powers()).containsExactly(CODE_RETAIL_LICENCE);
            assertThat(f.officers()).containsExactly(OfficerId.of("O-03"));
            assertThat(f.parameters().date("date")).isEqualTo(DATE_2024_02_01);
            assertThat(f.parameters().list("certifications")).singleElement().isInstanceOfSatisfying(
                    Certification.class, c -> {
                        assertThat(c.outcome()).isEqualTo(CertificationOutcome.EXPIRED);
                        assertThat(c.credentialNumber()).contains("ZF-0003");
                    });
        });
    }

    @Example
    void audit_findsAPenaltyPostLeftWithOneCertifiedOfficer() {
        AllocationReport report = audit(DATE_2024_06_01, without(a -> false));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.FEWER_THAN_TWO_CERTIFIED);
            assertThat(f.powers()).containsExactly(CODE_WHOLESALE_PENALTY, CODE_TRANSPORT_PENALTY);
            assertThat(f.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第四十二条第一款");
        });
    }

    @Example
    void audit_findsAPostOfAnotherAgency() {
        List<Allocation> table = without(a -> false);
        table.add(Allocation.handler(CODE_TRANSPORT_PENALTY, POST_COUNTY));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings(AllocationIssue.FOREIGN_POST)).singleElement().satisfies(f -> {
            assertThat(f.posts()).containsExactly(POST_COUNTY);
            assertThat(f.parameters().text("postAgency")).isEqualTo(AGENCY_COUNTY.value());
            assertThat(f.parameters().text("agency")).isEqualTo("CITY");
            assertThat(f.basis().toString()).contains("第十七条");
        });
    }

    @Example
    void audit_rejectsATableOfAnotherAgencyThanTheCatalogue() {
        AllocationTable county = AllocationTable.builder(AGENCY_COUNTY)
                .add(Allocation.leadHandler(CODE_INSPECTION, POST_COUNTY)).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AllocationAudit.run(CATALOGUE, ORGANIZATION, county, DATE_2024_02_01))
                .withMessage("Catalogue '某市烟草专卖局权责清单' is of agency 'CITY' but the allocation table is of agency "
                        + "'COUNTY'; audit a table against its own agency's catalogue");
    }

    @Example
    void audit_findsAnAllocationOfAPowerNotInTheCatalogue() {
        List<Allocation> table = without(a -> false);
        table.add(Allocation.leadHandler(PowerCode.of("CF-404"), POST_INSPECTOR));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.UNKNOWN_POWER);
            assertThat(f.powers()).containsExactly(PowerCode.of("CF-404"));
        });
    }

    @Example
    void audit_findsAnAllocationToAPostNotInTheOrganization() {
        List<Allocation> table = without(a -> false);
        table.add(Allocation.of(CODE_INSPECTION, PostId.of("GHOST"), PostRole.REVIEWER));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(AllocationIssue.UNKNOWN_POST);
            assertThat(f.posts()).containsExactly(PostId.of("GHOST"));
        });
    }

    @Example
    void findings_areSortedByIssueThenPower() {
        List<Allocation> table = without(a -> a.power().equals(CODE_INSPECTION)
                || a.power().equals(CODE_RETAIL_LICENCE));
        table.add(Allocation.of(CODE_TRANSPORT_PENALTY, POST_INSPECTOR, PostRole.APPROVER));
        AllocationReport report = audit(DATE_2024_02_01, table);
        assertThat(report.findings()).extracting(AllocationFinding::issue).containsExactly(AllocationIssue.UNALLOCATED,
                AllocationIssue.UNALLOCATED, AllocationIssue.HANDLER_ALSO_APPROVES);
        assertThat(report.findings().get(0).powers()).containsExactly(CODE_INSPECTION);
        assertThat(report.findings(Severity.WARNING)).isEmpty();
    }

    private static List<Allocation> without(Predicate<Allocation> removed) {
        return CLEAN.stream().filter(removed.negate()).collect(Collectors.toCollection(ArrayList::new));
    }

    private static AllocationReport audit(LocalDate date, List<Allocation> allocations) {
        return AllocationAudit.run(CATALOGUE, ORGANIZATION, AllocationTable.builder(AGENCY_CITY).addAll(allocations)
                .build(), date);
    }
}
