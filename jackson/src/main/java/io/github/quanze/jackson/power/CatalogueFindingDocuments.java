package io.github.quanze.jackson.power;

import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.rule.FindingDocuments;
import io.github.quanze.power.CatalogueFinding;

/**
 * 权责清单自查结论 The output document of a power catalogue's self-check: the catalogue checked, the day and each
 * finding with its code, severity, typed parameters, both texts, the provisions it cites, the power concerned and
 * the provisions of that power found wanting.
 */
public final class CatalogueFindingDocuments {

    /** 权责清单自查结论 A finding of a catalogue's self-check; written only. */
    static final ObjectCodec<CatalogueFinding> CATALOGUE_FINDING = FindingDocuments
            .findingFields(ObjectCodec.<CatalogueFinding>writer("catalogueFinding"))
            .about("The code of the power concerned")
            .field("power", PowerDocuments.POWER_CODE, CatalogueFinding::power)
            .about("The power's provisions the finding is about, such as those not in force on the day")
            .listField("provisions", BasisDocuments.PROVISION, CatalogueFinding::provisions)
            .build();

    private static final ObjectCodec<CatalogueFindings> FINDINGS = ObjectCodec
            .<CatalogueFindings>writer("catalogueFindings")
            .about("The name of the catalogue checked")
            .field("catalogue", Codecs.STRING, CatalogueFindings::catalogue)
            .field("agency", PowerDocuments.AGENCY_ID, CatalogueFindings::agency)
            .about("The day the catalogue was checked on")
            .field("date", Codecs.DATE, CatalogueFindings::date)
            .listField("findings", CATALOGUE_FINDING, CatalogueFindings::findings)
            .build();

    /** 权责清单自查 The output document of a catalogue's self-check; written only. */
    public static final DocumentKind<CatalogueFindings> CATALOGUE_FINDINGS = DocumentKind.of("catalogue-findings", 1,
            CatalogueFindings.class, "权责清单自查结论 catalogue findings", FINDINGS);

    private CatalogueFindingDocuments() {
    }
}
