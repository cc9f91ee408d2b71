package io.github.quanze.jackson.power;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import tools.jackson.core.JsonParser;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads single values through a codec, for tests of codecs shared by several documents. */
public final class Values {

    private Values() {
    }

    /**
     * Reads a value.
     *
     * @param codec  the codec
     * @param context  the context
     * @param yaml  the value in YAML
     * @param <T>  the type of value
     * @return the value
     */
    public static <T> T read(Codec<T> codec, DocumentContext context, String yaml) {
        try (JsonParser p = YAMLMapper.builder().build().createParser(yaml)) {
            p.nextToken();
            return codec.read(new Input(p, "value", context, false));
        }
    }

    /**
     * Reads a value that must fail, and returns the message.
     *
     * @param codec  the codec
     * @param context  the context
     * @param yaml  the value in YAML
     * @return the error's message
     */
    public static String error(Codec<?> codec, DocumentContext context, String yaml) {
        String[] message = new String[1];
        assertThatThrownBy(() -> read(codec, context, yaml)).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> message[0] = e.getMessage());
        return message[0];
    }
}
