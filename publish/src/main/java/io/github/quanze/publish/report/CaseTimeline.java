package io.github.quanze.publish.report;

import io.github.quanze.procedure.CaseDeadline;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.publish.chart.Timeline;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;

/**
 * The section of a case's timeline (案件时间轴): the record's events up to the day of the replay, and the replayed
 * state's deadlines with their status, on the record's working-day calendar; then the deadlines as a table.
 * Package-private.
 */
final class CaseTimeline {

    static final BilingualText HEADING = BilingualText.of("四、案件时间轴", "4. A case's timeline");

    private CaseTimeline() {}

    static Timeline chart(CaseRecord record, CaseState state) {
        Timeline.Builder chart = Timeline.builder("timeline-chart", BilingualText.of(record.id() + " 办案时间轴",
                record.id() + ": timeline"), record.calendar()).asOf(state.asOf());
        for (CaseEvent e : record.events()) {
            if (!e.date().isAfter(state.asOf())) {
                chart.event(e.date(), EventLabels.of(e));
            }
        }
        for (CaseDeadline d : state.deadlines()) {
            chart.deadline(new Timeline.Deadline(d.step().label(), d.deadline().start(), d.deadline().due(),
                    d.status().metOn(), d.status().isMissed(), d.status().describe()));
        }
        return chart.build();
    }

    static void render(Markup m, CaseRecord record, CaseState state) {
        m.element("p", BilingualText.of("案件" + record.id() + "，截至" + state.asOf() + "；期限按" + record.calendar().name()
                + "工作日历计算，灰色底纹为休息日（周末和法定节假日，调休上班日除外）。", "Case " + record.id() + " as of "
                + state.asOf() + "; time limits counted on the " + record.calendar().name() + " working-day "
                + "calendar; grey bands are rest days (weekends and public holidays, less make-up working days)."),
                "class", "note");
        m.fragment(chart(record, state).render());
        DataTable.openWithClass(m, "deadlines", BilingualText.of(record.id() + " 期限", record.id() + ": deadlines"),
                BilingualText.of("环节", "step"), BilingualText.of("起算日", "counted from"),
                BilingualText.of("届满日", "due"), BilingualText.of("完成日", "done"),
                BilingualText.of("状态", "status"));
        for (CaseDeadline d : state.deadlines()) {
            m.open("tr", "class", d.status().isMissed() ? "late" : null, "data-state", d.status().state().name());
            Tables.rowHeader(m, d.step().label());
            Tables.cell(m, d.deadline().start().toString());
            Tables.cell(m, d.deadline().due().toString());
            Tables.cell(m, d.status().metOn().map(Object::toString).orElse("—"));
            m.element("td", d.status().describe(), "class", d.status().isMissed() ? "finding-error" : null);
            m.close("tr");
        }
        DataTable.close(m);
    }
}
