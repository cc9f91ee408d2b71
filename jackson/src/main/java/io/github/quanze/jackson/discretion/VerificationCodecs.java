package io.github.quanze.jackson.discretion;

import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.rule.FindingDocuments;
import io.github.quanze.rule.RuleId;

/** The codecs of the verification of discretion standards, an output: written only. */
final class VerificationCodecs {

    /** A finding: the common fields of a finding, then the kind, standard, item, rows and higher standard. */
    private static final ObjectCodec<StandardFinding> FINDING = FindingDocuments
            .findingFields(ObjectCodec.<StandardFinding>writer("standardFinding"))
            .description("裁量基准校验发现 What verifying a discretion standard found: a tier outside the statute, "
                    + "out of order or not within the higher standard, a gap in the tiers, a provision not in force")
            .field("kind", Codecs.enumOf(StandardFinding.Kind.class), StandardFinding::kind)
            .about("The 文号 of the standard verified")
            .field("standard", Codecs.STRING, StandardFinding::standard)
            .about("The code of the violation item concerned")
            .optionalField("item", Codecs.STRING, StandardFinding::item)
            .about("The ids of the rows of the tiers concerned; for containment the lower standard's row, then the "
                    + "higher's")
            .listField("rows", Codecs.STRING, f -> f.rows().stream().map(RuleId::value).toList())
            .about("The 文号 of the higher standard, for a finding of containment")
            .optionalField("higher", Codecs.STRING, StandardFinding::higher)
            .build();

    /** The verification: the standards verified, whether nothing was found, and the findings. */
    static final ObjectCodec<StandardVerification> VERIFICATION = ObjectCodec
            .<StandardVerification>writer("standardVerification")
            .description("裁量基准校验 What verifying discretion standards against their statutory frame, and a lower "
                    + "standard against the higher one it implements, found")
            .about("The 文号 of the standards verified, in order")
            .listField("standards", Codecs.STRING, StandardVerification::standards)
            .about("Whether nothing was found: no breach, no warning, no finding of an interpretation")
            .field("clean", Codecs.BOOLEAN, StandardVerification::isClean)
            .listField("findings", FINDING, StandardVerification::findings)
            .build();

    private VerificationCodecs() {
    }
}
