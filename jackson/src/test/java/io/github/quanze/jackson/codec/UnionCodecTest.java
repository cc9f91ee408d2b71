package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A union is read whether its type comes first or not, with the same errors. */
class UnionCodecTest {

    interface Shape {
    }

    record Circle(int radius, BigDecimal weight) implements Shape {
    }

    record Group(String name, List<Shape> parts) implements Shape {
    }

    private static final class CircleDraft {
        int radius;
        BigDecimal weight = BigDecimal.ZERO;
    }

    private static final class GroupDraft {
        String name;
        final List<Shape> parts = new ArrayList<>();
    }

    private static final UnionCodec<Shape> SHAPE = shape();

    private static UnionCodec<Shape> shape() {
        UnionCodec.Builder<Shape> b = UnionCodec.builder("shape");
        b.variant("circle", Circle.class, ObjectCodec.builder("circle", CircleDraft::new,
                        (CircleDraft d) -> new Circle(d.radius, d.weight))
                .required("radius", Codecs.integer(1, 10), Circle::radius, (d, v) -> d.radius = v)
                .defaulted("weight", Codecs.DECIMAL, Circle::weight, (d, v) -> d.weight = v, BigDecimal.ZERO)
                .build());
        b.variant("group", Group.class, ObjectCodec.builder("group", GroupDraft::new,
                        (GroupDraft d) -> new Group(d.name, List.copyOf(d.parts)))
                .required("name", Codecs.STRING, Group::name, (d, v) -> d.name = v)
                .list("parts", new Codec<Shape>() {
                    @Override
                    public Shape read(Input in) {
                        return SHAPE.read(in);
                    }

                    @Override
                    public void write(Shape value, Output out) {
                        SHAPE.write(value, out);
                    }

                    @Override
                    public tools.jackson.databind.node.ObjectNode schema(Schemas schemas) {
                        return SHAPE.schema(schemas);
                    }
                }, Group::parts, (d, v) -> d.parts.add(v))
                .build());
        return b.build();
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static List<Shape> read(ObjectMapper mapper, String text, boolean lenient) {
        try (JsonParser p = mapper.createParser(text)) {
            Input in = new Input(p, "s", DocumentContext.empty(), lenient);
            in.next();
            return Codecs.listOf(SHAPE).read(in);
        }
    }

    private static List<Shape> read(String json) {
        return read(JSON, json, false);
    }

    @Test
    void theTypeMayComeFirstOrLater() {
        Shape group = new Group("g", List.of(new Circle(3, new BigDecimal("12345678901234567890.12345")),
                new Circle(4, BigDecimal.ZERO)));
        assertThat(read("""
                [{"type": "group", "name": "g", "parts": [
                  {"type": "circle", "radius": 3, "weight": 12345678901234567890.12345},
                  {"type": "circle", "radius": 4}]}]""")).containsExactly(group);
        // as jq -S or PostgreSQL jsonb write it: keys sorted
        assertThat(read("""
                [{"name": "g", "parts": [
                  {"radius": 3, "type": "circle", "weight": 12345678901234567890.12345},
                  {"radius": 4, "type": "circle"}], "type": "group"}]""")).containsExactly(group);
    }

    @Test
    void anErrorInAReplayedObjectNamesItsPointerLineAndColumn() {
        String sorted = """
                [{"name": "g", "parts": [
                  {"radius": 3, "type": "circle"},
                  {"radius": 30, "type": "circle"}], "type": "group"}]""";
        assertThatThrownBy(() -> read(sorted)).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.pointer()).isEqualTo("/0/parts/1/radius");
            assertThat(e.field()).contains("radius");
            assertThat(e.value()).contains("30");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(14);
            assertThat(e.rule()).isEqualTo("must be a whole number from 1 to 10");
        });
    }

    @Test
    void aMissingOrUnknownTypeAndAnUnknownFieldAreErrorsAtTheirPlace() {
        assertThatThrownBy(() -> read("[{\"radius\": 3}]")).isInstanceOfSatisfying(InvalidDocumentException.class,
                e -> {
                    assertThat(e.pointer()).isEqualTo("/0");
                    assertThat(e.column()).isEqualTo(2);
                    assertThat(e.field()).contains("type");
                    assertThat(e.rule()).isEqualTo("required field of shape is missing; expected one of circle, "
                            + "group");
                });
        assertThatThrownBy(() -> read("[{\"radius\": 3, \"type\": \"square\"}]"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/0/type");
                    assertThat(e.column()).isEqualTo(24);
                    assertThat(e.rule()).startsWith("unknown type of shape");
                });
        assertThatThrownBy(() -> read("[{\"radius\": 3, \"type\": \"circle\", \"type\": \"circle\"}]"))
                .hasMessageContaining("/0/type: field \"type\": field appears twice in shape");
        assertThatThrownBy(() -> read("[{\"colour\": 3, \"type\": \"circle\", \"radius\": 2}]"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/0/colour");
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.rule()).startsWith("unknown field in circle");
                });
        assertThatThrownBy(() -> read("[{\"type\": \"circle\"}, {\"type\": \"circle\"}]"))
                .hasMessageContaining("s:1:2 /0: field \"radius\": required field of circle is missing");
        assertThatThrownBy(() -> read("[{\"weight\": 1, \"type\": \"circle\"}]"))
                .hasMessageContaining("s:1:2 /0: field \"radius\": required field of circle is missing");
    }

    @Test
    void aLenientReaderSkipsUnknownFieldsOfAReplayedObject() {
        assertThat(read(JSON, "[{\"colour\": {\"a\": [1, {\"b\": 2}]}, \"radius\": 2, \"type\": \"circle\"}]", true))
                .containsExactly(new Circle(2, BigDecimal.ZERO));
    }

    @Test
    void yamlWithTheTypeLaterIsReadAndAnAliasInItRefused() {
        YAMLMapper yaml = new YAMLMapper();
        assertThat(read(yaml, """
                - radius: 2
                  type: circle
                """, false)).containsExactly(new Circle(2, BigDecimal.ZERO));
        assertThatThrownBy(() -> read(yaml, """
                - radius: &r 2
                  type: circle
                - weight: *r
                  type: circle
                """, false)).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/1/weight");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.rule()).startsWith("YAML aliases (*r)");
                });
    }
}
