package io.github.quanze.jackson.basis;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Schemas;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a provision as its citation, resolved against the reader's basis catalogue and then the
 * national instruments.
 */
final class ProvisionCodec implements Codec<Provision> {

    @Override
    public Provision read(Input in) {
        TokenStreamLocation mark = in.mark();
        String field = in.currentField();
        String citation;
        LocalDate edition = null;
        if (in.token() == JsonToken.START_OBJECT) {
            String c = null;
            for (JsonToken t = in.next(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
                String key = in.parser().currentName();
                in.next();
                switch (key) {
                    case "citation" -> c = Codecs.STRING.read(in);
                    case "edition" -> edition = Codecs.DATE.read(in);
                    default -> {
                        if (!in.lenient()) {
                            throw in.error(in.position(), key, null,
                                    "unknown field in citation; known fields: citation, edition", null);
                        }
                        in.parser().skipChildren();
                    }
                }
            }
            if (c == null || edition == null) {
                throw in.error(in.positionOf(mark), c == null ? "citation" : "edition", null,
                        "a citation written as an object needs both citation and edition", null);
            }
            citation = c;
        } else {
            citation = Codecs.STRING.read(in);
        }
        Citations parsed = in.state(Citations.class, Citations::new);
        Object key = edition == null ? citation : new Edition(citation, edition);
        Provision provision = parsed.provisions.get(key);
        if (provision != null) {
            return provision;
        }
        try {
            provision = resolve(in.context(BasisCatalogue.class), citation, edition);
        } catch (IllegalArgumentException e) {
            throw in.error(in.positionOf(mark), field, Input.quote(citation), Codecs.messageOf(e), e);
        }
        parsed.provisions.put(key, provision);
        return provision;
    }

    /**
     * The provisions already resolved in this read, by citation (or citation and edition): a catalogue of 10,000
     * powers cites a few hundred provisions, and what a citation resolves to is fixed for one read, whose context
     * does not change.
     */
    private static final class Citations {
        final Map<Object, Provision> provisions = new HashMap<>();
    }

    /** A citation of a given edition. */
    private record Edition(String citation, LocalDate edition) {
    }

    private static Provision resolve(Optional<BasisCatalogue> document, String citation, LocalDate edition) {
        String title = Provision.titleOf(citation);
        BasisCatalogue catalogue = document.filter(c -> !c.editions(title).isEmpty())
                .orElse(Instruments.catalogue());
        if (catalogue.editions(title).isEmpty()) {
            throw new IllegalArgumentException("unknown instrument 《" + title + "》: it is in "
                    + document.map(c -> "neither the basis catalogue \"" + c.name() + "\" nor ")
                            .orElse("no basis catalogue given and not among ")
                    + "the national instruments");
        }
        if (edition == null) {
            return catalogue.parseProvision(citation);
        }
        for (LegalInstrument i : catalogue.editions(title)) {
            if (i.effectiveDate().equals(edition)) {
                return Provision.parse(citation, i);
            }
        }
        throw new IllegalArgumentException("no edition of 《" + title + "》 took effect on " + edition
                + " in basis catalogue \"" + catalogue.name() + "\"");
    }

    @Override
    public void write(Provision value, Output out) {
        String title = value.instrument().title();
        BasisCatalogue catalogue = out.context(BasisCatalogue.class).filter(c -> !c.editions(title).isEmpty())
                .orElse(Instruments.catalogue());
        List<LegalInstrument> editions = catalogue.editions(title);
        if (editions.size() <= 1) {
            out.generator().writeString(value.toString());
        } else {
            out.generator().writeStartObject();
            out.generator().writeStringProperty("citation", value.toString());
            out.generator().writeStringProperty("edition", value.instrument().effectiveDate().toString());
            out.generator().writeEndObject();
        }
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
        return schemas.ref("provision", s -> {
            ObjectNode union = s.object().put("description", "条款 A provision, cited in Chinese, such as "
                    + "《中华人民共和国行政处罚法》第六十四条第（二）项; an object names the edition where the basis "
                    + "catalogue holds several");
            ArrayNode oneOf = union.putArray("oneOf");
            oneOf.add(s.object().put("type", "string").put("pattern", "^\\s*《[^》]+》"));
            ObjectNode object = s.object().put("type", "object");
            ObjectNode properties = object.putObject("properties");
            properties.set("citation", s.object().put("type", "string").put("pattern", "^\\s*《[^》]+》"));
            properties.set("edition", s.object().put("type", "string").put("format", "date"));
            object.putArray("required").add("citation").add("edition");
            object.put("additionalProperties", false);
            oneOf.add(object);
            return union;
        });
    }
}
