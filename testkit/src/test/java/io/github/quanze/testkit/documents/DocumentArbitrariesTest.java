package io.github.quanze.testkit.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.jackson.timelimit.CalendarYearDocuments;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class DocumentArbitrariesTest {

    @Property(tries = 300)
    void aDocumentReadsBackAndWritesTheSameText(@ForAll("json") Document document) {
        Statistics.label("kind").collect(document.kind().name()).coverage(c -> DocumentArbitraries.kinds()
                .forEach(k -> c.check(k.name()).count(n -> n > 0)));
        assertThat(document.text()).contains("\"kind\" : \"" + document.kind().name() + "\"");
        if (isRead(document.kind())) {
            assertThat(roundTrip(QuanzeDocuments.json(), document)).isEqualTo(document.text());
        }
    }

    @Property(tries = 50)
    void yamlDocumentsReadBackToo(@ForAll("yaml") Document document) {
        assertThat(document.text()).contains("kind: " + document.kind().name());
        assertThat(roundTrip(QuanzeDocuments.yaml(), document)).isEqualTo(document.text());
    }

    @Example
    void aKindNotGeneratedIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentArbitraries.documents()
                .kind(io.github.quanze.jackson.rule.TableDocuments.DECISION_TABLE))
                .withMessageContaining("No generated documents of kind decision-table");
    }

    private static boolean isRead(DocumentKind<?> kind) {
        // reports and states are outputs: written only
        return kind != AllocationReportDocuments.ALLOCATION_REPORT && kind != CaseStateDocuments.CASE_STATE;
    }

    private static <T> String roundTrip(QuanzeDocuments documents, Document document) {
        @SuppressWarnings("unchecked")
        DocumentKind<T> kind = (DocumentKind<T>) document.kind();
        T value = documents.reader(kind).with(document.context()).readString("generated", document.text());
        return documents.writer(kind).with(document.context()).writeString(value);
    }

    @Provide
    Arbitrary<Document> json() {
        return DocumentArbitraries.documents();
    }

    @Provide
    Arbitrary<Document> yaml() {
        return DocumentArbitraries.documents().kind(CalendarYearDocuments.CALENDAR_YEAR).yaml();
    }
}
