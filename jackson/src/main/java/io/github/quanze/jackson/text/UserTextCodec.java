package io.github.quanze.jackson.text;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Schemas;
import io.github.quanze.text.BilingualText;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a text a user wrote, such as a reason or a description: one string where it has one wording
 * for both languages, or {@code {zh, en}} where it has two.
 */
final class UserTextCodec implements Codec<BilingualText> {

    @Override
    public BilingualText read(Input in) {
        if (in.token() == JsonToken.START_OBJECT) {
            return TextDocuments.BILINGUAL.read(in);
        }
        String text = Codecs.STRING.read(in);
        return BilingualText.of(text, text);
    }

    @Override
    public void write(BilingualText value, Output out) {
        if (value.zh().equals(value.en())) {
            out.generator().writeString(value.zh());
        } else {
            TextDocuments.BILINGUAL.write(value, out);
        }
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
        ObjectNode s = schemas.object().put("description",
                "用户文本 A text a user wrote: one string for both languages, or {zh, en}");
        ArrayNode oneOf = s.putArray("oneOf");
        oneOf.add(schemas.object().put("type", "string"));
        oneOf.add(TextDocuments.BILINGUAL.schema(schemas));
        return s;
    }
}
