package io.github.quanze.jackson;

import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.codec.Output;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * quanze's documents as a Jackson module (Jackson 模块): an {@code ObjectMapper} with it writes each kind's value
 * type as that kind's document, and reads each kind that is an input. {@code JsonMapper.builder().findAndAddModules()} finds it through
 * {@link java.util.ServiceLoader}.
 * <p>
 * Attributes of the read carry what references resolve against: {@code mapper.readerFor(PowerCatalogue.class)
 * .withAttribute(DocumentContext.class, DocumentContext.empty().with(BasisCatalogue.class, basis))}; the
 * attribute {@link #DOCUMENT_NAME} names the document in errors. An invalid value is an {@link
 * InvalidDocumentException}, as with {@link QuanzeDocuments}; a syntax error stays the mapper's own Jackson
 * exception, which names its place.
 */
public final class QuanzeModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** 文档名属性 The attribute that names the document in error messages. */
    public static final String DOCUMENT_NAME = "quanze.document";

    /**
     * Creates the module with every kind of {@link Documents}.
     */
    public QuanzeModule() {
        super("quanze", Version.unknownVersion());
        for (DocumentKind<?> kind : Documents.all()) {
            add(kind);
        }
    }

    private <T> void add(DocumentKind<T> kind) {
        addSerializer(kind.type(), new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                Object context = ctxt.getAttribute(DocumentContext.class);
                kind.codec().write(value, new Output(gen,
                        context instanceof DocumentContext c ? c : DocumentContext.empty()));
            }
        });
        if (kind.readable()) {
            addDeserializer(kind.type(), new ValueDeserializer<T>() {
                @Override
                public T deserialize(JsonParser p, DeserializationContext ctxt) {
                    Object context = ctxt.getAttribute(DocumentContext.class);
                    Object name = ctxt.getAttribute(DOCUMENT_NAME);
                    Input in = new Input(p, name == null ? kind.name() : name.toString(),
                            context instanceof DocumentContext c ? c : DocumentContext.empty(), false);
                    try {
                        return kind.codec().read(in);
                    } catch (InvalidDocumentException | JacksonException e) {
                        throw e;
                    } catch (RuntimeException e) { // as DocumentReader does: no other exception leaves a read
                        throw in.error(in.position(), in.currentField(), null, Codecs.messageOf(e), e);
                    }
                }
            });
        }
    }
}
