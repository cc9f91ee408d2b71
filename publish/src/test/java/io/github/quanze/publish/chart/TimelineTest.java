package io.github.quanze.publish.chart;

import static io.github.quanze.publish.chart.Charts.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class TimelineTest {

    private static final WorkingDayCalendar NATIONAL = WorkingDayCalendar.national();
    private static final LocalDate DATE_2026_09_17 = LocalDate.of(2026, 9, 17);
    private static final LocalDate DATE_2026_10_19 = LocalDate.of(2026, 10, 19);

    /** Across 国庆 2026: a notice, a hearing notice sent late, and a decision on time. */
    private static Timeline acrossNationalDay() {
        return Timeline.builder("case", TITLE, NATIONAL).asOf(LocalDate.of(2026, 10, 20))
                .event(DATE_2026_09_17, BilingualText.of("告知", "notice"))
                .event(LocalDate.of(2026, 9, 30), BilingualText.of("听证通知", "hearing notice"))
                .event(DATE_2026_10_19, BilingualText.of("决定", "decision"))
                .deadline(new Timeline.Deadline(BilingualText.of("听证通知", "hearing notice"),
                        LocalDate.of(2026, 10, 12), LocalDate.of(2026, 9, 24), Optional.of(LocalDate.of(2026, 9, 30)),
                        true, BilingualText.of("逾期完成", "met late")))
                .deadline(new Timeline.Deadline(BilingualText.of("决定", "decision"), LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 11, 30), Optional.of(DATE_2026_10_19), false,
                        BilingualText.of("按期完成", "met")))
                .build();
    }

    @Example
    void theFirstAndLastDaysOfTheCalendarAreRefusedWithTheEventNamed() {
        BilingualText filing = BilingualText.of("立案", "filing");
        for (LocalDate day : new LocalDate[] {LocalDate.MIN, LocalDate.MAX}) {
            Timeline.Builder timeline = Timeline.builder("t", TITLE, NATIONAL);
            assertThatIllegalArgumentException().isThrownBy(() -> timeline.event(day, filing))
                    .withMessageContaining("event filing").withMessageContaining(day.toString());
            assertThatIllegalArgumentException().isThrownBy(() -> timeline.deadline(new Timeline.Deadline(filing,
                    LocalDate.of(2026, 5, 6), day, Optional.empty(), false, filing)))
                    .withMessageContaining("due date of deadline filing");
            assertThat(timeline.build().summary().en()).isEqualTo("No data.");
        }
        assertThat(Timeline.builder("t", TITLE, NATIONAL).event(LocalDate.of(2026, 5, 6), filing).build().from())
                .isEqualTo(LocalDate.of(2026, 5, 5));
    }

    @Example
    void eventsAndDeadlinesAreDrawnAndTheLateOneMarkedInWords() {
        Timeline timeline = acrossNationalDay();
        Document doc = Charts.parse(timeline);

        Charts.assertAccessibleFrame(doc, "case");
        assertThat(doc.select("g.event")).extracting(e -> e.attr("data-date")).containsExactly("2026-09-17",
                "2026-09-30", "2026-10-19");
        assertThat(doc.select("g.deadline")).hasSize(2);
        assertThat(doc.select("g.deadline.late")).extracting(e -> e.attr("data-due")).containsExactly("2026-09-24");
        assertThat(doc.select("g.deadline.late text.late-label").eachText()).containsExactly("逾期", "late");
        assertThat(doc.select("g.deadline:not(.late) text.late-label")).isEmpty();
        assertThat(doc.select("g.deadline.late path.done.late")).hasSize(1);
        assertThat(timeline.summary().zh()).contains("2个期限，其中1个逾期", "听证通知应于2026-09-24前完成");
        assertThat(timeline.from()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(timeline.to()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Example
    void restDaysAreShadedExactlyAsTheCalendarSays() {
        Timeline timeline = acrossNationalDay();
        Document doc = Charts.parse(timeline);
        Set<LocalDate> shaded = new HashSet<>();
        for (Element rect : doc.select("rect.rest")) {
            assertThat(shaded.add(LocalDate.parse(rect.attr("data-date")))).isTrue();
        }

        Set<LocalDate> restDays = new HashSet<>();
        boolean makeUpDay = false;
        for (LocalDate d = timeline.from(); !d.isAfter(timeline.to()); d = d.plusDays(1)) {
            if (!NATIONAL.isWorkingDay(d)) {
                restDays.add(d);
            } else if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                makeUpDay = true;
                assertThat(shaded).as("make-up working day %s", d).doesNotContain(d);
            }
        }
        assertThat(shaded).isEqualTo(restDays);
        assertThat(shaded).contains(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .doesNotContain(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 19));
        assertThat(makeUpDay).as("the range holds a make-up working day on a weekend").isTrue();
    }

    @Example
    void aLaterDateIsFurtherRight() {
        Document doc = Charts.parse(acrossNationalDay());
        double[] xs = doc.select("g.event circle").stream().mapToDouble(c -> Charts.number(c, "cx")).toArray();

        assertThat(xs[0]).isLessThan(xs[1]);
        assertThat(xs[1]).isLessThan(xs[2]);
    }

    @Example
    void anEmptyTimelineSaysNoData() {
        Charts.assertNoData(Timeline.builder("case", TITLE, NATIONAL).build());
    }

    @Example
    void theSameCaseDrawsTheSameMarkup() {
        assertThat(acrossNationalDay().render().toString()).isEqualTo(acrossNationalDay().render().toString());
    }
}
