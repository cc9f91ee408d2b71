package io.github.quanze.procedure;

import java.util.Locale;
import java.util.Objects;

/**
 * Draws a procedure as a flowchart (执法流程图), in Mermaid or Graphviz DOT. Each node shows the step, the post role
 * that performs it, the officers it needs, its condition and its time limit; each edge runs from a step to a step
 * that must come after it. Conditional steps are drawn dashed.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ProcedureDiagram {

    private ProcedureDiagram() {}

    /**
     * Draws a procedure in Mermaid ({@code flowchart TD}).
     *
     * @param procedure  the procedure, not null
     * @param locale  {@link Locale#CHINESE} for Chinese labels, any other for English, not null
     * @return the Mermaid source, not null
     */
    public static String mermaid(Procedure procedure, Locale locale) {
        StringBuilder out = new StringBuilder("---\ntitle: ").append(procedure.name().in(locale))
                .append("\n---\nflowchart TD\n");
        for (Step step : procedure.steps()) {
            String label = String.join("<br/>", lines(step, locale)).replace("\"", "#quot;");
            out.append("    ").append(step.kind()).append("[\"").append(label).append("\"]\n");
        }
        for (Step step : procedure.steps()) {
            for (StepKind before : step.after()) {
                out.append("    ").append(before).append(" --> ").append(step.kind()).append('\n');
            }
        }
        for (Step step : procedure.steps()) {
            if (step.condition() != Condition.ALWAYS) {
                out.append("    style ").append(step.kind()).append(" stroke-dasharray: 5 5\n");
            }
        }
        return out.toString();
    }

    /**
     * Draws a procedure in Graphviz DOT ({@code digraph}).
     *
     * @param procedure  the procedure, not null
     * @param locale  {@link Locale#CHINESE} for Chinese labels, any other for English, not null
     * @return the DOT source, not null
     */
    public static String dot(Procedure procedure, Locale locale) {
        StringBuilder out = new StringBuilder("digraph procedure {\n    label=\"")
                .append(escape(procedure.name().in(locale))).append("\";\n    node [shape=box];\n");
        for (Step step : procedure.steps()) {
            out.append("    ").append(step.kind()).append(" [label=\"")
                    .append(escape(String.join("\n", lines(step, locale))).replace("\n", "\\n")).append('"')
                    .append(step.condition() == Condition.ALWAYS ? "" : ", style=dashed").append("];\n");
        }
        for (Step step : procedure.steps()) {
            for (StepKind before : step.after()) {
                out.append("    ").append(before).append(" -> ").append(step.kind()).append(";\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String[] lines(Step step, Locale locale) {
        String role = step.role().label().in(locale) + " · " + ProcedureMessages.officers(step).in(locale);
        String condition = step.condition() == Condition.ALWAYS ? null : step.condition().label().in(locale);
        String limit = step.deadline().map(d -> d.describe().in(locale)).orElse(null);
        return java.util.stream.Stream.of(step.kind().label().in(locale), role, condition, limit)
                .filter(Objects::nonNull).toArray(String[]::new);
    }


    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
