package io.github.quanze.jackson.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.AbstractThrowableAssert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks shared by every document kind's tests: a value survives writing and reading in JSON and in YAML, and the
 * written text is valid against the kind's published schema.
 */
public final class DocumentAssertions {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private DocumentAssertions() {
    }

    /**
     * Writes {@code value} in JSON and in YAML, checks both against the published schema, reads both back and
     * checks that they equal {@code value}.
     *
     * @param kind  the kind, not null
     * @param value  the value, not null
     * @param context  what references resolve against, not null
     * @param <T>  the type of value
     */
    public static <T> void assertRoundTrip(DocumentKind<T> kind, T value, DocumentContext context) {
        for (QuanzeDocuments format : List.of(QuanzeDocuments.json(), QuanzeDocuments.yaml())) {
            String text = format.writer(kind).with(context).writeString(value);
            assertValid(kind, format, text);
            T read = format.reader(kind).with(context).readString(kind.name(), text);
            assertThat(read).as("%s read back from %s:%n%s", kind, format, text).isEqualTo(value);
            assertThat(format.writer(kind).with(context).writeString(read)).as("written again").isEqualTo(text);
        }
    }

    /**
     * Checks a written document against the kind's published schema.
     *
     * @param kind  the kind, not null
     * @param format  the format the text is in, not null
     * @param text  the document, not null
     */
    public static void assertValid(DocumentKind<?> kind, QuanzeDocuments format, String text) {
        JsonNode node = format == QuanzeDocuments.yaml() ? YAML.readTree(text) : JSON.readTree(text);
        List<Error> errors = schema(kind).validate(node);
        assertThat(errors).as("%s against %s:%n%s", kind, kind.schemaFileName(), text).isEmpty();
    }

    /**
     * Returns the published schema of a kind, read from the module's resources.
     *
     * @param kind  the kind, not null
     * @return the schema, not null
     */
    public static Schema schema(DocumentKind<?> kind) {
        return SCHEMAS.computeIfAbsent(kind.schemaFileName(), name -> {
            try (InputStream in = QuanzeDocuments.class.getResourceAsStream("schemas/" + name)) {
                assertThat(in).as("published schema %s", name).isNotNull();
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads a document that must fail, and returns the assertion on its error.
     *
     * @param kind  the kind, not null
     * @param context  what references resolve against, not null
     * @param yaml  the document in YAML, not null
     * @return the assertion on the error, not null
     */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(DocumentKind<?> kind,
            DocumentContext context, String yaml) {
        return assertThatThrownBy(() -> QuanzeDocuments.yaml().reader(kind).with(context).readString("doc.yaml",
                yaml)).isInstanceOf(InvalidDocumentException.class);
    }
}
