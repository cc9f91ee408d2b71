package io.github.quanze.testkit.documents;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.allocation.AllocationDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.assessment.AssessmentDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.fault.FaultDocuments;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.jackson.review.ReviewDocuments;
import io.github.quanze.jackson.timelimit.CalendarYearDocuments;
import io.github.quanze.organization.Organization;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.procedure.Bureau;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated documents (文档) of quanze's kinds, written by the jackson module's own writers from the testkit's
 * generated values, in JSON by default or YAML: for a reader under test, a vendor's importer, or a fuzzer's seeds.
 * Each shrinks as the value it was written from.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class DocumentArbitraries extends ArbitraryDecorator<Document> {

    private static final DocumentContext BUREAU = DocumentContext.empty().with(Organization.class,
            Bureau.ORGANIZATION);
    private static final Map<DocumentKind<?>, Arbitrary<?>> VALUES = values();

    private final List<DocumentKind<?>> kinds;
    private final boolean yaml;

    private DocumentArbitraries(List<DocumentKind<?>> kinds, boolean yaml) {
        this.kinds = List.copyOf(kinds);
        this.yaml = yaml;
    }

    /**
     * Returns JSON documents of every kind of {@link #kinds()}.
     *
     * @return the arbitrary, not null
     */
    public static DocumentArbitraries documents() {
        return new DocumentArbitraries(kinds(), false);
    }

    /**
     * Returns the kinds generated: organizations, allocation tables and reports, calendar years, case records and
     * states, review standards, assessment schemes and periods, faults.
     *
     * @return the kinds, not null
     */
    public static List<DocumentKind<?>> kinds() {
        return List.copyOf(VALUES.keySet());
    }

    /**
     * Returns documents of the given kinds only.
     *
     * @param first  a kind, one of {@link #kinds()}, not null
     * @param more  more kinds, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if a kind is not generated
     */
    public DocumentArbitraries kind(DocumentKind<?> first, DocumentKind<?>... more) {
        List<DocumentKind<?>> chosen = new ArrayList<>(List.of(Objects.requireNonNull(first, "first")));
        chosen.addAll(List.of(more));
        for (DocumentKind<?> kind : chosen) {
            if (!VALUES.containsKey(kind)) {
                throw new IllegalArgumentException("No generated documents of kind " + kind.name()
                        + "; the kinds generated are " + VALUES.keySet().stream().map(DocumentKind::name).toList());
            }
        }
        return new DocumentArbitraries(chosen, yaml);
    }

    /**
     * Returns the documents in YAML.
     *
     * @return the arbitrary, not null
     */
    public DocumentArbitraries yaml() {
        return new DocumentArbitraries(kinds, true);
    }

    @Override
    protected Arbitrary<Document> arbitrary() {
        QuanzeDocuments documents = yaml ? QuanzeDocuments.yaml() : QuanzeDocuments.json();
        List<Arbitrary<Document>> each = new ArrayList<>();
        for (DocumentKind<?> kind : kinds) {
            each.add(written(documents, kind));
        }
        return Arbitraries.oneOf(each);
    }

    @SuppressWarnings("unchecked")
    private static <T> Arbitrary<Document> written(QuanzeDocuments documents, DocumentKind<T> kind) {
        DocumentContext context = kind == CaseRecordDocuments.CASE_RECORD ? BUREAU : DocumentContext.empty();
        Arbitrary<T> values = (Arbitrary<T>) VALUES.get(kind);
        return values.map(v -> new Document(kind, documents.writer(kind).with(context).writeString(v), context));
    }

    private static Map<DocumentKind<?>, Arbitrary<?>> values() {
        Map<DocumentKind<?>, Arbitrary<?>> values = new LinkedHashMap<>();
        values.put(OrganizationDocuments.ORGANIZATION, QuanzeArbitraries.organizations());
        values.put(AllocationDocuments.ALLOCATION_TABLE, QuanzeArbitraries.allocationTables().map(w -> w.table()));
        values.put(AllocationReportDocuments.ALLOCATION_REPORT, QuanzeArbitraries.allocationTables()
                .map(w -> AllocationAudit.run(w.catalogue(), w.organization(), w.table(), w.date())));
        values.put(CalendarYearDocuments.CALENDAR_YEAR, QuanzeArbitraries.calendarYears());
        values.put(CaseRecordDocuments.CASE_RECORD, QuanzeArbitraries.caseHistories().map(h -> h.record()));
        values.put(CaseStateDocuments.CASE_STATE, QuanzeArbitraries.caseHistories().mutated()
                .map(h -> h.record().replay(h.closedOn())));
        values.put(ReviewDocuments.REVIEW_STANDARD, QuanzeArbitraries.reviewStandards());
        values.put(AssessmentDocuments.ASSESSMENT_SCHEME, QuanzeArbitraries.assessmentSchemes());
        values.put(AssessmentDocuments.AGENCY_PERIOD, QuanzeArbitraries.agencyPeriods());
        values.put(FaultDocuments.FAULT, QuanzeArbitraries.faults());
        return values;
    }
}
