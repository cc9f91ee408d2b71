package io.github.quanze.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProcedureDiagramTest {

    @Test
    void mermaidShowsStepsRolesConditionsAndTimeLimits() {
        String mermaid = ProcedureDiagram.mermaid(ProcedureTemplates.PENALTY_ORDINARY, Locale.CHINESE);

        assertThat(mermaid).startsWith("---\ntitle: 行政处罚普通程序\n---\nflowchart TD\n");
        assertThat(mermaid).contains("    INVESTIGATION[\"调查取证<br/>承办 · 持证2人\"]\n");
        assertThat(mermaid).contains("    DECISION[\"决定<br/>批准 · 1人<br/>自立案起90日\"]\n");
        assertThat(mermaid).contains("HEARING_NOTICE[\"听证通知<br/>承办 · 1人<br/>当事人依法按期要求听证<br/>听证7个工作日前\"]");
        assertThat(mermaid).contains("    NOTICE --> DECISION\n", "    style HEARING stroke-dasharray: 5 5\n");
    }

    @Test
    void dotInEnglish() {
        String dot = ProcedureDiagram.dot(ProcedureTemplates.SEIZURE_AND_DETENTION, Locale.ENGLISH);

        assertThat(dot).startsWith("digraph procedure {\n    label=\"sealing-up and seizure\";\n");
        assertThat(dot).contains("    SEIZURE [label=\"sealing-up or seizure\\nhandle · 2 certified officers\"];\n");
        assertThat(dot).contains("within 30 days of sealing-up or seizure");
        assertThat(dot).contains("    SEIZURE -> SERVICE;\n").endsWith("}\n");
    }
}
