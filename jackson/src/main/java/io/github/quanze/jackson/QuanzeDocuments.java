package io.github.quanze.jackson;

import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.DocumentReader;
import io.github.quanze.jackson.codec.DocumentWriter;
import java.util.Objects;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * quanze's documents in one format, JSON or YAML (文档读写): a reader and a writer for each kind in
 * {@link Documents}. Immutable and thread-safe; keep one instance.
 *
 * <pre>{@code
 * QuanzeDocuments yaml = QuanzeDocuments.yaml();
 * BasisCatalogue basis = yaml.reader(BasisDocuments.BASIS_CATALOGUE).read(Path.of("basis.yaml"));
 * PowerCatalogue powers = yaml.reader(PowerDocuments.POWER_CATALOGUE)
 *         .with(BasisCatalogue.class, basis).read(Path.of("powers.yaml"));
 * }</pre>
 */
public final class QuanzeDocuments {

    private static final QuanzeDocuments JSON = new QuanzeDocuments("JSON", JsonMapper.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build());

    private static final QuanzeDocuments YAML = new QuanzeDocuments("YAML", YAMLMapper.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build());

    private final String format;
    private final ObjectMapper mapper;

    private QuanzeDocuments(String format, ObjectMapper mapper) {
        this.format = format;
        this.mapper = mapper;
    }

    /**
     * Returns the documents in JSON.
     *
     * @return the JSON documents, not null
     */
    public static QuanzeDocuments json() {
        return JSON;
    }

    /**
     * Returns the documents in YAML.
     *
     * @return the YAML documents, not null
     */
    public static QuanzeDocuments yaml() {
        return YAML;
    }

    /**
     * Returns a reader of one kind of document.
     *
     * @param kind  the kind, not null
     * @param <T>  the type of value
     * @return the reader, not null
     * @throws IllegalArgumentException if the kind is an output, which is only written
     */
    public <T> DocumentReader<T> reader(DocumentKind<T> kind) {
        return DocumentReader.of(mapper, kind);
    }

    /**
     * Returns a writer of one kind of document.
     *
     * @param kind  the kind, not null
     * @param <T>  the type of value
     * @return the writer, not null
     */
    public <T> DocumentWriter<T> writer(DocumentKind<T> kind) {
        return DocumentWriter.of(mapper, Objects.requireNonNull(kind, "kind"));
    }

    @Override
    public String toString() {
        return "QuanzeDocuments{" + format + "}";
    }
}
