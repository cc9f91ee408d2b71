package io.github.quanze.publish.flowchart;

import io.github.quanze.procedure.Condition;
import io.github.quanze.procedure.Step;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a step's box: the lines {@link io.github.quanze.procedure.ProcedureDiagram} writes in Mermaid and DOT,
 * in both languages: the step, its post role and officers, its condition (unless it is always required) and its
 * time limit.
 */
final class StepLabel {

    /** The officers a step needs, worded as the procedure's own messages word them: 持证2人 / 2 certified officers. */
    private static final Template OFFICERS = Template.of("{count}人", "{count} {count|officer|officers}");
    private static final Template CERTIFIED_OFFICERS = Template.of("持证{count}人",
            "{count} certified {count|officer|officers}");

    private StepLabel() {}

    /** The step's lines; the first is the step's name. */
    static List<BilingualText> lines(Step step) {
        List<BilingualText> lines = new ArrayList<>();
        lines.add(step.kind().label());
        lines.add(step.role().label().join(" · ", " · ", officers(step)));
        if (step.condition() != Condition.ALWAYS) {
            lines.add(step.condition().label());
        }
        step.deadline().ifPresent(d -> lines.add(d.describe()));
        return lines;
    }

    /** 持证2人 / 2 certified officers. */
    static BilingualText officers(Step step) {
        Parameters p = Parameters.builder().put("count", step.officers()).build();
        return (step.isCertified() ? CERTIFIED_OFFICERS : OFFICERS).render(p);
    }
}
