package io.github.quanze.jackson.text;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Schemas;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 文本 The codecs of texts: a text in Chinese and English, and the typed parameters of a finding.
 * <p>
 * Parameters are written as an object from name to value, each value in its own JSON type so that a system counts
 * and filters findings without parsing prose: text as a string, a count as an integer, an amount as a number, a
 * day as {@code YYYY-MM-DD}, a truth value as a boolean, a constant as its name, a labelled constant as
 * {@code {code, zh, en}}, a labelled value as {@code {zh, en}}, and a list as an array of these.
 */
public final class TextDocuments {

    /** 中英文文本 A text in Chinese and English: {@code {zh: ..., en: ...}}. */
    public static final ObjectCodec<BilingualText> BILINGUAL = ObjectCodec
            .builder("bilingualText", Draft::new, Draft::build)
            .description("中英文本 A text in Chinese and English")
            .required("zh", Codecs.STRING, BilingualText::zh, (d, v) -> d.zh = v)
            .required("en", Codecs.STRING, BilingualText::en, (d, v) -> d.en = v)
            .build();

    /**
     * 用户文本 A text a user wrote, such as a reason or a description: one string where it reads the same in both languages
     * (Chinese the finder of fact wrote), or {@code {zh: ..., en: ...}} where it has two wordings.
     */
    public static final Codec<BilingualText> USER_TEXT = new UserTextCodec();

    /** 参数 The typed parameters of a finding or decision; written only. */
    public static final Codec<Parameters> PARAMETERS = Codec.writeOnly("a finding's parameters",
            ParametersCodec::write, ParametersCodec::schema);

    private TextDocuments() {
    }

    private static final class Draft {
        String zh;
        String en;

        BilingualText build() {
            return BilingualText.of(zh, en);
        }
    }

    /** Writes parameters; a finding's parameters are an output and are not read. */
    private static final class ParametersCodec {

        private ParametersCodec() {
        }

        static void write(Parameters value, Output out) {
            JsonGenerator g = out.generator();
            g.writeStartObject();
            for (Map.Entry<String, Object> e : value.asMap().entrySet()) {
                g.writeName(e.getKey());
                writeValue(e.getValue(), out);
            }
            g.writeEndObject();
        }

        private static void writeValue(Object v, Output out) {
            JsonGenerator g = out.generator();
            if (v instanceof String s) {
                g.writeString(s);
            } else if (v instanceof Long l) {
                g.writeNumber(l);
            } else if (v instanceof BigDecimal d) {
                g.writeNumber(d.toPlainString());
            } else if (v instanceof LocalDate d) {
                g.writeString(d.toString());
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else if (v instanceof BilingualText t) {
                BILINGUAL.write(t, out);
            } else if (v instanceof Enum<?> e && v instanceof Labelled l) {
                g.writeStartObject();
                g.writeStringProperty("code", e.name());
                g.writeStringProperty("zh", l.label().zh());
                g.writeStringProperty("en", l.label().en());
                g.writeEndObject();
            } else if (v instanceof Enum<?> e) {
                g.writeString(e.name());
            } else if (v instanceof Labelled l) {
                BILINGUAL.write(l.label(), out);
            } else if (v instanceof List<?> list) {
                g.writeStartArray();
                for (Object o : list) {
                    writeValue(o, out);
                }
                g.writeEndArray();
            } else {
                throw new IllegalArgumentException("parameter value of unknown type " + v.getClass().getName());
            }
        }

        static ObjectNode schema(Schemas schemas) {
            return schemas.ref("parameters", s -> {
                ObjectNode scalar = s.object();
                ArrayNode anyOf = scalar.putArray("anyOf");
                anyOf.add(s.object().put("type", "string"));
                anyOf.add(s.object().put("type", "number"));
                anyOf.add(s.object().put("type", "boolean"));
                ObjectNode labelled = s.object().put("type", "object");
                ObjectNode props = labelled.putObject("properties");
                props.set("code", s.object().put("type", "string"));
                props.set("zh", s.object().put("type", "string"));
                props.set("en", s.object().put("type", "string"));
                labelled.putArray("required").add("zh").add("en");
                labelled.put("additionalProperties", false);
                anyOf.add(labelled);
                ObjectNode value = s.object();
                ArrayNode either = value.putArray("anyOf");
                either.add(scalar);
                ObjectNode list = s.object().put("type", "array");
                list.set("items", scalar);
                either.add(list);
                ObjectNode parameters = s.object().put("type", "object").put("description",
                        "参数 Typed parameters: text, numbers, days (YYYY-MM-DD), truth values, constants, "
                                + "labelled constants {code, zh, en}, texts {zh, en}, and lists of these");
                parameters.set("additionalProperties", value);
                return parameters;
            });
        }
    }
}
