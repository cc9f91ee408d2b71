package io.github.quanze.testkit.documents;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated documents (文档) of every kind the jackson module reads or writes ({@code Documents.all()}), written by
 * its own writers from the testkit's generated values, in JSON by default or YAML: for a reader under test, a vendor's
 * importer, or a fuzzer's seeds. Each document carries the context its reader needs (the basis catalogue its
 * provisions cite, the organization a case names its officers from, the statutory frame of a standard, the case record
 * of a case file), so that a readable kind reads back to an equal value. Decision tables, rule books and decisions are
 * the shipped national sanction tables and what they decide on generated faults; reports and findings are what
 * quanze computes from generated inputs. Each shrinks as the value it was written from.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class DocumentArbitraries extends ArbitraryDecorator<Document> {

    private static final Map<DocumentKind<?>, Arbitrary<? extends KindValues.Valued<?>>> VALUES =
            KindValues.all();

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
     * Returns the kinds generated: every kind the jackson module reads or writes, in the order of
     * {@code io.github.quanze.jackson.Documents.all()}.
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

    /** Returns the values documents of a kind are written from, with their contexts: for this package's tests. */
    static Arbitrary<? extends KindValues.Valued<?>> values(DocumentKind<?> kind) {
        return VALUES.get(kind);
    }

    @Override
    protected Arbitrary<Document> arbitrary() {
        QuanzeDocuments documents = yaml ? QuanzeDocuments.yaml() : QuanzeDocuments.json();
        List<Arbitrary<Document>> each = new ArrayList<>();
        for (DocumentKind<?> kind : kinds) {
            each.add(KindValues.written(documents, kind, VALUES.get(kind)));
        }
        return Arbitraries.oneOf(each);
    }
}
