package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.AllocationIssue;
import io.github.quanze.examples.Examples.Run;
import io.github.quanze.power.CatalogueIssue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/** Runs every example through its command line, as {@code java -jar quanze-examples.jar} would. */
class ExamplesTest {

    /** Every issue the built-in checks find in the data; CHECK_FAILED reports a check that threw, and none does. */
    private static final Set<AllocationIssue> FOUND_IN_DATA = EnumSet.complementOf(
            EnumSet.of(AllocationIssue.CHECK_FAILED));

    @Example
    void tour_printsFindingsOfEveryKindInChinese() {
        Run run = run("tour", "--out", temporaryDirectory().toString());
        assertThat(run.status()).isZero();
        for (AllocationIssue issue : FOUND_IN_DATA) {
            assertThat(run.out()).as(issue.name()).contains("] " + issue.label().zh());
        }
        for (CatalogueIssue issue : CatalogueIssue.values()) {
            assertThat(run.out()).as(issue.name()).contains("] " + issue.label().zh());
        }
        assertThat(run.out()).contains("ZF-370004 执法证已过有效期", "《中华人民共和国烟草专卖法实施条例》第五十五条（已于2023-07-20失效）");
        assertThat(run.err()).isEmpty();
    }

    @Example
    void audit_printsEnglishOnRequest() {
        Run run = run("audit", "--en");
        assertThat(run.status()).isZero();
        for (AllocationIssue issue : FOUND_IN_DATA) {
            assertThat(run.out()).as(issue.name()).contains("] " + issue.label().en());
        }
        assertThat(run.out()).contains("5. Allocation audit: 13 findings (errors: 9, warnings: 4)");
    }

    @Example
    void accountability_decidesEveryCaseWithItsExplanation() {
        Run run = run("accountability");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("执法证 ZF-370004：执法证已过有效期")
                .contains("处理结果：警告（处分期6个月）、离岗培训、通报批评")
                .contains("郑涛（审核人）承担主要领导责任")
                .contains("冯刚不承担责任")
                .contains("适用规则 OFFICER.DUTY_DULY_PERFORMED")
                .contains("因例外规则 OFFICER.DUTY_DULY_PERFORMED 适用而不予适用")
                .contains("处理时的规定处理较轻，适用处理时的规定（从轻）")
                .contains("适用行为时的规定（从旧）")
                .contains("撤职（处分期24个月）")
                .contains("处理结果：不予追究责任");
        assertThat(run.out()).doesNotContain("开除");
    }

    @Example
    void tour_runsEveryStageInEnglishOnRequest() {
        Run run = run("tour", "--en", "--out", temporaryDirectory().toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("5. Allocation audit", "1. Procedure: case procedure with cigarettes preserved",
                "3. Deadlines during the case (as of 2026-09-23)", "5. Publication of the decision",
                "Replay: published on time, no violation", "6. Penalty discretion", "7. Case-file review",
                "8. Faults and sanctions", "9. Referral of a suspected crime", "10. Flowchart",
                "fine 11040.00–14720.00 yuan",
                "Case 6: ");
    }

    @Example
    void case_findsTheLateHearingNoticeAcrossNationalDayAndTheExpiredCertificate() {
        Run run = run("case", "--out", temporaryDirectory().toString());
        assertThat(run.status()).isZero();
        // 行政处罚法 Art 64(二), Art 85: seven working days before the hearing of 2026-10-12, across 国庆
        assertThat(run.out()).contains("期限 听证通知：2026-09-24届满，逾期6日完成（2026-09-30完成）",
                "听证通知应当于2026-09-24（含当日）前完成（7个工作日前），已超过时限（解释：承办人对办案期限负责）；涉及：冯刚（承办人）",
                "执法证 ZF-370004：执法证已过有效期", "涉及：赵丽（承办人）", "程序违法2项");
        // on 2026-09-23 the notice is still the next step and only the certificate is wrong
        assertThat(run.out()).contains("截至2026-09-23：待办环节：听证通知", "程序违法1项");
        // the review: the expired certificate is a veto, the late notice and the reviewer's findings deduct points
        assertThat(run.out()).contains("案卷示烟罚〔2026〕37号评查结果：0分，不合格", "存在否决项1项", "内容·执法程序 15/20",
                "卷面·案卷归档 6/10", "页码缺失或者错误：卷内第12页、第13页未编页码，共2处，扣4分");
        // each fault of the failed file decided by the national policy with its explanation
        assertThat(run.out()).contains("过错认定：赵丽：未取得执法证件执法或者未出示执法证件，重大过失",
                "过错认定：冯刚：超过法定期限，一般过失", "处理结果：", "适用规则 OFFICER.");
        // the expired certificate caused no harm: no 政务处分 under 政务处分法 Art 39, only the measures
        assertThat(run.out()).contains("处理结果：离岗培训、通报批评", "OFFICER.SERIOUS.DIRECT.NO_HARM",
                "解释：以过错的危害后果衡量政务处分法第三十九条");
        assertThat(run.err()).isEmpty();
    }

    @Example
    void case_writesTheFlowchartWithEveryStep() throws IOException {
        Path directory = temporaryDirectory();
        Run run = run("case", "--en", "--out", directory.toString());
        Path mermaid = directory.resolve("preservation-case.mmd");
        assertThat(run.out()).contains("Mermaid: " + mermaid);
        String chart = Files.readString(mermaid, StandardCharsets.UTF_8);
        assertThat(chart).contains("flowchart TD");
        for (var step : TobaccoProcedures.PRESERVATION_CASE.steps()) {
            assertThat(chart).contains(step.kind().name() + "[\"" + step.kind().label().en());
        }
        assertThat(Files.readString(directory.resolve("preservation-case.dot"), StandardCharsets.UTF_8))
                .startsWith("digraph");
    }

    @Example
    void case_reportsAFlowchartDirectoryItCannotWrite() throws IOException {
        Path file = Files.createTempFile("quanze-tour", ".txt");
        Run run = run("case", "--out", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Cannot write the flowchart to " + file);
        assertThat(run.out()).isEmpty();
    }

    @Example
    void county_assessesTheCountyAndWritesTheReport() throws IOException {
        Path directory = temporaryDirectory();
        Run run = run("county", "--out", directory.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("全县行政执法单位45个，执法事项294项", "二、案卷评查", "三、评议考核得分与排名",
                "四、依国办发〔2005〕37号作出的处理", "五、执法人员考核与红黄绿卡", "MEASURE.COMMENDATION");
        // the rotating trophy goes to exactly the first three places
        List<String> ranking = run.out().lines().dropWhile(l -> !l.startsWith("三、"))
                .takeWhile(l -> !l.startsWith("四、")).toList();
        assertThat(ranking.stream().filter(l -> l.contains("流动奖杯") && !l.contains("前三名"))).hasSize(3)
                .allSatisfy(l -> assertThat(l.trim()).matches("[123] .*"));
        // 按期公示率 and 记录完整率 (118号): values that differ between agencies, and 无数据 where an agency's cases had
        // no publication rule or did not say which records were made
        assertThat(ranking).anySatisfy(l -> assertThat(l).contains("按期公示率", "记录完整率"));
        List<String[]> rows = ranking.stream().map(String::trim).filter(l -> l.matches("\\d+ .*"))
                .map(l -> l.split("\\s{2,}")).toList();
        assertThat(rows).hasSize(45);
        for (int column : new int[] {8, 9}) {
            List<String> values = rows.stream().map(r -> r[column]).toList();
            assertThat(values).as("column %s", column).contains("无数据", "100%")
                    .anySatisfy(v -> assertThat(v).matches("\\d{1,2}(\\.\\d+)?%"));
            assertThat(values.stream().distinct().count()).as("column %s", column).isGreaterThan(10);
        }
        // the two red cards leave their officers without certificate
        assertThat(run.out().lines().filter(l -> l.contains("红卡  无"))).hasSize(2);
        String report = Files.readString(directory.resolve("county-2025.md"), StandardCharsets.UTF_8);
        assertThat(report).startsWith("# 县行政执法评议考核报告（2025年度）").contains("| 名次 | 单位 | 得分 |",
                "## 五、执法人员考核与红黄绿卡");
        assertThat(run("county", "--out", directory.toString()).out()).as("the same seed gives the same county")
                .isEqualTo(run.out());
    }

    @Example
    void county_printsAndWritesEnglishOnRequest() throws IOException {
        Path directory = temporaryDirectory();
        Run run = run("county", "--en", "--seed", "7", "--out", directory.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("1. Overview", "3. Assessment scores and ranking", "rotating trophy");
        assertThat(Files.readString(directory.resolve("county-2025-en.md"), StandardCharsets.UTF_8))
                .contains("| place | agency | total |", "| published on time | fully recorded |");
    }

    @Example
    void unknownCommand_exitsWithAUsageError() {
        Run run = run("bogus");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'bogus'");
        assertThat(run.out()).isEmpty();
    }

    private static Run run(String... args) {
        return Examples.run(args);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("quanze-tour");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
