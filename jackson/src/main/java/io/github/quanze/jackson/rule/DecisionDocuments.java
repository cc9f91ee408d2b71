package io.github.quanze.jackson.rule;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.OverriddenRule;
import io.github.quanze.rule.RuleFailure;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.TableFinding;
import io.github.quanze.rule.TableVerification;
import io.github.quanze.rule.VersionChoice;
import io.github.quanze.rule.VersionReason;

/**
 * 决定与决策表核查文档 The documents of a decision (what a table, rule set or rule book decided, and why) and of a
 * table's verification; both are outputs, written only.
 * <p>
 * A decision is written with its outcome (by the codec of the fact schema whose outcomes are of its type, see
 * {@link FactSchemas#forOutcome}), the outcome in words, the rules that fired and those they overrode, each with
 * id, title, basis and interpretation, the version of a rule book it applied and why, the rules that failed, every
 * provision it cites once, and its explanation in Chinese and English.
 */
public final class DecisionDocuments {

    private static final Codec<Object> OUTCOME = Codec.writeOnly("a decision's outcome",
            DecisionDocuments::writeOutcome, schemas -> schemas.object().put("description", "结果 The outcome, as the "
                    + "codec of its fact schema writes it: for a sanction, the list of its measures"));

    /** 规则要素 A rule's id, title, basis and interpretation. */
    static final ObjectCodec<RuleRef> RULE = ObjectCodec.<RuleRef>writer("rule")
            .description("规则要素 A rule: its id, title, basis and any interpretation")
            .field("id", Codecs.STRING, r -> r.id().value())
            .field("title", TextDocuments.BILINGUAL, RuleRef::title)
            .field("basis", FindingDocuments.CITATION, RuleRef::basis)
            .optionalField("interpretation", TextDocuments.BILINGUAL, RuleRef::interpretation)
            .build();

    /** 被排除的规则 A rule that applied but was overridden, and the exception that overrode it. */
    static final ObjectCodec<OverriddenRule> OVERRIDDEN = ObjectCodec.<OverriddenRule>writer("overriddenRule")
            .field("rule", RULE, OverriddenRule::rule)
            .field("by", RULE, OverriddenRule::by)
            .build();

    /** 适用版本 Which version of a rule book a decision applied, and why. */
    static final ObjectCodec<VersionChoice> VERSION_CHOICE = ObjectCodec.<VersionChoice>writer("versionChoice")
            .description("适用版本 The version applied and why, under 从旧兼从轻")
            .field("applied", Codecs.STRING, VersionChoice::applied)
            .field("actVersion", Codecs.STRING, VersionChoice::actVersion)
            .field("decisionVersion", Codecs.STRING, VersionChoice::decisionVersion)
            .field("actDate", Codecs.DATE, VersionChoice::actDate)
            .field("decisionDate", Codecs.DATE, VersionChoice::decisionDate)
            .field("reason", Codecs.enumOf(VersionReason.class), VersionChoice::reason)
            .field("basis", FindingDocuments.CITATION, VersionChoice::basis)
            .build();

    /** 规则执行失败 A rule that threw while deciding. */
    static final ObjectCodec<RuleFailure> RULE_FAILURE = FindingDocuments
            .findingFields(ObjectCodec.<RuleFailure>writer("ruleFailure"))
            .field("ruleSet", Codecs.STRING, RuleFailure::ruleSet)
            .field("rule", RULE, RuleFailure::rule)
            .build();

    /** 决定 A decision, as the decision document and other outputs that hold one write it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ObjectCodec<Decision<?>> DECISION_VALUE = ObjectCodec.<Decision<?>>writer("decision")
            .description("决定 A decision: outcome, rules fired and overridden, version, citations and explanation")
            .field("ruleSet", Codecs.STRING, Decision::ruleSet)
            .about("The outcome, as the codec of the fact schema of its type writes it; absent if no rule applied")
            .optionalField("outcome", OUTCOME, d -> d.outcome().map(o -> (Object) o))
            .field("outcomeText", TextDocuments.BILINGUAL, Decision::outcomeText)
            .listField("fired", RULE, Decision::fired)
            .listField("overridden", OVERRIDDEN, Decision::overridden)
            .about("The version of the rule book applied, and why (the header's version is the format's)")
            .optionalField("ruleVersion", VERSION_CHOICE, Decision::version)
            .listField("failures", RULE_FAILURE, Decision::failures)
            .about("Every provision or other part the decision cites, once")
            .listField("citations", FindingDocuments.CITATION_PART, Decision::citations)
            .field("explanation", TextDocuments.BILINGUAL, Decision::explain)
            .build();

    /** 决定 The document of a decision; written only. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final DocumentKind<Decision<?>> DECISION = DocumentKind.of("decision", 1, (Class) Decision.class,
            "决定 decision", DECISION_VALUE);

    /** 决策表核查结论 A finding of a table's verification: a gap, overlap, shadowed or empty row, disproportion. */
    static final ObjectCodec<TableFinding> TABLE_FINDING = FindingDocuments
            .findingFields(ObjectCodec.<TableFinding>writer("tableFinding"))
            .field("kind", Codecs.enumOf(TableFinding.Kind.class), TableFinding::kind)
            .field("table", Codecs.STRING, TableFinding::table)
            .listField("rows", Codecs.STRING, f -> f.rows().stream().map(RuleId::value).toList())
            .optionalField("column", Codecs.STRING, TableFinding::column)
            .build();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final ObjectCodec<TableVerification<?>> VERIFICATION = ObjectCodec
            .<TableVerification<?>>writer("tableVerification")
            .description("决策表核查 What verifying a table found")
            .field("table", Codecs.STRING, TableVerification::table)
            .about("Whether nothing was found")
            .field("clean", Codecs.BOOLEAN, TableVerification::isClean)
            .listField("findings", TABLE_FINDING, TableVerification::findings)
            .build();

    /** 决策表核查 The document of a table's verification; written only. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final DocumentKind<TableVerification<?>> TABLE_VERIFICATION = DocumentKind.of(
            "table-verification", 1, (Class) TableVerification.class, "决策表核查 table verification", VERIFICATION);

    private DecisionDocuments() {
    }

    /** A decision's outcome, written with the codec of the fact schema whose outcomes are of its type. */
    @SuppressWarnings("unchecked")
    private static void writeOutcome(Object value, Output out) {
        FactSchemas schemas = out.context(FactSchemas.class).orElse(FactSchemas.shipped());
        FactSchemas.Entry<?, ?> entry = schemas.forOutcome(value).orElseThrow(() -> new IllegalArgumentException(
                "no fact schema given to the writer (" + schemas.names() + ") has outcomes of type "
                        + value.getClass().getName()));
        ((Codec<Object>) entry.outcome()).write(value, out);
    }
}
