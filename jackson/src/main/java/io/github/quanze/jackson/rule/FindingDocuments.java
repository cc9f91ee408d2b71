package io.github.quanze.jackson.rule;

import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Schemas;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 结论 The codecs of findings and citations, shared by every output document.
 * <p>
 * A finding is written with its {@code code}, {@code severity}, typed {@code parameters}, its {@code message} in
 * Chinese and English and the provisions it {@code cites}; each finding type adds its own fields (people, dates,
 * powers) after these with {@link #findingFields}.
 */
public final class FindingDocuments {

    /** 严重程度 A severity, written as its constant name: ERROR, WARNING or INFO. */
    public static final Codec<Severity> SEVERITY = Codecs.enumOf(Severity.class);

    /**
     * 引用 A citation, written as a list: each provision as its Chinese citation, any other part as {@code {zh, en}};
     * an empty list for no citation.
     */
    public static final Codec<Citation> CITATION = Codec.writeOnly("a citation", FindingDocuments::writeCitation,
            FindingDocuments::citationSchema);

    /** One part of a citation: a provision as its Chinese citation, anything else as {zh, en}. */
    static final Codec<Citation> CITATION_PART = Codec.writeOnly("a citation", FindingDocuments::writePart,
            FindingDocuments::partSchema);

    /** 结论 Any finding, with the common fields only. */
    public static final ObjectCodec<Finding> FINDING = findingFields(ObjectCodec.<Finding>writer("finding")).build();

    private FindingDocuments() {
    }

    /**
     * Adds the common fields of a finding to the codec of a finding type: code, severity, parameters, message
     * and cites.
     *
     * @param codec  the codec being built, not null
     * @param <F>  the finding type
     * @return the same builder
     */
    public static <F extends Finding> ObjectCodec.Builder<F, Void> findingFields(ObjectCodec.Builder<F, Void> codec) {
        return codec
                .about("The stable code of the finding, such as PROCEDURE.DEADLINE_MISSED")
                .field("code", Codecs.STRING, Finding::code)
                .field("severity", SEVERITY, Finding::severity)
                .field("parameters", TextDocuments.PARAMETERS, Finding::parameters)
                .about("The finding in Chinese and English, rendered from the code and parameters")
                .field("message", TextDocuments.BILINGUAL, Finding::message)
                .about("The provisions the finding rests on")
                .field("cites", CITATION, Finding::basis);
    }

    private static void writeCitation(Citation value, Output out) {
        out.generator().writeStartArray();
        for (Citation part : value.parts()) {
            writePart(part, out);
        }
        out.generator().writeEndArray();
    }

    private static void writePart(Citation part, Output out) {
        if (part instanceof Provision p) {
            BasisDocuments.PROVISION.write(p, out);
        } else {
            TextDocuments.BILINGUAL.write(part.citation(), out);
        }
    }

    private static ObjectNode citationSchema(Schemas schemas) {
        ObjectNode s = schemas.object().put("type", "array").put("description",
                "引用 The provisions cited, each as its Chinese citation, or {zh, en} for a part that is not a "
                        + "provision");
        s.set("items", partSchema(schemas));
        return s;
    }

    private static ObjectNode partSchema(Schemas schemas) {
        ObjectNode items = schemas.object();
        ArrayNode anyOf = items.putArray("anyOf");
        anyOf.add(BasisDocuments.PROVISION.schema(schemas));
        anyOf.add(TextDocuments.BILINGUAL.schema(schemas));
        return items;
    }
}
