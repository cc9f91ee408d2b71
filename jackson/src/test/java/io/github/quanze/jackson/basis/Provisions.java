package io.github.quanze.jackson.basis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.codec.Output;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and writes single provisions through the provision codec. */
final class Provisions {

    private Provisions() {
    }

    static Provision read(DocumentContext context, String yaml) {
        try (JsonParser p = YAMLMapper.builder().build().createParser(yaml)) {
            p.nextToken();
            return BasisDocuments.PROVISION.read(new Input(p, "provision", context, false));
        }
    }

    static String write(DocumentContext context, Provision provision) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonMapper.builder().build().createGenerator(out)) {
            BasisDocuments.PROVISION.write(provision, new Output(g, context));
        }
        return out.toString();
    }

    static String error(DocumentContext context, String yaml) {
        String[] message = new String[1];
        assertThatThrownBy(() -> read(context, yaml)).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> message[0] = e.getMessage());
        return message[0];
    }
}
