package io.github.quanze.examples.reliability;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.basis.UnknownInstrumentException;
import io.github.quanze.examples.Prepared;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.power.ResponsibilityItem;
import io.github.quanze.power.UnknownPowerException;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Bad inputs to texts and templates, the legal basis (执法依据) and the power catalogue (权责清单). */
final class LawRows {

    private static final LegalInstrument PENALTY_LAW = Instruments.ADMINISTRATIVE_PENALTY_LAW;

    private LawRows() {}

    static List<BadInput> text() {
        Rows rows = new Rows("text");
        rows.call("bilingual text with a blank Chinese side", () -> BilingualText.of(" ", "deadline"),
                IllegalArgumentException.class, "Chinese text", "must not be blank", "' '");
        rows.call("bilingual text with an empty English side", () -> BilingualText.of("期限", ""),
                IllegalArgumentException.class, "English text", "must not be blank", "期限");
        rows.call("template whose placeholders differ between languages",
                () -> Template.of("{days}日内", "within {day} days"), IllegalArgumentException.class,
                "placeholders", "days", "day", "same");
        rows.call("template with a brace that is not closed", () -> Template.of("{days日内", "within {days days"),
                IllegalArgumentException.class, "'{days日内'", "not closed");
        rows.call("template with a closing brace and no opening one", () -> Template.of("days}日内", "days} days"),
                IllegalArgumentException.class, "closing brace", "no opening");
        rows.call("template placeholder that is not an identifier", () -> Template.of("{1x}日", "{1x} days"),
                IllegalArgumentException.class, "placeholder", "'1x'", "not an identifier");
        rows.call("blank template", () -> Template.of("  ", "days"), IllegalArgumentException.class,
                "Template must not be blank");
        rows.on("template rendered without its parameter", () -> Template.of("{days}日内", "within {days} days"),
                t -> t.render(Parameters.empty()), IllegalArgumentException.class, "needs parameter", "'days'");
        rows.builder("parameter name that is not an identifier", () -> Parameters.builder().put("days", 3),
                Parameters.Builder::build, b -> b.put("1st day", "x"), IllegalArgumentException.class,
                "Parameter name", "identifier", "'1st day'");
        rows.builder("parameter put twice", () -> Parameters.builder().put("days", 3), Parameters.Builder::build,
                b -> b.put("days", "three"), IllegalArgumentException.class, "Parameter 'days'", "put twice");
        rows.builder("list parameter holding a list", () -> Parameters.builder().put("days", 3),
                Parameters.Builder::build, b -> b.put("steps", List.of(List.of("立案"))),
                IllegalArgumentException.class, "Parameter 'steps'", "list element 0");
        rows.builder("list parameter holding a null", () -> Parameters.builder().put("days", 3),
                Parameters.Builder::build, b -> b.put("steps", Arrays.asList("立案", null)),
                IllegalArgumentException.class, "Parameter 'steps'", "list element 1 is null");
        rows.on("absent parameter read", () -> Parameters.builder().put("days", 3).build(), p -> p.text("name"),
                IllegalArgumentException.class, "Parameter 'name'", "absent", "days");
        rows.on("number parameter read as a text", () -> Parameters.builder().put("days", 3).build(),
                p -> p.text("days"), IllegalArgumentException.class, "Parameter 'days'", "must be");
        rows.call("schema parameter name with a space", () -> ParameterSchema.none().require("a b", String.class),
                IllegalArgumentException.class, "Parameter name", "identifier", "'a b'");
        rows.on("schema parameter declared twice", () -> ParameterSchema.none().require("days", Long.class),
                s -> s.allow("days", String.class), IllegalArgumentException.class, "'days'", "twice");
        rows.on("parameters missing a required one", () -> ParameterSchema.none().require("days", Long.class),
                s -> s.check("TIMELIMIT.OVERDUE", Parameters.empty()), IllegalArgumentException.class,
                "TIMELIMIT.OVERDUE", "'days'", "required");
        rows.on("parameters with one the schema does not know",
                () -> ParameterSchema.none().require("days", Long.class),
                s -> s.check("TIMELIMIT.OVERDUE", Parameters.builder().put("days", 3).put("weeks", 1).build()),
                IllegalArgumentException.class, "TIMELIMIT.OVERDUE", "'weeks'", "not one of its parameters");
        rows.call("list parameter whose elements are lists",
                () -> ParameterSchema.none().requireList("steps", List.class), IllegalArgumentException.class,
                "'steps'", "must not be lists");
        rows.on("joining no texts with empty separators", () -> new ArrayList<BilingualText>(),
                texts -> BilingualText.joinAll("", "", texts), IllegalArgumentException.class,
                "Texts to join", "must not be empty");
        return rows.rows();
    }

    static List<BadInput> basis() {
        Rows rows = new Rows("basis");
        rows.builder("instrument title in book-title marks", LawRows::untitled, LawRows::titled,
                b -> b.title("《行政处罚法》"), IllegalArgumentException.class,
                "Instrument title", "book-title marks", "《行政处罚法》");
        rows.builder("instrument title with surrounding spaces", LawRows::untitled, LawRows::titled,
                b -> b.title(" 行政处罚法"), IllegalArgumentException.class, "Instrument title", "' 行政处罚法'");
        rows.builder("instrument title with a line break", LawRows::untitled, LawRows::titled,
                b -> b.title("行政\n处罚法"), IllegalArgumentException.class, "Instrument title", "control character",
                "U+000A");
        rows.builder("instrument title set twice", LawRows::instrument, LegalInstrument.Builder::build,
                b -> b.title("行政强制法"), IllegalStateException.class, "title", "already set");
        rows.building("instrument without an effective date", () -> LegalInstrument.builder().title("行政强制法")
                .level(InstrumentLevel.LAW).documentNumber("主席令第四十九号"), LegalInstrument.Builder::build,
                IllegalStateException.class, "missing required fields", "effectiveDate");
        rows.building("instrument with neither document number nor adoption date", () -> LegalInstrument.builder()
                .title("行政强制法").level(InstrumentLevel.LAW).effectiveDate(LocalDate.of(2012, 1, 1)),
                LegalInstrument.Builder::build, IllegalArgumentException.class, "《行政强制法》", "document number",
                "adoption date");
        rows.building("instrument adopted after it took effect", () -> instrument()
                .adoptionDate(LocalDate.of(2012, 2, 1)), LegalInstrument.Builder::build,
                IllegalArgumentException.class, "adoption date 2012-02-01", "must not be after", "2012-01-01");
        rows.building("instrument repealed on the day it took effect", () -> instrument()
                .repealDate(LocalDate.of(2012, 1, 1)), LegalInstrument.Builder::build,
                IllegalArgumentException.class, "repeal date 2012-01-01", "must be after effective date");
        rows.call("article zero", () -> Provision.of(PENALTY_LAW, 0), IllegalArgumentException.class,
                "Article number", "at least 1", "0");
        rows.call("paragraph below one", () -> Provision.of(PENALTY_LAW, 36, -1), IllegalArgumentException.class,
                "Paragraph number", "第三十六条", "-1");
        rows.call("item below one", () -> Provision.of(PENALTY_LAW, 36, 1, -2), IllegalArgumentException.class,
                "Item number", "-2");
        rows.call("article beyond what a Chinese numeral writes", () -> Provision.of(PENALTY_LAW, 100_000),
                IllegalArgumentException.class, "100000");
        rows.on("paragraph number zero", () -> Provision.of(PENALTY_LAW, 36), p -> p.withParagraph(0),
                IllegalArgumentException.class, "Paragraph number", "at least 1", "0");
        rows.on("paragraph added to a provision that has one", () -> Provision.of(PENALTY_LAW, 36, 1),
                p -> p.withParagraph(2), IllegalStateException.class, "第三十六条第一款");
        rows.on("legal basis of no provision", () -> new ArrayList<Provision>(), LegalBasis::new,
                IllegalArgumentException.class, "Legal basis", "at least one provision");
        rows.on("legal basis citing a provision twice", () -> new ArrayList<>(List.of(Provision.of(PENALTY_LAW, 36),
                Provision.of(PENALTY_LAW, 36))), LegalBasis::new, IllegalArgumentException.class, "Legal basis",
                "twice", "第三十六条");
        rows.call("basis catalogue with a blank name", () -> BasisCatalogue.builder(" ").build(),
                IllegalArgumentException.class, "Basis catalogue name", "blank");
        rows.on("two editions of one law effective the same day", () -> new ArrayList<>(List.of(instrument()
                .build(), LegalInstrument.builder().title("行政强制法").level(InstrumentLevel.LAW)
                .adoptionDate(LocalDate.of(2011, 6, 30)).effectiveDate(LocalDate.of(2012, 1, 1)).build())),
                editions -> BasisCatalogue.builder("目录").addAll(editions).build(),
                IllegalArgumentException.class, "two editions", "《行政强制法》", "2012-01-01");
        rows.builder("instruments with a null among them", () -> BasisCatalogue.builder("目录").add(PENALTY_LAW),
                BasisCatalogue.Builder::build, b -> b.add(Instruments.ADMINISTRATIVE_LICENSING_LAW, null),
                NullPointerException.class, "added element");
        rows.on("citation of a law the catalogue does not hold", Prepared::basis,
                c -> c.parseProvision("《中华人民共和国刑法》第一条"), UnknownInstrumentException.class,
                "中华人民共和国刑法");
        rows.on("citation without book-title marks", Prepared::basis, c -> c.parseProvision("行政处罚法第一条"),
                IllegalArgumentException.class, "Citation", "'行政处罚法第一条'", "form");
        rows.call("citation of another law than the one given",
                () -> Provision.parse("《中华人民共和国行政许可法》第一条", PENALTY_LAW), IllegalArgumentException.class,
                "Citation", "行政许可法", "not the given instrument");
        rows.call("article numbered zero in Chinese", () -> Provision.parse("《中华人民共和国行政处罚法》第〇条",
                PENALTY_LAW), IllegalArgumentException.class, "Citation '《中华人民共和国行政处罚法》第〇条'", "〇");
        rows.call("item numeral with its units out of order", () -> Provision.parse(
                "《中华人民共和国行政处罚法》第二十条第（十一十）项", PENALTY_LAW), IllegalArgumentException.class, "Citation",
                "十一十", "out of order");
        rows.call("article numbered a million", () -> Provision.parse("《中华人民共和国行政处罚法》第一百万条", PENALTY_LAW),
                IllegalArgumentException.class, "Citation", "一百万", "9999");
        rows.pending("article numeral with a leading 零", "Chinese numerals are being changed to accept only the "
                + "standard forms: today 第零六十四条 reads as Art 64", () -> Provision.parse(
                "《中华人民共和国行政处罚法》第零六十四条", PENALTY_LAW), IllegalArgumentException.class, "零六十四");
        rows.pending("article numeral with 零 written twice", "Chinese numerals are being changed to accept only the "
                + "standard forms: today 一千零零一 reads as 1001", () -> Provision.parse(
                "《中华人民共和国行政处罚法》第一千零零一条", PENALTY_LAW), IllegalArgumentException.class, "一千零零一");
        return rows.rows();
    }

    static List<BadInput> power() {
        Rows rows = new Rows("power");
        rows.call("power code with a space", () -> PowerCode.of("CF 001"), IllegalArgumentException.class,
                "Power code", "ASCII letters or digits", "'CF 001'");
        rows.call("power code in Chinese", () -> PowerCode.of("处罚一"), IllegalArgumentException.class,
                "Power code", "'处罚一'");
        rows.call("empty power code", () -> PowerCode.of(""), IllegalArgumentException.class, "Power code", "''");
        rows.call("power code of 65 characters", () -> PowerCode.of("C".repeat(65)),
                IllegalArgumentException.class, "Power code", "1-64", "'CCCC");
        rows.call("agency id ending in a dash", () -> AgencyId.of("SYC-"), IllegalArgumentException.class,
                "Agency id", "'SYC-'");
        rows.builder("power name with a tab", LawRows::bare, LawRows::complete, b -> b.name("罚款\t决定"),
                IllegalArgumentException.class, "name", "control character", "U+0009");
        rows.builder("power name set twice", LawRows::fullPower, Power.Builder::build, b -> b.name("另一名称"),
                IllegalStateException.class, "Power builder", "name", "already set");
        rows.builder("blank enforcement area", LawRows::bare, LawRows::complete, b -> b.enforcementArea("  "),
                IllegalArgumentException.class, "enforcement area",
                "blank");
        rows.building("power citing no provision", () -> Power.builder().code(PowerCode.of("CF-100"))
                .name("罚款").kind(PowerKind.ADMINISTRATIVE_PENALTY).implementingAgency("市局")
                .enforcementArea("烟草专卖"), Power.Builder::build, IllegalArgumentException.class,
                "Power CF-100", "at least one provision");
        rows.building("power citing one provision twice", () -> fullPower().addProvision(Provision.of(PENALTY_LAW, 9)),
                Power.Builder::build, IllegalArgumentException.class, "Power CF-100", "twice", "第九条");
        rows.building("power citing a whole law only", () -> Power.builder().code(PowerCode.of("CF-100"))
                .name("罚款").kind(PowerKind.ADMINISTRATIVE_PENALTY).implementingAgency("市局")
                .enforcementArea("烟草专卖").addProvision(Provision.wholeOf(PENALTY_LAW)), Power.Builder::build,
                IllegalArgumentException.class, "Power CF-100", "article", "whole laws");
        rows.building("power without a code and kind", () -> Power.builder().name("罚款").implementingAgency("市局")
                .enforcementArea("烟草专卖").addProvision(Provision.of(PENALTY_LAW, 9)), Power.Builder::build,
                IllegalStateException.class, "missing required fields", "code", "kind");
        rows.on("power catalogue with a duplicate code", () -> new ArrayList<>(List.of(fullPower().build(),
                fullPower().build())), powers -> PowerCatalogue.builder("清单", AgencyId.of("SYC"),
                LocalDate.of(2026, 1, 1)).addAll(powers).build(), IllegalArgumentException.class,
                "duplicate code", "'CF-100'");
        rows.builder("powers with a null among them", () -> PowerCatalogue.builder("清单", AgencyId.of("SYC"),
                LocalDate.of(2026, 1, 1)).add(fullPower().build()), PowerCatalogue.Builder::build,
                b -> b.addAll(Arrays.asList(Power.builder().code(PowerCode.of("CF-101")).name("另一处罚")
                        .kind(PowerKind.ADMINISTRATIVE_PENALTY).implementingAgency("示例市烟草专卖局")
                        .enforcementArea("烟草专卖").addProvision(Provision.of(PENALTY_LAW, 9)).build(), null)),
                NullPointerException.class, "added element");
        rows.call("power catalogue with a blank name", () -> PowerCatalogue.builder("", AgencyId.of("SYC"),
                LocalDate.of(2026, 1, 1)).build(), IllegalArgumentException.class, "Power catalogue name", "blank");
        rows.on("power the catalogue does not list", Prepared::powers, c -> c.power(PowerCode.of("ZZ-999")),
                UnknownPowerException.class, "ZZ-999");
        rows.call("responsibility item with a blank stage", () -> new ResponsibilityItem(" ", "受理申请"),
                IllegalArgumentException.class, "Responsibility item stage", "blank");
        rows.call("responsibility item with a form feed in its duty", () -> new ResponsibilityItem("受理", "受理\f申请"),
                IllegalArgumentException.class, "'受理'", "duty", "control character");
        rows.call("accountability clause with an empty situation", () -> new AccountabilityClause("",
                LegalBasis.of(Provision.of(PENALTY_LAW, 76))), IllegalArgumentException.class,
                "Accountability clause situation", "blank");
        return rows.rows();
    }

    private static LegalInstrument.Builder untitled() {
        return LegalInstrument.builder().level(InstrumentLevel.LAW).documentNumber("主席令第四十九号")
                .effectiveDate(LocalDate.of(2012, 1, 1));
    }

    private static LegalInstrument titled(LegalInstrument.Builder builder) {
        return builder.title("行政强制法").build();
    }

    private static LegalInstrument.Builder instrument() {
        return untitled().title("行政强制法");
    }

    private static Power.Builder bare() {
        return Power.builder().code(PowerCode.of("CF-100")).kind(PowerKind.ADMINISTRATIVE_PENALTY)
                .implementingAgency("示例市烟草专卖局").addProvision(Provision.of(PENALTY_LAW, 9));
    }

    private static Power complete(Power.Builder builder) {
        return builder.name("对无证经营的处罚").enforcementArea("烟草专卖").build();
    }

    private static Power.Builder fullPower() {
        return Power.builder().code(PowerCode.of("CF-100")).name("对无证经营的处罚").kind(PowerKind.ADMINISTRATIVE_PENALTY)
                .implementingAgency("示例市烟草专卖局").enforcementArea("烟草专卖")
                .addProvision(Provision.of(PENALTY_LAW, 9));
    }
}
