package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static final DocumentReader<BasisCatalogue> JSON = QuanzeDocuments.json()
            .reader(BasisDocuments.BASIS_CATALOGUE);

    private static final String ONE = """
            {"kind": "basis-catalogue", "version": 1, "name": "目录", "instruments": [
              {"title": "中华人民共和国烟草专卖法", "level": "LAW", "adoptionDate": "2015-04-24",
               "effectiveDate": "2015-04-24"}]}""";

    @Test
    void aValidDocumentIsRead() {
        assertThat(JSON.readString("one.json", ONE).instruments()).hasSize(1);
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        assertThatThrownBy(() -> JSON.readString("bad.json", ONE.replace("\"LAW\",", "\"LAW\"")))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.rule()).startsWith("not well-formed");
                    assertThat(e.getMessage()).startsWith("bad.json:2:");
                });
    }

    @Test
    void anEmptyDocumentAndTrailingContentAreErrors() {
        assertThatThrownBy(() -> JSON.readString("empty.json", "  "))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("the document is empty");
        assertThatThrownBy(() -> JSON.readString("two.json", ONE + "\n" + ONE))
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("two.json:4:1 ")
                .hasMessageContaining("content after the end of the document");
    }

    @Test
    void aFieldTwiceANullRequiredFieldAndTheWrongTypeAreErrors() {
        assertThatThrownBy(() -> JSON.readString("d.json", ONE.replace("\"name\": \"目录\"",
                "\"name\": \"目录\", \"name\": \"又一个\"")))
                .hasMessageContaining("/name: field \"name\": field appears twice in basisCatalogue");
        assertThatThrownBy(() -> JSON.readString("d.json", ONE.replace("\"目录\"", "null")))
                .hasMessageContaining("/name: field \"name\" value null: must not be null");
        assertThatThrownBy(() -> JSON.readString("d.json", ONE.replace("\"目录\"", "7")))
                .hasMessageContaining("/name: field \"name\" value 7: must be a string");
        assertThatThrownBy(() -> JSON.readString("d.json", "[]"))
                .hasMessageContaining("d.json:1:1 /: value […]: must be an object (basisCatalogue)");
    }

    @Test
    void anOptionalFieldMayBeNullAndIsThenAbsent() {
        BasisCatalogue c = JSON.readString("n.json", ONE.replace("\"adoptionDate\": \"2015-04-24\"",
                "\"documentNumber\": \"主席令第26号\", \"englishTitle\": null"));
        assertThat(c.instruments().get(0).englishTitle()).isEmpty();
    }

    @Test
    void jsonLinesAreReadOneDocumentPerLineAndAnErrorNamesItsLine() {
        DocumentWriter<BasisCatalogue> writer = QuanzeDocuments.json().writer(BasisDocuments.BASIS_CATALOGUE);
        BasisCatalogue c = JSON.readString("one.json", ONE);
        StringWriter lines = new StringWriter();
        for (int i = 0; i < 3; i++) {
            writer.writeLine(c.toBuilder().build(), lines);
        }
        assertThat(lines.toString().lines()).hasSize(3);
        try (Stream<BasisCatalogue> read = JSON.readAll("cases.jsonl", new StringReader(lines.toString()))) {
            assertThat(read.toList()).containsExactly(c, c, c);
        }

        String broken = lines + lines.toString().lines().findFirst().orElseThrow().replace("LAW", "LAWS") + "\n";
        try (Stream<BasisCatalogue> read = JSON.readAll("cases.jsonl", new StringReader(broken))) {
            List<BasisCatalogue> before = new java.util.ArrayList<>();
            assertThatThrownBy(() -> read.forEach(before::add))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessageStartingWith("cases.jsonl:4:")
                    .hasMessageContaining("/instruments/0/level");
            assertThat(before).hasSize(3);
        }
    }

    @Test
    void jsonLinesReadFromBytesNameTheLineOfAByteThatIsNotUtf8() {
        String line = ONE.replace("\n", "") + "\n";
        byte[] good = line.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[2 * good.length];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(good, 0, bytes, good.length, good.length);
        int at = good.length + line.indexOf("目录") + 1;
        bytes[at] = (byte) 0xFF; // inside the second line's name: no longer UTF-8
        try (Stream<BasisCatalogue> read = JSON.readAll("cases.jsonl", new ByteArrayInputStream(bytes))) {
            List<BasisCatalogue> before = new java.util.ArrayList<>();
            assertThatThrownBy(() -> read.forEach(before::add))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.rule()).startsWith("not well-formed").containsIgnoringCase("UTF-8");
                        assertThat(e.getMessage()).startsWith("cases.jsonl:2:");
                    });
            assertThat(before).hasSize(1);
        }
        try (Stream<BasisCatalogue> read = JSON.readAll("cases.jsonl", new ByteArrayInputStream(good))) {
            assertThat(read.toList()).hasSize(1);
        }
    }

    @Test
    void closingTheStreamOfJsonLinesClosesTheReaderItWasGiven() {
        boolean[] closed = {false};
        StringReader in = new StringReader("") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        try (Stream<BasisCatalogue> read = JSON.readAll("empty.jsonl", in)) {
            assertThat(read.toList()).isEmpty();
            assertThat(closed[0]).isFalse();
        }
        assertThat(closed[0]).isTrue();
    }

    @Test
    void theErrorSaysWhatTheDocumentRefersToWhenTheReaderWasNotGivenIt() {
        Input in = new Input(tools.jackson.databind.json.JsonMapper.builder().build().createParser("{}"), "x.json",
                DocumentContext.empty(), false);
        in.next();
        assertThatThrownBy(() -> in.require(BasisCatalogue.class, "a basis catalogue"))
                .hasMessage("x.json:1:1 /: this document refers to a basis catalogue, which was not given to the "
                        + "reader");
    }

    @Test
    void anOutputKindHasNoReader() {
        DocumentKind<String> output = DocumentKind.of("note", 1, String.class, "注 note",
                ObjectCodec.<String>writer("note").field("text", Codecs.STRING, s -> s).build());
        assertThat(output.readable()).isFalse();
        assertThatThrownBy(() -> QuanzeDocuments.json().reader(output))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is an output");
        assertThat(QuanzeDocuments.json().writer(output).compact().writeString("你好"))
                .isEqualTo("{\"kind\":\"note\",\"version\":1,\"text\":\"你好\"}");
    }
}
