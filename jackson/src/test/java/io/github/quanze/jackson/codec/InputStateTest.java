package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

class InputStateTest {

    /** A value whose builder is made from the input: it sees the context and the state of earlier values. */
    private static final ObjectCodec<String> GREETING = ObjectCodec
            .builderFrom("greeting", in -> new StringBuilder(in.context(String.class).orElse("?"))
                    .append('#').append(in.state(Counter.class, Counter::new).next()), StringBuilder::toString)
            .required("to", Codecs.STRING, s -> s, StringBuilder::append)
            .build();

    private static final class Counter {
        private int count;

        int next() {
            return ++count;
        }
    }

    private static List<String> read(String json, DocumentContext context) {
        try (JsonParser p = JsonMapper.builder().build().createParser(json)) {
            Input in = new Input(p, "g.json", context, false);
            List<String> read = new ArrayList<>();
            in.next();
            while (in.next() != tools.jackson.core.JsonToken.END_ARRAY) {
                read.add(GREETING.read(in));
            }
            return read;
        }
    }

    @Test
    void aBuilderMadeFromTheInputSeesItsContextAndItsState() {
        assertThat(read("[{\"to\": \"甲\"}, {\"to\": \"乙\"}]", DocumentContext.empty().with(String.class, "你好")))
                .containsExactly("你好#1甲", "你好#2乙");
    }

    @Test
    void stateIsNotCarriedFromOneInputToTheNext() {
        assertThat(read("[{\"to\": \"甲\"}]", DocumentContext.empty())).containsExactly("?#1甲");
        assertThat(read("[{\"to\": \"乙\"}]", DocumentContext.empty())).containsExactly("?#1乙");
    }
}
