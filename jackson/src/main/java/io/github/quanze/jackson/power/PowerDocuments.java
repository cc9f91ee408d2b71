package io.github.quanze.jackson.power;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.References;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.power.ResponsibilityItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 权责清单 The document of a power catalogue: each power with its code, kind, name, implementing agency,
 * enforcement area, legal basis (实施依据) cited in Chinese, its responsibility items (责任事项) and accountability
 * clauses (追责情形).
 * <p>
 * Citations resolve against the basis catalogue given to the reader, then the national instruments. Other
 * documents refer to a power by its code: {@link #POWER_REFERENCE} resolves a code against the power catalogue
 * given to their reader.
 */
public final class PowerDocuments {

    /** 职权编码 A power's code, written as its text. */
    public static final Codec<PowerCode> POWER_CODE = References.id(PowerCode::of, PowerCode::value);

    /** 执法主体 An agency's id, written as its text. */
    public static final Codec<AgencyId> AGENCY_ID = References.id(AgencyId::of, AgencyId::value);

    /** 职权引用 A power's code that must name a power of the catalogue given to the reader. */
    public static final Codec<PowerCode> POWER_REFERENCE = References.to(POWER_CODE, PowerCatalogue.class,
            "a power catalogue", PowerCatalogue::power);

    /** 责任事项 A responsibility item: the stage (环节) and the duty at that stage. */
    static final ObjectCodec<ResponsibilityItem> RESPONSIBILITY_ITEM = ObjectCodec
            .builder("responsibilityItem", ItemDraft::new, ItemDraft::build)
            .description("责任事项 A responsibility item: a stage of exercising the power and the duty at it")
            .about("The stage, such as 受理责任")
            .required("stage", Codecs.STRING, ResponsibilityItem::stage, (d, v) -> d.stage = v)
            .required("duty", Codecs.STRING, ResponsibilityItem::duty, (d, v) -> d.duty = v)
            .build();

    /** 追责情形 An accountability clause: the situation in which officers are held accountable, and its basis. */
    static final ObjectCodec<AccountabilityClause> ACCOUNTABILITY_CLAUSE = ObjectCodec
            .builder("accountabilityClause", ClauseDraft::new, ClauseDraft::build)
            .description("追责情形 An accountability clause: a situation that engages accountability, and its basis")
            .required("situation", Codecs.STRING, AccountabilityClause::situation, (d, v) -> d.situation = v)
            .required("basis", BasisDocuments.LEGAL_BASIS, AccountabilityClause::basis, (d, v) -> d.basis = v)
            .build();

    /** 职权 A power of the catalogue. */
    static final ObjectCodec<Power> POWER = ObjectCodec
            .builder("power", Power::builder, Power.Builder::build)
            .description("职权 A power of the catalogue (权责清单事项)")
            .about("The power's code, unique in the catalogue, such as CF-001")
            .required("code", POWER_CODE, Power::code, Power.Builder::code)
            .required("kind", Codecs.enumOf(PowerKind.class), Power::kind, Power.Builder::kind)
            .about("子项 The sub-kind, where the catalogue divides the kind")
            .optional("subKind", Codecs.STRING, Power::subKind, Power.Builder::subKind)
            .required("name", Codecs.STRING, Power::name, Power.Builder::name)
            .required("implementingAgency", Codecs.STRING, Power::implementingAgency,
                    Power.Builder::implementingAgency)
            .required("enforcementArea", Codecs.STRING, Power::enforcementArea, Power.Builder::enforcementArea)
            .about("实施依据 The provisions the power rests on, cited in Chinese; at least one names an article")
            .list("basis", BasisDocuments.PROVISION, Power::provisions, Power.Builder::addProvision)
            .list("responsibilityItems", RESPONSIBILITY_ITEM, Power::responsibilityItems,
                    Power.Builder::addResponsibilityItem)
            .list("accountabilityClauses", ACCOUNTABILITY_CLAUSE, Power::accountabilityClauses,
                    Power.Builder::addAccountabilityClause)
            .build();

    private static final ObjectCodec<PowerCatalogue> CATALOGUE = ObjectCodec
            .builder("powerCatalogue", Draft::new, Draft::build)
            .required("name", Codecs.STRING, PowerCatalogue::name, (d, v) -> d.name = v)
            .about("The agency whose catalogue it is")
            .required("agency", AGENCY_ID, PowerCatalogue::agency, (d, v) -> d.agency = v)
            .about("The day the catalogue was published or last revised")
            .required("date", Codecs.DATE, PowerCatalogue::date, (d, v) -> d.date = v)
            .list("powers", POWER, PowerCatalogue::powers, (d, v) -> d.powers.add(v))
            .build();

    /** 权责清单 The document of a power catalogue; its citations resolve against a basis catalogue in the context. */
    public static final DocumentKind<PowerCatalogue> POWER_CATALOGUE = DocumentKind.of("power-catalogue", 1,
            PowerCatalogue.class, "权责清单 power catalogue", CATALOGUE);

    private PowerDocuments() {
    }

    private static final class Draft {
        String name;
        AgencyId agency;
        LocalDate date;
        final List<Power> powers = new ArrayList<>();

        PowerCatalogue build() {
            return PowerCatalogue.builder(name, agency, date).addAll(powers).build();
        }
    }

    private static final class ItemDraft {
        String stage;
        String duty;

        ResponsibilityItem build() {
            return new ResponsibilityItem(stage, duty);
        }
    }

    private static final class ClauseDraft {
        String situation;
        LegalBasis basis;

        AccountabilityClause build() {
            return new AccountabilityClause(situation, basis);
        }
    }
}
