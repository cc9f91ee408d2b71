package io.github.quanze.jackson.basis;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * 执法依据目录 The document of a basis catalogue, and the codecs of instruments, provisions and legal bases that
 * every other document uses.
 * <p>
 * A provision is written as its Chinese citation, such as {@code 《中华人民共和国行政处罚法》第六十四条第（二）项},
 * resolved against the basis catalogue given to the reader and then the national instruments
 * ({@link io.github.quanze.basis.Instruments#catalogue()}). Where the catalogue holds several editions of the
 * title, the citation is an object that names the edition by the day it took effect:
 * {@code {citation: ..., edition: 2021-07-15}}.
 */
public final class BasisDocuments {

    /** An instrument (法律文件): title, level, 文号 and dates. */
    static final ObjectCodec<LegalInstrument> INSTRUMENT = ObjectCodec
            .builder("instrument", LegalInstrument::builder, LegalInstrument.Builder::build)
            .description("执法依据 A legal instrument: one edition of a law, regulation, rule or normative document")
            .about("The full title without book-title marks")
            .required("title", Codecs.STRING, LegalInstrument::title, LegalInstrument.Builder::title)
            .optional("englishTitle", Codecs.STRING, LegalInstrument::englishTitle,
                    LegalInstrument.Builder::englishTitle)
            .required("level", Codecs.enumOf(InstrumentLevel.class), LegalInstrument::level,
                    LegalInstrument.Builder::level)
            .about("文号, such as 国办发〔2005〕37号")
            .optional("documentNumber", Codecs.STRING, LegalInstrument::documentNumber,
                    LegalInstrument.Builder::documentNumber)
            .optional("adoptionDate", Codecs.DATE, LegalInstrument::adoptionDate,
                    LegalInstrument.Builder::adoptionDate)
            .required("effectiveDate", Codecs.DATE, LegalInstrument::effectiveDate,
                    LegalInstrument.Builder::effectiveDate)
            .optional("repealDate", Codecs.DATE, LegalInstrument::repealDate, LegalInstrument.Builder::repealDate)
            .build();

    /** 条款 A provision, written as its Chinese citation. */
    public static final Codec<Provision> PROVISION = new ProvisionCodec();

    /** 法律依据 A legal basis, written as the list of its provisions' citations. */
    public static final Codec<LegalBasis> LEGAL_BASIS = new LegalBasisCodec(PROVISION);

    private static final ObjectCodec<BasisCatalogue> CATALOGUE = ObjectCodec
            .builder("basisCatalogue", Draft::new, Draft::build)
            .required("name", Codecs.STRING, BasisCatalogue::name, (d, v) -> d.name = v)
            .list("instruments", INSTRUMENT, BasisCatalogue::instruments, (d, v) -> d.instruments.add(v))
            .build();

    /** 执法依据目录 The document of a basis catalogue. */
    public static final DocumentKind<BasisCatalogue> BASIS_CATALOGUE = DocumentKind.of("basis-catalogue", 1,
            BasisCatalogue.class, "执法依据目录 basis catalogue", CATALOGUE);

    private BasisDocuments() {
    }

    private static final class Draft {
        String name;
        final List<LegalInstrument> instruments = new ArrayList<>();

        BasisCatalogue build() {
            return BasisCatalogue.builder(name).addAll(instruments).build();
        }
    }
}
