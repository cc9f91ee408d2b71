package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** No raw exception leaves a reader, whatever the input and whatever a codec does. */
class ReaderRobustnessTest {

    record Probe(String text, BigDecimal amount) {
    }

    private static final class Draft {
        String text;
        BigDecimal amount;
    }

    /** A custom codec that, like a core factory, refuses a value with an exception of its own. */
    private static final Codec<String> STRICT = new Codec<>() {
        @Override
        public String read(Input in) {
            String s = Codecs.STRING.read(in);
            if (s.startsWith("bad")) {
                throw new IllegalArgumentException("text must not start with bad");
            }
            return s;
        }

        @Override
        public void write(String value, Output out) {
            Codecs.STRING.write(value, out);
        }

        @Override
        public tools.jackson.databind.node.ObjectNode schema(Schemas schemas) {
            return Codecs.STRING.schema(schemas);
        }
    };

    private static final ObjectCodec<Probe> PROBE = ObjectCodec.<Probe, Draft>builderFrom("probe", in -> {
        if (in.context(Boolean.class).orElse(false)) {
            throw new IllegalStateException("the probe cannot start");
        }
        return new Draft();
    }, d -> new Probe(d.text, d.amount))
            .required("text", STRICT, Probe::text, (d, v) -> d.text = v)
            .optional("amount", Codecs.DECIMAL, p -> Optional.ofNullable(p.amount()), (d, v) -> d.amount = v)
            .list("texts", STRICT, p -> java.util.List.<String>of(), (d, v) -> { })
            .build();

    private static final DocumentKind<Probe> KIND = DocumentKind.of("probe", 1, Probe.class, "探针 probe", PROBE);

    private static final DocumentReader<Probe> READER = DocumentReader.of(JsonMapper.builder().build(), KIND);

    private static String doc(String text) {
        return "{\"kind\": \"probe\", \"version\": 1, \"text\": \"" + text + "\"}";
    }

    @Test
    void aCustomCodecsOwnExceptionIsAnErrorAtTheValue() {
        assertThatThrownBy(() -> READER.readString("p.json", doc("bad one")))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/text");
                    assertThat(e.field()).contains("text");
                    assertThat(e.value()).contains("\"bad one\"");
                    assertThat(e.rule()).isEqualTo("text must not start with bad");
                    assertThat(e.column()).isEqualTo(41);
                });
        assertThatThrownBy(() -> READER.readString("p.json", doc("ok").replace("}", ", \"texts\": [\"a\", \"bad\"]}")))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/texts/1");
                    assertThat(e.field()).contains("texts");
                    assertThat(e.rule()).isEqualTo("text must not start with bad");
                });
    }

    @Test
    void anyOtherExceptionOfACodecIsAnErrorAtTheParsersPlace() {
        assertThatThrownBy(() -> READER.with(Boolean.class, true).readString("p.json", doc("ok")))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.rule()).isEqualTo("the probe cannot start");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
                });
    }

    @Test
    void aFailureToReadTheSourceIsAnIoErrorNotASyntaxError() {
        Reader broken = new Reader() {
            private boolean first = true;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (first) {
                    first = false;
                    String head = "{\"kind\": \"probe\", ";
                    head.getChars(0, head.length(), buf, off);
                    return head.length();
                }
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> READER.read("p.json", broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("p.json").hasMessageContaining("disk on fire")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void afterAnErrorJsonLinesEndAndNothingIsReadMidDocument() {
        String lines = doc("one") + "\n" + doc("bad two") + "\n" + doc("three") + "\n";
        try (Stream<Probe> read = READER.readAll("p.jsonl", new StringReader(lines))) {
            Iterator<Probe> it = read.iterator();
            assertThat(it.next().text()).isEqualTo("one");
            assertThatThrownBy(it::next).isInstanceOf(InvalidDocumentException.class);
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void jsonLinesGiveEveryValueBeforeASyntaxErrorOnTheNextLine() {
        String lines = doc("one") + "\n{\"kind\" \"probe\"}\n";
        try (Stream<Probe> read = READER.readAll("p.jsonl", new StringReader(lines))) {
            Iterator<Probe> it = read.iterator();
            assertThat(it.next().text()).isEqualTo("one");
            assertThatThrownBy(it::hasNext).isInstanceOf(InvalidDocumentException.class)
                    .hasMessageStartingWith("p.jsonl:2:");
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void aHugeNumberIsEchoedAsAShortPrefix() {
        String digits = "7".repeat(600);
        assertThatThrownBy(() -> READER.readString("p.json", doc("ok").replace("\"ok\"", digits)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.value()).hasValueSatisfying(v -> assertThat(v).hasSizeLessThan(50).endsWith("…"));
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                });
    }

    @Test
    void aValueInAnErrorStaysOnOneLine() {
        assertThat(Input.quote("a\nb\tc\r\u0001\u2028")).isEqualTo("\"a\\nb\\tc\\r\\u0001\\u2028\"");
        assertThatThrownBy(() -> READER.readString("p.json", doc("bad\\nline")))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.value()).contains("\"bad\\nline\"");
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }
}
