package io.github.quanze.testkit.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.jackson.Documents;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.assessment.AssessmentDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.disparity.DisparityDocuments;
import io.github.quanze.jackson.timelimit.CalendarYearDocuments;
import io.github.quanze.testkit.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.json.JsonMapper;

class DocumentArbitrariesTest {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    @Example
    void everyKindTheJacksonModuleKnowsIsGenerated() {
        assertThat(DocumentArbitraries.kinds()).containsExactlyElementsOf(Documents.all());
    }

    @Property(tries = 800)
    @Tag("many-tries")
    void aDocumentIsValidAndReadsBackAndWritesTheSameText(@ForAll("json") Document document) {
        Statistics.label("kind").collect(document.kind().name()).coverage(c -> DocumentArbitraries.kinds()
                .forEach(k -> c.check(k.name()).count(n -> n > 0)));
        assertValidAndReadsBack(document);
    }

    @Property(tries = 800)
    @Tag("many-tries")
    void twoValuesOfAKindReadBackEqualExactlyWhenTheyAreEqual(@ForAll("pairs") Pair pair) {
        assertReadBackEqualExactlyWhenEqual(pair.kind(), pair.first(), pair.second());
    }

    @Property(tries = 200)
    @Tag("many-tries")
    void yamlDocumentsReadBackToo(@ForAll("yaml") Document document) {
        assertYamlReadsBack(document);
    }

    /**
     * The three properties above at a size mutation testing affords (it leaves out the tests tagged
     * {@code many-tries}): every kind, three JSON documents and one YAML document from fixed seeds, and two values.
     */
    @Example
    void everyKindGivesValidDocumentsThatReadBack() {
        long seed = 0;
        for (DocumentKind<?> kind : DocumentArbitraries.kinds()) {
            seed++;
            for (Document document : Samples.draw(DocumentArbitraries.documents().kind(kind), 3, seed)) {
                assertThat(document.kind()).isEqualTo(kind);
                assertValidAndReadsBack(document);
            }
            Document yaml = Samples.draw(DocumentArbitraries.documents().kind(kind).yaml(), 1, seed).get(0);
            assertThat(yaml.kind()).isEqualTo(kind);
            assertYamlReadsBack(yaml);
            if (kind.readable()) {
                List<? extends KindValues.Valued<?>> two = Samples.draw(DocumentArbitraries.values(kind), 2, seed);
                assertReadBackEqualExactlyWhenEqual(kind, two.get(0), two.get(1));
            }
        }
    }

    /**
     * The values built afresh (the documents' arbitraries are built once, when the class initializes): each kind's
     * values are of its type, catalogues hold instruments, rankings rank several agencies, and
     * disparity reports spread decided fines.
     */
    @Example
    void eachKindsValuesAreOfItsTypeInTheirContext() {
        Map<DocumentKind<?>, Arbitrary<? extends KindValues.Valued<?>>> values = KindValues.all();

        assertThat(values.keySet()).containsExactlyElementsOf(DocumentArbitraries.kinds());
        long seed = 100;
        for (Map.Entry<DocumentKind<?>, Arbitrary<? extends KindValues.Valued<?>>> e : values.entrySet()) {
            for (KindValues.Valued<?> valued : Samples.draw(e.getValue(), 2, ++seed)) {
                assertThat(valued.value()).as(e.getKey().name()).isInstanceOf(e.getKey().type());
                assertThat(valued.context()).isNotNull();
            }
        }
        assertThat(Samples.draw(values.get(BasisDocuments.BASIS_CATALOGUE), 20, 3)).extracting(
                v -> ((BasisCatalogue) v.value()).instruments().size()).contains(1, 5).doesNotContain(0);
        assertThat(Samples.draw(values.get(AssessmentDocuments.AGENCY_RANKING), 20, 1)).extracting(
                v -> ((AgencyRanking) v.value()).places().size()).contains(1, 6);
        List<DisparityReport> reports = Samples.draw(values.get(DisparityDocuments.DISPARITY_REPORT), 20, 2)
                .stream().map(v -> (DisparityReport) v.value()).toList();
        assertThat(reports).anyMatch(r -> r.cases() > 8)
                .anyMatch(r -> r.groups().stream().anyMatch(g -> g.amounts().isPresent()))
                .anyMatch(r -> r.groups().stream().anyMatch(g -> g.levels().containsKey(TierLevel.HEAVIER)))
                .anyMatch(r -> r.agencies().size() > 1);
    }

    @Example
    void aDocumentShowsItsKindAndText() {
        Document calendar = Samples.draw(DocumentArbitraries.documents().kind(CalendarYearDocuments.CALENDAR_YEAR),
                1, 9).get(0);

        assertThat(calendar).hasToString("calendar-year:\n" + calendar.text());
    }

    @Example
    void aDocumentOfOneKindIsNotValidAgainstAnothersSchema() {
        Document calendar = DocumentArbitraries.documents().kind(CalendarYearDocuments.CALENDAR_YEAR).sample();
        assertThat(errors(CalendarYearDocuments.CALENDAR_YEAR, calendar.text())).isEmpty();
        assertThat(errors(io.github.quanze.jackson.fault.FaultDocuments.FAULT, calendar.text())).isNotEmpty();
    }

    @Example
    void aKindNotGeneratedIsRefused() {
        DocumentKind<String> foreign = DocumentKind.of("vendor-note", 1, String.class, "备注 note",
                ObjectCodec.<String>writer("note").build());
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentArbitraries.documents().kind(foreign))
                .withMessageContaining("No generated documents of kind vendor-note");
        assertThat(DocumentArbitraries.documents().kind(CalendarYearDocuments.CALENDAR_YEAR).sample().kind())
                .isEqualTo(CalendarYearDocuments.CALENDAR_YEAR);
    }

    /** Two values of one readable kind. */
    record Pair(DocumentKind<?> kind, KindValues.Valued<?> first, KindValues.Valued<?> second) {
        @Override
        public String toString() {
            return kind.name() + ": " + first.value() + "\n---\n" + second.value();
        }
    }

    /** A JSON document names its kind, validates against its schema and, if readable, writes back the same text. */
    private static void assertValidAndReadsBack(Document document) {
        assertThat(document.text()).contains("\"kind\" : \"" + document.kind().name() + "\"");
        assertThat(errors(document.kind(), document.text())).as("%s", document).isEmpty();
        if (document.kind().readable()) {
            assertThat(roundTrip(QuanzeDocuments.json(), document)).isEqualTo(document.text());
        }
    }

    /** A YAML document names its kind and, if readable, writes back the same text. */
    private static void assertYamlReadsBack(Document document) {
        assertThat(document.text()).contains("kind: " + document.kind().name());
        if (document.kind().readable()) {
            assertThat(roundTrip(QuanzeDocuments.yaml(), document)).isEqualTo(document.text());
        }
    }

    /** Two values read back equal to themselves, and equal to each other exactly when the values are. */
    private static void assertReadBackEqualExactlyWhenEqual(DocumentKind<?> kind, KindValues.Valued<?> a,
            KindValues.Valued<?> b) {
        Object first = readBack(kind, a);
        Object second = readBack(kind, b);
        assertThat(first).isEqualTo(a.value());
        assertThat(second).isEqualTo(b.value());
        assertThat(first.equals(second)).isEqualTo(a.value().equals(b.value()));
    }

    private static <T> Object readBack(DocumentKind<T> kind, KindValues.Valued<?> valued) {
        @SuppressWarnings("unchecked")
        T value = (T) valued.value();
        String text = QuanzeDocuments.json().writer(kind).with(valued.context()).writeString(value);
        return QuanzeDocuments.json().reader(kind).with(valued.context()).readString("generated", text);
    }

    private static <T> String roundTrip(QuanzeDocuments documents, Document document) {
        @SuppressWarnings("unchecked")
        DocumentKind<T> kind = (DocumentKind<T>) document.kind();
        T value = documents.reader(kind).with(document.context()).readString("generated", document.text());
        return documents.writer(kind).with(document.context()).writeString(value);
    }

    private static List<Error> errors(DocumentKind<?> kind, String text) {
        Schema schema = SCHEMAS.computeIfAbsent(kind.schemaFileName(), name -> {
            try (InputStream in = QuanzeDocuments.class.getResourceAsStream("schemas/" + name)) {
                assertThat(in).as("published schema %s", name).isNotNull();
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return schema.validate(JsonMapper.builder().build().readTree(text));
    }

    @Provide
    Arbitrary<Document> json() {
        return DocumentArbitraries.documents();
    }

    @Provide
    Arbitrary<Document> yaml() {
        return DocumentArbitraries.documents().yaml();
    }

    @Provide
    Arbitrary<Pair> pairs() {
        List<DocumentKind<?>> readable = Documents.all().stream().filter(DocumentKind::readable).toList();
        // one pair in four is one value twice: its two documents are read into distinct, equal values
        return Arbitraries.of(readable).flatMap(kind -> Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(DocumentArbitraries.values(kind), DocumentArbitraries.values(kind))
                        .as((a, b) -> new Pair(kind, a, b))),
                Tuple.of(1, DocumentArbitraries.values(kind).map(a -> new Pair(kind, a, a)))));
    }
}
