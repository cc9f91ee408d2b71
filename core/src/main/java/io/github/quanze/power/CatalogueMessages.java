package io.github.quanze.power;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The wording of the power package's findings (权责清单检查消息): one template per issue, the parameters each issue
 * carries, and the rendering of a {@link CatalogueFinding} in Chinese and English. The checks build data only.
 */
final class CatalogueMessages {

    static final Template NOT_IN_FORCE = Template.of(
            "职权{power}「{powerName}」的实施依据{stale}在{date}不在施行期内，应当及时调整权责清单",
            "Power {power} ({powerName}) cites {stale}, not in force on {date}; the catalogue must be updated");
    static final Template STALE_PROVISION = Template.of("{provision}（{why}）", "{provision} ({why})");
    static final Template NOT_YET_IN_FORCE = Template.of("{effective}起施行", "in force from {effective}");
    static final Template REPEALED = Template.of("已于{repealed}失效", "no longer in force from {repealed}");
    static final Template BELOW_LEVEL = Template.of(
            "职权{power}「{powerName}」属于{kind}，但实施依据中没有{levels}，依据层级不足以设定该职权",
            "Power {power} ({powerName}) is of the kind {kind} but cites no {levels}; its basis cannot create such a "
                    + "power");
    static final Template COERCION_BY_REGULATION = Template.of(
            "职权{power}「{powerName}」属于{kind}，但实施依据中没有法律，只有行政法规或者地方性法规。"
                    + "行政强制执行只能由法律设定（行政强制法第十三条）；行政法规不得设定限制公民人身自由、"
                    + "冻结存款和汇款以及应当由法律规定的行政强制措施，地方性法规只能设定查封、扣押（第十条）。"
                    + "应当核实该职权是行政强制措施还是行政强制执行、属于哪一种，以及所引法规是否有权设定",
            "Power {power} ({powerName}) is of the kind {kind} but cites administrative or local regulations and no "
                    + "law. Coercive enforcement can be created by law only (Administrative Coercion Law Art 13); an "
                    + "administrative regulation cannot create restriction of personal freedom, freezing of deposits "
                    + "and remittances or measures reserved to law, and a local regulation can create only sealing "
                    + "up and seizure (Art 10). Check whether the power is a coercive measure or coercive enforcement, "
                    + "which one, and whether the regulation cited may create it");

    /** The details each issue carries. */
    static final Map<CatalogueIssue, ParameterSchema> SCHEMAS = schemas();

    private CatalogueMessages() {}

    private static Map<CatalogueIssue, ParameterSchema> schemas() {
        Map<CatalogueIssue, ParameterSchema> schemas = new EnumMap<>(CatalogueIssue.class);
        schemas.put(CatalogueIssue.BASIS_NOT_IN_FORCE, ParameterSchema.none().require("powerName", String.class)
                .require("date", LocalDate.class));
        schemas.put(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, ParameterSchema.none().require("powerName", String.class)
                .require("kind", PowerKind.class).require("requiredLevels", List.class)
                .require("coercionByRegulation", Boolean.class));
        return schemas;
    }

    /**
     * Checks the details of a finding of an issue, naming the issue and the power: those the schema lists, a level
     * at least, and for a basis not in force, provisions none of which is in force on the day.
     */
    static void check(CatalogueIssue issue, PowerCode power, List<Provision> provisions, Parameters parameters) {
        SCHEMAS.get(issue).check(issue.code(), parameters);
        if (issue == CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL) {
            checkArgument(!parameters.list("requiredLevels").isEmpty(), "Catalogue finding %s of power %s: "
                    + "requiredLevels must not be empty", Texts.quoted(issue.code()), power);
            return;
        }
        LocalDate date = parameters.date("date");
        checkArgument(!provisions.isEmpty(), "Catalogue finding %s of power %s: a basis not in force needs the "
                + "provisions not in force", Texts.quoted(issue.code()), power);
        for (Provision provision : provisions) {
            checkArgument(!provision.instrument().isInForceOn(date), "Catalogue finding %s of power %s: provision "
                    + "%s is in force on %s", Texts.quoted(issue.code()), power, provision, date);
        }
    }

    /** Renders a finding's message. */
    static BilingualText message(CatalogueFinding finding) {
        Parameters.Builder values = Parameters.builder().put("power", finding.power().value());
        Parameters details = finding.parameters();
        if (finding.issue() == CatalogueIssue.BASIS_NOT_IN_FORCE) {
            LocalDate date = details.date("date");
            return NOT_IN_FORCE.render(values.put("stale", stale(finding.provisions(), date)).putAll(details).build());
        }
        if (details.bool("coercionByRegulation")) {
            return COERCION_BY_REGULATION.render(values.putAll(details).build());
        }
        List<?> levels = details.list("requiredLevels");
        return BELOW_LEVEL.render(values.put("levels", alternatives(levels)).putAll(details).build());
    }

    /** Each provision with why it is not in force: 第五十五条（已于2023-07-20失效）. */
    private static BilingualText stale(List<Provision> provisions, LocalDate date) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Provision provision : provisions) {
            LegalInstrument instrument = provision.instrument();
            // the finding holds only provisions not in force on the day: not yet in force, or repealed by then
            BilingualText why = date.isBefore(instrument.effectiveDate()) || instrument.repealDate().isEmpty()
                    ? NOT_YET_IN_FORCE.render(Parameters.builder().put("effective", instrument.effectiveDate()).build())
                    : REPEALED.render(Parameters.builder().put("repealed", instrument.repealDate().get()).build());
            BilingualText one = STALE_PROVISION.render(Parameters.builder().put("provision", provision)
                    .put("why", why).build());
            zh.append(zh.length() == 0 ? "" : "、").append(one.zh());
            en.append(en.length() == 0 ? "" : "; ").append(one.en());
        }
        return BilingualText.of(zh.toString(), en.toString());
    }

    /** Levels as alternatives: 法律、行政法规或者地方性法规 / law, administrative regulation or local regulation. */
    private static BilingualText alternatives(List<?> levels) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            BilingualText label = Template.format(levels.get(i));
            boolean last = i == levels.size() - 1;
            zh.append(i == 0 ? "" : last ? "或者" : "、").append(label.zh());
            en.append(i == 0 ? "" : last ? " or " : ", ").append(label.en());
        }
        return BilingualText.of(zh.toString(), en.toString());
    }
}
