package io.github.quanze.allocation;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wording of the allocation audit (职权分解检查消息): one template per issue (two where the data picks the
 * wording), the details each issue carries, and the rendering of an {@link AllocationFinding} in Chinese and
 * English. The audit builds data only.
 */
final class AllocationMessages {

    /** How many powers or officers a message lists before it gives the number in all. */
    static final int SHOWN = 5;

    private static final Set<AllocationIssue> NO_POWER = EnumSet.of(AllocationIssue.CHECK_FAILED);
    private static final Set<AllocationIssue> NEED_POST = EnumSet.of(AllocationIssue.NO_HANDLER,
            AllocationIssue.SPLIT_WITHOUT_LEAD, AllocationIssue.HANDLER_ALSO_APPROVES,
            AllocationIssue.HANDLER_ALSO_REVIEWS, AllocationIssue.NO_CERTIFIED_OFFICER,
            AllocationIssue.FEWER_THAN_TWO_CERTIFIED, AllocationIssue.FOREIGN_POST, AllocationIssue.UNKNOWN_POWER,
            AllocationIssue.UNKNOWN_POST);

    static final Template UNALLOCATED = Template.of("职权{power}「{powerName}」（{kind}）未分解到任何岗位",
            "Power {power} ({powerName}, {kind}) is not allocated to any post");
    static final Template NO_HANDLER = Template.of("职权{power}「{powerName}」已分解但没有承办岗位，仅有审核或者批准岗位",
            "Power {power} ({powerName}) is allocated for review or approval only; no post handles it");
    static final Template SPLIT_WITHOUT_LEAD = Template.of(
            "职权{power}「{powerName}」由 {handlers} 个岗位承办（{postLabels}），未确定主办岗位，职责交叉重复",
            "Power {power} ({powerName}) is handled by {handlers} posts ({postLabels}) with no lead; duties overlap");
    static final Template SPLIT_WITH_LEADS = Template.of(
            "职权{power}「{powerName}」由 {handlers} 个岗位承办（{postLabels}），确定了 {leads} 个主办岗位，职责交叉重复",
            "Power {power} ({powerName}) is handled by {handlers} posts ({postLabels}) with {leads} leads; duties "
                    + "overlap");
    static final Template HANDLER_ALSO_APPROVES = Template.of(
            "岗位{postLabel}对职权{power}「{powerName}」既承办（调查）又批准（决定），违反审查与决定分离、权力制衡",
            "Post {postLabel} both handles (investigates) and approves (decides) power {power} ({powerName}); "
                    + "investigation and decision must be separate");
    static final Template HANDLER_ALSO_REVIEWS = Template.of(
            "岗位{postLabel}对职权{power}「{powerName}」既承办又审核，自己审核自己",
            "Post {postLabel} both handles and reviews power {power} ({powerName}), reviewing its own work");
    static final Template HANDLER_ALSO_LEGALLY_REVIEWS = Template.of(
            "岗位{postLabel}对职权{power}「{powerName}」既承办又法制审核，自己审核自己",
            "Post {postLabel} both handles and legally reviews power {power} ({powerName}), reviewing its own work");
    static final Template NO_APPROVER = Template.of("职权{power}「{powerName}」属于{kind}，但没有分解负责人批准岗位",
            "Power {power} ({powerName}) is an {kind} power but no post approves it");
    static final Template NO_CERTIFIED_OFFICER = Template.of(
            "岗位{postLabel}承办 {powers}（执法领域：{area}），在 {date} 没有持有效执法证的执法人员：{why}",
            "Post {postLabel} handles {powers} (area: {area}) but has no certified officer on {date}: "
                    + "{why}");
    static final Template VACANT = Template.of("岗位无人在岗", "the post is vacant");
    static final Template MORE_OFFICERS = Template.of("{shown}等 {count} 人", "{shown} and others, {count} in all");
    static final Template FEWER_THAN_TWO_CERTIFIED = Template.of(
            "岗位{postLabel}承办 {penaltyPowers}（执法领域：{area}），在 {date} 只有 1 名持证执法人员，"
                    + "执法人员不得少于两人",
            "Post {postLabel} handles {penaltyPowers} (area: {area}) with only one certified "
                    + "officer on {date}; at least two are required");
    static final Template FOREIGN_POST = Template.of(
            "岗位{postLabel}属于执法主体 {postAgency}，不属于本主体 {agency}，却分解了职权 {shown}",
            "Post {postLabel} belongs to agency {postAgency}, not {agency}, but is allocated {shown}");
    static final Template MORE_POWERS = Template.of("{shown}、等 {count} 项", "{shown}, and others, {count} in all");
    static final Template UNKNOWN_POWER = Template.of(
            "职权分解表分解了权责清单「{catalogue}」中没有的职权 {power}（岗位：{postLabels}）",
            "The table allocates power {power}, which catalogue '{catalogue}' does not hold (posts: {postLabels})");
    static final Template UNKNOWN_POST = Template.of("岗位 {post} 不在机构设置中，却分解了 {powers}（{shown}）",
            "Post {post} is not in the organization but is allocated {powers} ({shown})");
    /** How many powers: the English says "1 power" and "3 powers". */
    static final Template POWERS = Template.of("{count} 项职权", "{count} {count|power|powers}");
    static final Template PENALTY_POWERS = Template.of("{count} 项处罚或者强制职权",
            "{count} penalty or coercive {count|power|powers}");
    static final Template CHECK_FAILED = Template.of(
            "检查 {check}「{checkTitle}」执行失败（{error}），本报告缺少该项检查的结果，应当修正后重新检查",
            "Check {check} ({checkTitle}) failed ({error}); this report lacks its findings, so run the audit again "
                    + "once the check is fixed");

    /** The details each issue carries. */
    static final Map<AllocationIssue, ParameterSchema> SCHEMAS = schemas();

    private AllocationMessages() {}

    private static Map<AllocationIssue, ParameterSchema> schemas() {
        ParameterSchema power = ParameterSchema.none().require("powerName", String.class);
        ParameterSchema staffing = ParameterSchema.none().require("postLabel", String.class)
                .require("area", String.class).require("date", LocalDate.class);
        Map<AllocationIssue, ParameterSchema> schemas = new EnumMap<>(AllocationIssue.class);
        schemas.put(AllocationIssue.UNALLOCATED, power.require("kind", PowerKind.class));
        schemas.put(AllocationIssue.NO_HANDLER, power);
        schemas.put(AllocationIssue.SPLIT_WITHOUT_LEAD, power.requireList("postLabels", String.class)
                .require("leads", Long.class));
        schemas.put(AllocationIssue.HANDLER_ALSO_APPROVES, power.require("postLabel", String.class));
        schemas.put(AllocationIssue.HANDLER_ALSO_REVIEWS, power.require("postLabel", String.class)
                .require("role", PostRole.class));
        schemas.put(AllocationIssue.NO_APPROVER, power.require("kind", PowerKind.class));
        schemas.put(AllocationIssue.NO_CERTIFIED_OFFICER, staffing.requireList("certifications", Certification.class));
        schemas.put(AllocationIssue.FEWER_THAN_TWO_CERTIFIED, staffing);
        schemas.put(AllocationIssue.FOREIGN_POST, ParameterSchema.none().require("postLabel", String.class)
                .require("postAgency", String.class).require("agency", String.class));
        schemas.put(AllocationIssue.UNKNOWN_POWER, ParameterSchema.none().require("catalogue", String.class)
                .requireList("postLabels", String.class));
        schemas.put(AllocationIssue.UNKNOWN_POST, ParameterSchema.none());
        schemas.put(AllocationIssue.CHECK_FAILED, ParameterSchema.none().require("check", String.class)
                .require("checkTitle", BilingualText.class).require("error", String.class));
        return schemas;
    }

    /** Checks a finding's details and that it has the power and post its issue concerns. */
    static void check(AllocationIssue issue, List<PowerCode> powers, List<PostId> posts, Parameters parameters) {
        SCHEMAS.get(issue).check(issue.code(), parameters);
        checkArgument(NO_POWER.contains(issue) || !powers.isEmpty(), "Allocation finding %s must name the power it "
                + "concerns", Texts.quoted(issue.code()));
        checkArgument(!NEED_POST.contains(issue) || !posts.isEmpty(), "Allocation finding %s must name the post it "
                + "concerns", Texts.quoted(issue.code()));
    }

    /** Renders a finding's message. */
    static BilingualText message(AllocationFinding finding) {
        Parameters details = finding.parameters();
        int count = finding.powers().size();
        Parameters counted = Parameters.builder().put("count", count).build();
        Parameters.Builder values = Parameters.builder()
                .put("powers", POWERS.render(counted))
                .put("penaltyPowers", PENALTY_POWERS.render(counted))
                .put("handlers", finding.posts().size());
        if (!finding.powers().isEmpty()) {
            values.put("power", finding.powers().get(0).value());
        }
        if (!finding.posts().isEmpty()) {
            values.put("post", finding.posts().get(0).value());
        }
        Template template;
        switch (finding.issue()) {
            case UNALLOCATED:
                template = UNALLOCATED;
                break;
            case NO_HANDLER:
                template = NO_HANDLER;
                break;
            case SPLIT_WITHOUT_LEAD:
                template = details.number("leads") == 0 ? SPLIT_WITHOUT_LEAD : SPLIT_WITH_LEADS;
                break;
            case HANDLER_ALSO_APPROVES:
                template = HANDLER_ALSO_APPROVES;
                break;
            case HANDLER_ALSO_REVIEWS:
                template = details.constant("role", PostRole.class) == PostRole.LEGAL_REVIEWER
                        ? HANDLER_ALSO_LEGALLY_REVIEWS : HANDLER_ALSO_REVIEWS;
                break;
            case NO_APPROVER:
                template = NO_APPROVER;
                break;
            case NO_CERTIFIED_OFFICER:
                template = NO_CERTIFIED_OFFICER;
                values.put("why", why(details.list("certifications")));
                break;
            case FEWER_THAN_TWO_CERTIFIED:
                template = FEWER_THAN_TWO_CERTIFIED;
                break;
            case FOREIGN_POST:
                template = FOREIGN_POST;
                values.put("shown", shown(finding.powers()));
                break;
            case UNKNOWN_POWER:
                template = UNKNOWN_POWER;
                break;
            case UNKNOWN_POST:
                template = UNKNOWN_POST;
                values.put("shown", shown(finding.powers()));
                break;
            default:
                template = CHECK_FAILED;
                break;
        }
        return template.render(values.putAll(details).build());
    }

    /** Why no officer at a post is certified: each officer's answer, up to {@value #SHOWN}, or a vacant post. */
    private static BilingualText why(List<?> certifications) {
        if (certifications.isEmpty()) {
            return VACANT.render(Parameters.empty());
        }
        BilingualText shown = joined(certifications.subList(0, Math.min(SHOWN, certifications.size())), "；", "; ");
        return certifications.size() <= SHOWN ? shown : MORE_OFFICERS.render(Parameters.builder()
                .put("shown", shown).put("count", certifications.size()).build());
    }

    /** Up to {@value #SHOWN} powers in code order, then how many there are in all. */
    private static BilingualText shown(List<PowerCode> powers) {
        BilingualText shown = joined(powers.subList(0, Math.min(SHOWN, powers.size())), "、", ", ");
        return powers.size() <= SHOWN ? shown : MORE_POWERS.render(Parameters.builder().put("shown", shown)
                .put("count", powers.size()).build());
    }

    private static BilingualText joined(List<?> values, String zhSeparator, String enSeparator) {
        return BilingualText.joinAll(zhSeparator, enSeparator, values.stream()
                .map(value -> Template.format(value instanceof PowerCode ? value.toString() : value)).toList());
    }
}
