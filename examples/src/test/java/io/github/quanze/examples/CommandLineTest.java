package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.timelimit.WorkingDayCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import picocli.CommandLine;

/**
 * The command line as a system calling the jar would use it: the {@code deadline} and {@code calendar} commands, the
 * language of the output, and every command's help.
 */
class CommandLineTest {

    @Example
    void deadline_workingDays_printsTheDueDateLast() {
        Run run = run("", "deadline", "--start", "2026-09-30", "--working-days", "5");
        assertThat(run.status).isZero();
        assertThat(run.lastLine()).isEqualTo("2026-10-13");
    }

    @Example
    void deadline_naturalDays_moveOffTheHoliday() {
        assertThat(run("", "deadline", "--start", "2026-09-20", "--days", "15").lastLine()).isEqualTo("2026-10-08");
    }

    @Example
    void deadline_explain_listsTheSkippedDays() {
        Run run = run("", "deadline", "--start", "2026-09-30", "--working-days", "5", "--explain");
        assertThat(run.out).contains("国庆节放假，不计入").contains("调休上班，计入");
        assertThat(run.lastLine()).isEqualTo("2026-10-13");
        assertThat(run("", "deadline", "--start", "2026-09-30", "--working-days", "5", "--explain", "--en").out)
                .contains("make-up working day");
    }

    @Example
    void deadline_explain_citesTheRuleThatMovesTheLastDay() {
        Run run = run("", "deadline", "--start", "2026-09-20", "--days", "15", "--explain");
        assertThat(run.out.lines()).contains("2026-10-05为休息日，顺延至2026-10-08（《中华人民共和国民法典》第二百零三条第一款）");
        assertThat(run.lastLine()).isEqualTo("2026-10-08");
    }

    @Example
    void deadline_batch_answersEveryLineInOrder() {
        Run run = run("2026-09-30,5,WORKING_DAYS\n2026-09-20,15,DAYS\n\n2026-02-13,7,working_days\n", "deadline",
                "--batch");
        assertThat(run.status).isZero();
        assertThat(run.out.lines().toList()).containsExactly("2026-09-30,5,WORKING_DAYS,2026-10-13",
                "2026-09-20,15,DAYS,2026-10-08", "2026-02-13,7,WORKING_DAYS,2026-03-02");
    }

    @Example
    void calendar_printsTheYearAndItsWorkingDays() {
        Run run = run("", "calendar", "--year", "2026");
        assertThat(run.status).isZero();
        assertThat(run.out).contains("依据：《国务院办公厅关于2026年部分节假日安排的通知》").contains("上班 2026-10-10（星期六） 国庆节",
                "放假 2026-10-01至2026-10-07 国庆节");
        assertThat(run.lastLine()).isEqualTo("工作日：" + WorkingDayCalendar.national().workingDaysIn(2026));
        Run english = run("", "calendar", "--year", "2026", "--en");
        assertThat(english.out).contains("source: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, issued "
                + "2025-11-04)", "work 2026-10-10 (Saturday) National Day", "off  2026-10-01..2026-10-07 National Day");
        assertThat(english.lastLine()).isEqualTo("working days: " + WorkingDayCalendar.national().workingDaysIn(2026));
    }

    @Example
    void chineseOutput_hasNoEnglishWords() {
        List<Run> chinese = List.of(run("", "deadline", "--start", "2026-09-30", "--working-days", "5", "--explain"),
                run("", "deadline", "--start", "2026-09-20", "--days", "15", "--explain"),
                run("", "calendar", "--year", "2026"), run("", "calendar", "--year", "2015"));
        for (Run run : chinese) {
            assertThat(run.status).isZero();
            assertThat(run.out.lines()).allSatisfy(line -> assertThat(line).doesNotContainPattern("[A-Za-z]"));
        }
        assertThat(chinese.get(0).out).contains("2026-10-10（星期六）");
    }

    @Example
    void englishOutput_writesOneInTheSingular() {
        assertThat(run("", "deadline", "--start", "2026-09-30", "--working-days", "1", "--explain", "--en").out)
                .startsWith("Time limit: 1 working day" + System.lineSeparator())
                .contains("2026-10-01 to 2026-10-07 National Day holiday, skipped");
        assertThat(run("", "deadline", "--start", "2026-09-30", "--working-days", "2", "--explain", "--en").out)
                .startsWith("Time limit: 2 working days" + System.lineSeparator());
        assertThat(run("", "deadline", "--start", "2026-09-29", "--days", "1", "--explain", "--en").out)
                .startsWith("Time limit: 1 day" + System.lineSeparator());
    }

    @Example
    void accountability_printsOneLanguage() {
        List<String> chineseOnly = List.of("示例市烟草专卖局", "案例一：", "过错认定：", "处理结果：", "责任划分：", "适用规则 ",
                "行为发生于");
        List<String> englishOnly = List.of("Tobacco monopoly bureau", "Case 1: ", "Fault: ", "Outcome: ",
                "Apportionment: ", "Rule OFFICER", "Version: ");
        Run chinese = run("", "accountability");
        Run english = run("", "accountability", "--en");
        assertThat(chinese.status).isZero();
        assertThat(english.status).isZero();
        chineseOnly.forEach(text -> assertThat(chinese.out).contains(text));
        englishOnly.forEach(text -> assertThat(chinese.out).doesNotContain(text));
        englishOnly.forEach(text -> assertThat(english.out).contains(text));
        chineseOnly.forEach(text -> assertThat(english.out).doesNotContain(text));
        Run tour = run("", "tour", "--en", "--out", temporaryDirectory());
        assertThat(tour.out).contains("Case 6: ", "Outcome: ");
        // the tour names the bureau, 示例市烟草专卖局, in its English sections too: a name is data
        chineseOnly.subList(1, chineseOnly.size()).forEach(text -> assertThat(tour.out).doesNotContain(text));
    }

    @Example
    void help_showsTheWholeDescriptionOfEveryCommand() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.addSubcommand(new DeadlineCommand(new BufferedReader(new StringReader(""))));
        String top = withoutSpaces(run("", "--help").out);
        for (CommandLine command : commandLine.getSubcommands().values()) {
            String name = command.getCommandName();
            String description = withoutSpaces(String.join(" ", command.getCommandSpec().usageMessage()
                    .description()));
            Run help = run("", name, "--help");
            assertThat(help.status).as(name).isZero();
            assertThat(withoutSpaces(help.out)).as(name).contains(description);
            assertThat(top).as(name).contains(description);
        }
        assertThat(commandLine.getSubcommands()).containsKeys("tour", "audit", "case", "batch", "county",
                "accountability", "calendar", "deadline");
    }

    @Example
    void problems_giveStatusTwoAndOneLineAndNoOutput() {
        for (List<String> args : List.of(
                List.of("deadline", "--start", "2026-01-01", "--working-days", "2147483647"),
                List.of("deadline", "--start", "2026-01-01", "--days", "2147483647"),
                List.of("deadline", "--start", "2026-01-01", "--working-days", "2147483648"),
                List.of("deadline", "--start", "2026\n01-01", "--days", "3"),
                List.of("deadline", "--start", "9".repeat(100_000), "--days", "3"),
                List.of("calendar", "--year", "2147483647"),
                List.of("deadline", "--start", "2027-01-04", "--working-days", "5"),
                List.of("deadline", "--start", "2026-13-01", "--days", "5"),
                List.of("deadline", "--start", "2026-01-05", "--days", "0"),
                List.of("deadline", "--start", "2026-01-05", "--days", "x"),
                List.of("deadline", "--start", "2026-01-05"),
                List.of("deadline", "--start", "2026-01-05", "--days", "3", "--working-days", "3"),
                List.of("calendar", "--year", "2031"))) {
            Run run = run("", args.toArray(new String[0]));
            assertThat(run.status).as("%s", args).isEqualTo(2);
            assertThat(run.out).as("%s", args).isEmpty();
            assertThat(run.err.lines()).as("%s", args).singleElement().satisfies(line ->
                    assertThat(line).hasSizeLessThan(400));
        }
        assertThat(run("", "deadline", "--start", "2027-01-04", "--working-days", "5").err).contains("2027");
    }

    @Example
    void batch_acceptsAByteOrderMarkAndCrlfLineEnds() {
        Run run = run("\uFEFF2026-09-30,5,WORKING_DAYS\r\n\r\n2026-09-20,15,DAYS\r\n", "deadline", "--batch");
        assertThat(run.status).isZero();
        assertThat(run.out.lines().toList()).containsExactly("2026-09-30,5,WORKING_DAYS,2026-10-13",
                "2026-09-20,15,DAYS,2026-10-08");
        assertThat(run.err).isEmpty();
    }

    @Example
    void batch_reportsTheLineNumberOfABadLineOrADateOutsideTheCalendar() {
        String good = "2026-09-30,5,WORKING_DAYS\n\n";
        for (List<String> inputAndError : List.of(
                List.of(good + "2027-01-04,5,DAYS\n", "line 3: No working-day data for 2027 in calendar 'CN-national'"),
                List.of(good + "2026-12-20,30,WORKING_DAYS\n", "line 3: Counting 30 working days after 2026-12-20 runs "
                        + "past calendar 'CN-national'"),
                List.of(good + "2007-12-20,3,DAYS\n", "line 3: No working-day data for 2007"),
                List.of(good + "2026-01-05,2147483647,WORKING_DAYS\n", "line 3: Counting 2147483647 working days after "),
                List.of(good + "2026-01-05,2147483648,DAYS\n", "line 3: amount '2147483648' is not a whole number from "
                        + "1 to 2147483647"),
                List.of(good + "2026-01-05,0,DAYS\n", "line 3: amount must be at least 1, but was 0"),
                List.of(good + "2026-13-05,3,DAYS\n", "line 3: start '2026-13-05' is not a date in the form yyyy-MM-dd"),
                List.of(good + "2026-01-05,3\n", "line 3: expected 'start,amount,unit', but found 2 fields in "
                        + "'2026-01-05,3'"),
                List.of(good + "x".repeat(100_000) + "\n", "line 3: expected 'start,amount,unit', but found 1 field in "
                        + "'" + "x".repeat(40) + "…' (100000 characters)"))) {
            Run run = run(inputAndError.get(0), "deadline", "--batch");
            assertThat(run.status).as(inputAndError.get(1)).isEqualTo(2);
            assertThat(run.out).as(inputAndError.get(1)).isEmpty();
            assertThat(run.err.lines()).singleElement().asString().startsWith(inputAndError.get(1));
        }
    }

    @Example
    void batch_refusesTheOptionsOfASingleDeadline() {
        for (List<String> option : List.of(List.of("--start", "2026-09-30"), List.of("--working-days", "5"),
                List.of("--days", "5"), List.of("--explain"), List.of("--en"))) {
            List<String> args = new ArrayList<>(List.of("deadline", "--batch"));
            args.addAll(option);
            Run run = run("2026-09-30,5,WORKING_DAYS\n", args.toArray(new String[0]));
            assertThat(run.status).as("%s", option).isEqualTo(2);
            assertThat(run.out).as("%s", option).isEmpty();
            assertThat(run.err.lines()).singleElement().asString()
                    .isEqualTo("--batch reads every deadline from standard input and takes no " + option.get(0));
        }
    }

    @Example
    void batch_withABadLine_writesNothing() {
        Run run = run("2026-09-30,5,WORKING_DAYS\n2026-09-30,5,WEEKS\n", "deadline", "--batch");
        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("line 2").contains("WEEKS");
        assertThat(run("2026-12-20,30,WORKING_DAYS\n", "deadline", "--batch").status).isEqualTo(2);
    }

    @Example
    void batch_agreesWithTheApiOnEveryDayOfTheCalendar() {
        WorkingDayCalendar calendar = WorkingDayCalendar.national();
        StringBuilder input = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (LocalDate day = LocalDate.of(2008, 1, 1); day.isBefore(LocalDate.of(2026, 12, 20));
                day = day.plusDays(1)) {
            input.append(day).append(",1,WORKING_DAYS\n").append(day).append(",3,DAYS\n");
            expected.append(day).append(",1,WORKING_DAYS,").append(calendar.nextWorkingDay(day)).append('\n');
            LocalDate natural = day.plusDays(3);
            expected.append(day).append(",3,DAYS,").append(calendar.workingDayOnOrAfter(natural)).append('\n');
        }
        Run run = run(input.toString(), "deadline", "--batch");
        assertThat(run.status).isZero();
        assertThat(run.out.replace(System.lineSeparator(), "\n")).isEqualTo(expected.toString());
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String temporaryDirectory() {
        try {
            return Files.createTempDirectory("quanze-tour").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new BufferedReader(new StringReader(stdin)), new PrintWriter(out), new PrintWriter(err),
                args);
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }
}
