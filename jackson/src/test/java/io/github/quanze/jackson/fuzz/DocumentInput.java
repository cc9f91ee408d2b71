package io.github.quanze.jackson.fuzz;

import io.github.quanze.jackson.Documents;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One input of the document fuzz test (文档模糊测试输入): the first byte picks the kind and the format, the second
 * the world of documents its references resolve against, and the rest is the document's text in UTF-8.
 * <p>
 * The first byte is a letter: {@code a} (or {@code A}) is the first readable kind of {@link Documents#all()},
 * {@code b} the second, and so on; lower case reads YAML and upper case JSON. Any other byte picks a kind as well, by
 * its low five bits. The second byte is {@code '0'} plus the index of the world in {@link #WORLDS}, any byte picking
 * one by its remainder. A seed file is therefore readable: {@code c3kind: organization…}.
 *
 * @param kind  the kind read
 * @param json  whether the text is read as JSON rather than YAML
 * @param world  the index of the world in {@link #WORLDS}
 * @param text  the document
 */
record DocumentInput(DocumentKind<?> kind, boolean json, int world, String text) {

    /** The kinds a reader reads; outputs are only written. */
    static final List<DocumentKind<?>> KINDS = Documents.all().stream().filter(DocumentKind::readable).toList();

    /**
     * The worlds, each the documents read in order into the context of a reader, each against the ones before:
     * the tobacco bureau and its referral partners of the examples, the city bureau, the discretion frame and the
     * case bureau of the module's tests, and nothing (the national instruments and the library's templates).
     */
    static final List<List<String>> WORLDS = List.of(
            List.of("worlds/tobacco/basis.yaml", "worlds/tobacco/powers.yaml", "worlds/tobacco/organization.yaml",
                    "worlds/tobacco/procedures.yaml", "worlds/tobacco/frame.yaml", "worlds/tobacco/case.yaml"),
            List.of("worlds/referral/basis.yaml", "worlds/referral/organization.yaml"),
            List.of("fixtures/basis.yaml", "fixtures/power-catalogue.yaml", "fixtures/organization-bureau.yaml"),
            List.of("fixtures/discretion-basis.yaml", "fixtures/discretion-frame.yaml"),
            List.of("fixtures/organization-case-bureau.yaml"),
            List.of());

    private static final Path ROOT = Path.of("src/test/resources");
    private static final Map<Integer, DocumentContext> CONTEXTS = new ConcurrentHashMap<>();

    /**
     * Decodes fuzz data; data shorter than the two selector bytes picks nothing.
     *
     * @param data  the bytes
     * @return the input, null for fewer than two bytes
     */
    static DocumentInput decode(byte[] data) {
        if (data.length < 2) {
            return null;
        }
        int first = data[0] & 0xFF;
        DocumentKind<?> kind = KINDS.get(Math.floorMod((first & 0x1F) - 1, KINDS.size()));
        boolean json = (first & 0x20) == 0;
        int world = Math.floorMod((data[1] & 0xFF) - '0', WORLDS.size());
        return new DocumentInput(kind, json, world, new String(data, 2, data.length - 2, StandardCharsets.UTF_8));
    }

    /**
     * Encodes an input as a seed.
     *
     * @return the bytes, which {@link #decode} reads as this input
     */
    byte[] encode() {
        char letter = (char) ((json ? 'A' : 'a') + KINDS.indexOf(kind));
        return (letter + String.valueOf((char) ('0' + world)) + text).getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the documents of the input's format. */
    QuanzeDocuments format() {
        return json ? QuanzeDocuments.json() : QuanzeDocuments.yaml();
    }

    /** Returns the name of the document in errors, such as {@code fuzz.yaml}. */
    String name() {
        return json ? "fuzz.json" : "fuzz.yaml";
    }

    /** Returns the context of the input's world, read once. */
    DocumentContext context() {
        return CONTEXTS.computeIfAbsent(world, DocumentInput::read);
    }

    private static DocumentContext read(int world) {
        DocumentContext context = DocumentContext.empty();
        for (String file : WORLDS.get(world)) {
            try {
                String text = Files.readString(ROOT.resolve(file));
                String name = YAMLMapper.builder().build().readTree(text).get("kind").asString();
                DocumentKind<?> kind = Documents.named(name).orElseThrow(() -> new IllegalStateException(file));
                context = add(context, kind, QuanzeDocuments.yaml().reader(kind).with(context).readString(file, text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return context;
    }

    private static <T> DocumentContext add(DocumentContext context, DocumentKind<T> kind, Object value) {
        return context.with(kind.type(), kind.type().cast(value));
    }
}
