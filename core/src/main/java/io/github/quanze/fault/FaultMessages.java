package io.github.quanze.fault;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.rule.Finding;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The wording of the fault package (过错用语): a fault's summary, the description rendered from the findings it rests
 * on, and the message of a case-file review's defect as a ground, in Chinese and English. {@link Fault#summary()},
 * {@link Fault#description()} and the grounds' messages come here.
 */
final class FaultMessages {

    private static final Template SUMMARY = Template.of("{subject}：{type}，{form}，{gravity}，{responsibility}",
            "{subject}: {type}, {form}, {gravity}, {responsibility}");
    private static final Template GROUND = Template.of("{message}（{basis}）", "{message} ({basis})");
    private static final Template REVIEWED = Template.of("案卷{caseId}评查：{criterion}，{reason}",
            "case file {caseId} reviewed: {criterion}, {reason}");

    private FaultMessages() {}

    /** 张三：违反法定程序，一般过失，严重过错，直接责任. */
    static BilingualText summary(Fault fault) {
        return SUMMARY.render(Parameters.builder().put("subject", fault.subject().name()).put("type", fault.type())
                .put("form", fault.form()).put("gravity", fault.gravity())
                .put("responsibility", fault.responsibility()).build());
    }

    /**
     * What happened, rendered from the grounds: each ground's message with its provisions, the same sentence once,
     * joined with 「；」 or "; ".
     *
     * @throws IllegalArgumentException if there is no ground
     */
    static BilingualText describe(String subject, List<Finding> grounds) {
        checkArgument(!grounds.isEmpty(), "Fault of %s: a description is required for a fault that rests on no "
                + "finding", subject);
        Set<BilingualText> lines = new LinkedHashSet<>();
        for (Finding ground : grounds) {
            lines.add(GROUND.render(Parameters.builder().put("message", ground.message())
                    .put("basis", ground.basis().citation()).build()));
        }
        return BilingualText.joinAll("；", "; ", lines);
    }

    /** 案卷示烟罚〔2026〕37号评查：执法人员不具备执法资格，…. */
    static BilingualText message(ReviewGround ground) {
        return REVIEWED.render(Parameters.builder().put("caseId", ground.caseId())
                .put("criterion", ground.defect().criterion().name()).put("reason", ground.defect().reason()).build());
    }

    private static final Template TEAM_LEADER = Template.of("联动执法行动{operation}（{team}）所办案件{caseId}：组长{leader}"
            + "是案件质量第一责任人，对案件事实、证据负责（本机关联动执法制度，非法律规定）", "case {caseId} of joint operation "
            + "{operation} ({team}): the leader {leader} answers first for the quality of the case, its facts and "
            + "evidence (the agency's own joint enforcement rule, not a statute)");

    /** 联动执法行动…所办案件…：组长…是案件质量第一责任人. */
    static BilingualText message(TeamLeaderGround ground) {
        return TEAM_LEADER.render(ground.parameters());
    }
}
