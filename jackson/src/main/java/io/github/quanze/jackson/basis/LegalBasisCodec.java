package io.github.quanze.jackson.basis;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Schemas;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes a legal basis as a list of citations. */
final class LegalBasisCodec implements Codec<LegalBasis> {

    private final Codec<Provision> provision;

    LegalBasisCodec(Codec<Provision> provision) {
        this.provision = provision;
    }

    @Override
    public LegalBasis read(Input in) {
        TokenStreamLocation mark = in.mark();
        String field = in.currentField();
        if (in.token() != JsonToken.START_ARRAY) {
            throw in.error("must be a list of citations");
        }
        List<Provision> provisions = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            provisions.add(provision.read(in));
        }
        try {
            return new LegalBasis(provisions);
        } catch (IllegalArgumentException e) {
            throw in.error(in.positionOf(mark), field, "[…]", e.getMessage(), e);
        }
    }

    @Override
    public void write(LegalBasis value, Output out) {
        out.generator().writeStartArray();
        for (Provision p : value.provisions()) {
            provision.write(p, out);
        }
        out.generator().writeEndArray();
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
        ObjectNode s = schemas.object().put("type", "array").put("minItems", 1)
                .put("description", "法律依据 A legal basis: the provisions it cites");
        s.set("items", provision.schema(schemas));
        return s;
    }
}
