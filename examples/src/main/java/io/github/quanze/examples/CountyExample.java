package io.github.quanze.examples;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyMeasure;
import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.AgencyTally;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.CardHistory;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.assessment.IndicatorValue;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.assessment.OfficerAppraisals;
import io.github.quanze.assessment.OfficerCard;
import io.github.quanze.assessment.OfficerRating;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.fault.ReviewFaults;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.Role;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewDefect;
import io.github.quanze.review.ReviewReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The annual assessment of the county of seed 004 (县行政执法评议考核): 45 agencies, 294 enforcement items and some
 * 800 officers, a generated year of cases, the review of a sample of files (案卷评查), each agency's indicators,
 * score, grade and rank with the 流动奖杯 for the top three, the measures of 国办发〔2005〕37号, and the officers'
 * ratings and red, yellow and green cards with their effect on certificates. Printed in Chinese or English and
 * written as a Markdown report with its tables; with {@code --html}, also as a self-contained web page with charts
 * ({@link CountyPage}).
 */
final class CountyExample extends Report {

    /** The day the cards of the year take effect. */
    static final LocalDate CARDS_GIVEN = LocalDate.of(CountyYear.YEAR + 1, 1, 15);

    private static final String DECIDED_BY = "县人民政府行政执法考核领导小组";

    /** How many yellow cards the report lists by name. */
    private static final int SHOWN = 10;

    private final Path directory;
    private final long seed;
    private final boolean html;
    private final List<String> markdown = new ArrayList<>();

    CountyExample(PrintWriter out, Locale locale, Path directory, long seed) {
        this(out, locale, directory, seed, false);
    }

    CountyExample(PrintWriter out, Locale locale, Path directory, long seed, boolean html) {
        super(out, locale);
        this.directory = directory;
        this.seed = seed;
        this.html = html;
    }

    /**
     * Generates the county and its year, assesses it, prints the report and writes it as Markdown, and with
     * {@code --html} as a web page beside it.
     */
    void run() {
        County county = County.generate(seed);
        List<CountyYear.AgencyYear> years = CountyYear.generate(county, seed + 1);
        heading(1, t("县行政执法评议考核报告（" + CountyYear.YEAR + "年度）",
                "County law-enforcement assessment report, " + CountyYear.YEAR));
        overview(county, years);
        review(years);
        AgencyRanking ranking = rank(years);
        assessment(ranking);
        List<OfficerAppraisal> appraisals = appraise(county, years);
        officers(county, appraisals);
        write();
        if (html) {
            Path file = CountyPage.write(directory, ranking, appraisals, years);
            line(t("网页报告已写入：", "Web report written to: ") + file);
        }
    }

    private void overview(County county, List<CountyYear.AgencyYear> years) {
        int cases = years.stream().mapToInt(y -> y.cases().size()).sum();
        int files = years.stream().mapToInt(y -> y.reviews().size()).sum();
        heading(2, t("一、概况", "1. Overview"));
        paragraph(t(String.format("全县行政执法单位%d个，执法事项%d项，执法人员%d名；%d年办理行政处罚案件%d件，"
                                + "抽查已结案案卷%d卷（每单位%d卷，不足的全部评查），评查日期%s，适用%s。", years.size(), County.ITEMS,
                        county.organization().officers().size(), CountyYear.YEAR, cases, files, CountyYear.SAMPLE,
                        CountyYear.REVIEWED, years.get(0).reviews().get(0).standard().citation()),
                String.format("%d enforcement agencies, %d enforcement items, %d officers; %d penalty cases in %d, "
                                + "%d closed files reviewed (%d per agency, all where fewer), reviewed on %s against "
                                + "%s.",
                        years.size(), County.ITEMS, county.organization().officers().size(), cases,
                        CountyYear.YEAR, files, CountyYear.SAMPLE, CountyYear.REVIEWED,
                        years.get(0).reviews().get(0).standard().citation())));
    }

    private void review(List<CountyYear.AgencyYear> years) {
        heading(2, t("二、案卷评查", "2. Case-file review"));
        ReportTable table = new ReportTable(t("单位", "agency"), t("案件", "cases"), t("评查", "reviewed"),
                t("优秀", "excellent"), t("合格", "pass"), t("不合格", "fail"), t("平均分", "average"),
                t("否决项", "vetoes"));
        Map<String, Integer> defects = new TreeMap<>();
        int[] grades = new int[Grade.values().length];
        for (CountyYear.AgencyYear y : years) {
            int[] g = new int[Grade.values().length];
            int vetoes = 0;
            for (ReviewReport r : y.reviews()) {
                g[r.grade().ordinal()]++;
                grades[r.grade().ordinal()]++;
                vetoes += r.vetoes().size();
                for (ReviewDefect d : r.defects()) {
                    defects.merge(in(d.criterion().name()), d.occurrences(), Integer::sum);
                }
            }
            double average = y.reviews().stream().mapToInt(ReviewReport::total).average().orElse(0);
            table.row(y.member().name(), y.cases().size(), y.reviews().size(), g[0], g[1], g[2],
                    String.format("%.1f", average), vetoes);
        }
        table(table);
        paragraph(t(String.format("全县评查案卷%d卷：优秀%d卷，合格%d卷，不合格%d卷。", grades[0] + grades[1] + grades[2],
                        grades[0], grades[1], grades[2]),
                String.format("%d files reviewed: %d excellent, %d pass, %d fail.", grades[0] + grades[1] + grades[2],
                        grades[0], grades[1], grades[2])));
        ReportTable frequent = new ReportTable(t("问题", "defect"), t("处数", "occurrences"));
        defects.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> frequent.row(e.getKey(), e.getValue()));
        paragraph(t("常见问题：", "Most frequent defects:"));
        table(frequent);
    }

    /** Assesses every agency's year under the default scheme and ranks them, with their measures. */
    static AgencyRanking rank(List<CountyYear.AgencyYear> years) {
        List<AgencyAssessment> assessed = new ArrayList<>();
        for (CountyYear.AgencyYear y : years) {
            assessed.add(AssessmentScheme.DEFAULT.assess(period(y)));
        }
        return AgencyRanking.of(assessed);
    }

    private void assessment(AgencyRanking ranking) {
        heading(2, t("三、评议考核得分与排名", "3. Assessment scores and ranking"));
        paragraph(t("评分方案：" + AssessmentScheme.DEFAULT.name() + "（通用30、专用50、外部评议20，另有加分）；前三名授予流动奖杯。"
                        + "按期公示率（执法决定7个工作日内公开）和全过程记录完整率依国办发〔2018〕118号列出，不计分；"
                        + "“无数据”表示该单位的案件未适用公示规则或者未载明记录情况，不是0%。",
                "Scheme: " + AssessmentScheme.DEFAULT.name() + " (general 30, sector-specific 50, external 20, plus "
                        + "bonus); the top three get the rotating trophy. Decisions published on time (within seven "
                        + "working days) and steps fully recorded are shown under Guo Ban Fa [2018] No. 118 but not "
                        + "scored; \"no data\" means that the agency's cases had no publication rule or did not say "
                        + "which records were made, not 0%."));
        ReportTable table = new ReportTable(t("名次", "place"), t("单位", "agency"), t("得分", "total"),
                t("等次", "grade"), t("案卷合格率", "files passed"), t("超期率", "overdue"),
                t("复议纠错率", "corrected"), t("满意度", "satisfied"), t("按期公示率", "published on time"),
                t("记录完整率", "fully recorded"), t("备注", "note"));
        for (AgencyRanking.Place place : ranking.places()) {
            AgencyAssessment a = place.assessment();
            String note = place.trophy() ? t("流动奖杯", "rotating trophy") : "";
            if (place.tieBreak().isPresent()) {
                note += (note.isEmpty() ? "" : t("；", "; ")) + t("同分，按", "tie broken by ")
                        + in(place.tieBreak().get().label());
            }
            table.row(place.rank(), a.period().agencyName(),
                    a.isScored() ? String.format("%.2f", a.total()) : t("未评分", "not scored"),
                    a.grade().map(g -> in(g.label())).orElse("—"), value(a, Indicator.CASE_FILE_PASS_RATE),
                    value(a, Indicator.OVERDUE_RATE), value(a, Indicator.RECONSIDERATION_CORRECTION_RATE),
                    value(a, Indicator.SATISFACTION_RATE), value(a, Indicator.PUBLICATION_ON_TIME_RATE),
                    value(a, Indicator.RECORDING_COMPLETENESS_RATE), note);
        }
        table(table);
        heading(2, t("四、依国办发〔2005〕37号作出的处理", "4. Measures under Guo Ban Fa [2005] No. 37"));
        ReportTable measures = new ReportTable(t("单位", "agency"), t("处理", "measures"), t("依据规则", "rules"));
        AgencyRanking.Place explained = null;
        for (AgencyRanking.Place place : ranking.places()) {
            Set<AgencyMeasure> m = place.measures().outcome().orElse(Set.of());
            if (!m.isEmpty()) {
                measures.row(place.assessment().period().agencyName(), in(AgencyMeasure.describe(m)),
                        place.measures().fired().stream().map(r -> r.id().value()).collect(Collectors.joining(", ")));
                if (explained == null && m.contains(AgencyMeasure.REPRIMAND)) {
                    explained = place;
                }
            }
        }
        table(measures);
        if (explained != null) {
            paragraph(in(explained.assessment().explain()));
            paragraph(in(explained.measures().explain()));
        }
    }

    /** An agency's year as the assessment counts it. */
    private static AgencyPeriod period(CountyYear.AgencyYear y) {
        AgencyTally p = AgencyTally.of(y.member().id(), y.member().name(),
                LocalDate.of(CountyYear.YEAR, 1, 1), CountyYear.REVIEWED).addReports(y.reviews());
        long required = 0;
        long done = 0;
        for (CaseRecord record : y.cases()) {
            CaseState state = record.replay(CountyYear.REVIEWED);
            p.addCase(record, state);
            if (record.grounds().stream().anyMatch(CaseGround::requiresLegalityReview)
                    && state.done().contains(StepKind.DECISION)) {
                required++;
                done += state.done().contains(StepKind.LEGALITY_REVIEW) ? 1 : 0;
            }
        }
        CountyYear.Outcomes o = y.outcomes();
        o.reconsiderations().forEach((outcome, n) -> p.reconsiderations(outcome, n));
        o.lawsuits().forEach((outcome, n) -> p.lawsuits(outcome, n));
        return p.legalityReviews(required, done).complaints(o.complaints()).survey(o.surveyed(), o.satisfied())
                .perfunctory(o.perfunctory()).falsified(o.falsified())
                // the example's assessing body finds falsified material 情况严重 (37号: 情况严重的，给予通报批评或者取消评比先进资格)
                .severe(o.falsified()).toPeriod();
    }

    private String value(AgencyAssessment a, Indicator indicator) {
        IndicatorValue v = a.indicator(indicator);
        return v.hasData() ? in(indicator.unit().format(v.value().getAsDouble())) : t("无数据", "no data");
    }

    /**
     * Appraises every officer of the county for the year, from the reviewed files and the faults found in them and
     * by the discipline inspection.
     */
    static List<OfficerAppraisal> appraise(County county, List<CountyYear.AgencyYear> years) {
        List<ReviewReport> reports = years.stream().flatMap(y -> y.reviews().stream()).toList();
        List<Fault> faults = new ArrayList<>();
        reports.forEach(r -> faults.addAll(ReviewFaults.of(r)));
        faults.addAll(gravest(county, years));
        return OfficerAppraisals.defaults().appraiseAll(county.organization(), Year.of(CountyYear.YEAR), reports,
                faults, List.of());
    }

    /** The county's organization once the year's cards are given, on {@link #CARDS_GIVEN}. */
    static Organization withCards(Organization organization, List<OfficerAppraisal> appraisals) {
        List<CardHistory> histories = new ArrayList<>();
        for (OfficerAppraisal a : appraisals) {
            histories.add(CardHistory.of(a.officer()).give(a, CARDS_GIVEN, DECIDED_BY));
        }
        return CardHistory.applyAll(organization, histories);
    }

    private void officers(County county, List<OfficerAppraisal> appraisals) {
        heading(2, t("五、执法人员考核与红黄绿卡", "5. Officers' ratings and cards"));
        Organization organization = county.organization();
        Map<OfficerRating, Integer> ratings = new EnumMap<>(OfficerRating.class);
        Map<OfficerCard, Integer> cards = new EnumMap<>(OfficerCard.class);
        for (OfficerAppraisal a : appraisals) {
            ratings.merge(a.rating(), 1, Integer::sum);
            cards.merge(a.card(), 1, Integer::sum);
        }
        ReportTable byRating = new ReportTable(t("考核等次", "rating"), t("人数", "officers"));
        for (OfficerRating r : OfficerRating.values()) {
            byRating.row(in(r.label()), ratings.getOrDefault(r, 0));
        }
        table(byRating);
        ReportTable byCard = new ReportTable(t("卡", "card"), t("人数", "officers"));
        for (OfficerCard c : OfficerCard.values()) {
            byCard.row(in(c.label()), cards.getOrDefault(c, 0));
        }
        table(byCard);
        Organization after = withCards(organization, appraisals);
        ReportTable carded = new ReportTable(t("执法人员", "officer"), t("单位", "agency"), t("等次", "rating"),
                t("卡", "card"), t(CARDS_GIVEN + "起执法资格", "certified from " + CARDS_GIVEN));
        List<OfficerAppraisal> shown = new ArrayList<>(appraisals.stream().filter(a -> a.card() == OfficerCard.RED)
                .toList());
        appraisals.stream().filter(a -> a.card() == OfficerCard.YELLOW).limit(SHOWN).forEach(shown::add);
        for (OfficerAppraisal a : shown) {
            County.Member m = member(county, a.officer());
            carded.row(organization.officer(a.officer()).name() + "（" + a.officer().value() + "）", m.name(),
                    in(a.rating().label()), in(a.card().label()),
                    after.isCertifiedFor(a.officer(), m.area(), CARDS_GIVEN) ? t("有效", "valid") : t("无", "none"));
        }
        paragraph(t(String.format("红卡人员全部列出，黄卡人员列出前%d名（共%d名）；黄卡暂扣执法证件并离岗培训，红卡取消执法资格：",
                        SHOWN, cards.getOrDefault(OfficerCard.YELLOW, 0)),
                String.format("Every red card and the first %d of %d yellow cards (yellow: certificate suspended and "
                        + "off-post training; red: qualification revoked):", SHOWN,
                        cards.getOrDefault(OfficerCard.YELLOW, 0))));
        table(carded);
        appraisals.stream().filter(a -> a.card() == OfficerCard.RED).findFirst()
                .ifPresent(a -> paragraph(in(a.explain())));
    }

    /**
     * Two grave faults the discipline inspection found outside the case files, so that the year has red cards: an
     * officer of each of the two least diligent agencies took money from a party (invented for the example).
     */
    private static List<Fault> gravest(County county, List<CountyYear.AgencyYear> years) {
        return county.members().stream().sorted((a, b) -> Double.compare(a.diligence(), b.diligence())).limit(2)
                .map(m -> {
                    OfficerId officer = m.staff().handlers().get(0);
                    return Fault.builder()
                            .subject(FaultSubject.officer(officer, county.organization().officer(officer).name()))
                            .type(FaultType.CORRUPTION).form(FaultForm.INTENT).consequence(Consequence.SERIOUS)
                            .role(Role.HANDLER).responsibility(Responsibility.DIRECT)
                            .actDate(LocalDate.of(CountyYear.YEAR, 6, 18)).description("收受当事人财物后减轻处罚")
                            .build();
                }).collect(Collectors.toList());
    }

    private static County.Member member(County county, OfficerId officer) {
        return county.members().stream().filter(m -> m.officers().contains(officer)).findFirst().orElseThrow();
    }

    private void heading(int level, String text) {
        line("");
        line(text);
        markdown.add("");
        markdown.add("#".repeat(level) + " " + text);
        markdown.add("");
    }

    private void paragraph(String text) {
        for (String l : text.split("\n")) {
            line("  " + l);
        }
        markdown.add(text.replace("\n", "  \n"));
        markdown.add("");
    }

    private void table(ReportTable table) {
        table.text().forEach(this::line);
        markdown.addAll(table.markdown());
        markdown.add("");
    }

    private void write() {
        Path file = directory.resolve("county-" + CountyYear.YEAR + (locale() == Locale.ENGLISH ? "-en" : "") + ".md");
        try {
            Files.writeString(file, String.join("\n", markdown).strip() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.UsageException("Cannot write the report to " + file + ": " + e);
        }
        line("");
        line(t("报告已写入：", "Report written to: ") + file);
    }
}
