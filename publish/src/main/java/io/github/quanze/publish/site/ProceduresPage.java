package io.github.quanze.publish.site;

import static io.github.quanze.publish.site.Tables.t;

import io.github.quanze.basis.Provision;
import io.github.quanze.power.PowerKind;
import io.github.quanze.procedure.Condition;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.publish.flowchart.Flowchart;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 执法流程图 page: each procedure with the kinds of power it serves, its flowchart as inline SVG, and a table of its
 * steps (role, officers, condition, time limit, basis, the steps before).
 */
final class ProceduresPage {

    static final String PATH = "procedures.html";

    private ProceduresPage() {}

    static Page render(AgencySite site, SiteFrame frame, Anchors anchors) {
        Markup m = Markup.create();
        m.open("p").text(t("每个流程图自第一个环节向下展开；箭头指向必须在其后进行的环节，虚线框为依条件进行的环节。",
                "Each flowchart runs down from the first step; an arrow points to a step that must come after, and a "
                + "dashed box is a step required only on its condition.")).close("p");
        for (Map.Entry<Procedure, Set<PowerKind>> entry : site.procedures().entrySet()) {
            procedure(m, anchors, entry.getKey(), entry.getValue());
        }
        return frame.page(PATH, t("执法流程图", "Flowcharts")).body(m).build();
    }

    private static void procedure(Markup m, Anchors anchors, Procedure procedure, Set<PowerKind> kinds) {
        String id = anchors.procedure(procedure);
        m.open("section", "id", id, "class", "procedure");
        m.element("h2", procedure.name());
        m.open("p");
        if (kinds.isEmpty()) {
            m.text(t("本流程未对应职权类型。", "This procedure serves no kind of power in the catalogue."));
        } else {
            List<BilingualText> labels = new ArrayList<>();
            kinds.stream().sorted().forEach(k -> labels.add(k.label()));
            m.text(t("适用于：", "Serves: ")).text(BilingualText.joinAll("、", ", ", labels));
        }
        m.close("p");
        m.open("figure").fragment(Flowchart.of(procedure).svg(id + "-chart"))
                .element("figcaption", procedure.name().join("：流程图，共" + procedure.steps().size() + "个环节",
                        ": flowchart of " + procedure.steps().size() + " steps", t("（虚线框：依条件）",
                                "(dashed: on a condition)")))
                .close("figure");
        DataTable.openWithId(m, id + "-steps", t(procedure.name().zh() + "：环节一览", procedure.name().en() + ": steps"),
                t("环节", "Step"),
                t("岗位角色", "Post role"), t("人员", "Officers"), t("适用条件", "Condition"), t("时限", "Time limit"),
                t("依据", "Basis"), t("前置环节", "After"));
        for (Step step : procedure.steps()) {
            m.open("tr", "data-step", step.kind().name());
            m.element("th", step.kind().label(), "scope", "row");
            m.element("td", step.role().label());
            m.element("td", officers(step));
            m.element("td", step.condition() == Condition.ALWAYS ? t("必经", "always") : step.condition().label());
            m.open("td");
            step.deadline().ifPresent(d -> m.text(d.describe()));
            m.close("td");
            m.open("td");
            List<Provision> basis = step.basis().provisions();
            for (int i = 0; i < basis.size(); i++) {
                if (i > 0) {
                    m.text("；");
                }
                Tables.provision(m, basis.get(i), anchors);
            }
            m.close("td");
            List<BilingualText> before = new ArrayList<>();
            for (StepKind kind : step.after()) {
                before.add(kind.label());
            }
            m.open("td");
            if (!before.isEmpty()) {
                m.text(BilingualText.joinAll("、", ", ", before));
            }
            m.close("td");
            m.close("tr");
        }
        DataTable.close(m);
        m.close("section");
    }

    private static BilingualText officers(Step step) {
        int n = step.officers();
        return step.isCertified() ? t("持证" + n + "人", n + " certified officer" + (n == 1 ? "" : "s"))
                : t(n + "人", n + " officer" + (n == 1 ? "" : "s"));
    }
}
