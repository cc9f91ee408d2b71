package io.github.quanze.publish.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The supervisor's report (宏观数据分析报告): a county's assessment of its agencies for a period, drawn as one
 * self-contained page with SVG charts and data tables, in six sections in this order: the scores and ranking with
 * the 流动奖杯 of the top three; the distribution of grades; indicators compared between the county and single
 * agencies; a case's timeline; the fines of one violation item by tier with the findings of the analysis of like
 * cases (类案); and the officers' ratings and red, yellow and green cards.
 * <p>
 * Everything shown is read from quanze's values — an {@link AgencyRanking} (places, totals, grades, tie-breaks,
 * trophies and the measures of 国办发〔2005〕37号), {@link OfficerAppraisal}s, a {@link DisparityReport} with the
 * decided cases of the item, and a {@link CaseRecord} with its replayed {@link CaseState} — never worked out again.
 * A section whose values were not given says so. Rendering is linear in the number of agencies, officers and cases,
 * and the same values give the same page.
 * <pre>{@code
 * Page page = SupervisorReport.builder(BilingualText.of("某县2025年度行政执法评议考核", "County assessment 2025"),
 *         ranking).officers(appraisals).disparity(disparities, "TL-58", decidedCases)
 *         .caseTimeline(record, record.replay(asOf)).build().page();
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class SupervisorReport {

    /** The sections' ids, in their order: the anchors of the page's navigation. */
    public static final List<String> SECTIONS = List.of("ranking", "grades", "indicators", "timeline", "fines",
            "officers");

    private static final BilingualText NOT_GIVEN = BilingualText.of("本报告未提供此项数据。",
            "This report was not given these data.");
    private static final int MAX_COMPARED = 5;

    private final BilingualText title;
    private final BilingualText publisher;
    private final AgencyRanking ranking;
    private final List<OfficerAppraisal> officers;
    private final Optional<FinesByTier> fines;
    private final Optional<CaseRecord> record;
    private final Optional<CaseState> state;
    private final List<AgencyId> compared;

    private SupervisorReport(Builder b) {
        this.title = b.title;
        this.publisher = b.publisher;
        this.ranking = b.ranking;
        this.officers = b.officers;
        this.fines = b.fines;
        this.record = b.record;
        this.state = b.state;
        this.compared = b.compared;
    }

    /**
     * Starts a report.
     *
     * @param title  the report's title, its {@code <h1>}, not null
     * @param ranking  the agencies' ranking for the period, not null
     * @return a builder, not null
     */
    public static Builder builder(BilingualText title, AgencyRanking ranking) {
        return new Builder(Objects.requireNonNull(title, "title"), Objects.requireNonNull(ranking, "ranking"));
    }

    /** @return the report's title, not null */
    public BilingualText title() {
        return title;
    }

    /** @return the ranking it draws, not null */
    public AgencyRanking ranking() {
        return ranking;
    }

    /**
     * Renders the report as a page.
     *
     * @return the page, not null
     */
    public Page page() {
        Markup body = Markup.create();
        intro(body);
        RankingSection.render(body, ranking);
        IndicatorSection.grades(body, ranking);
        IndicatorSection.indicators(body, ranking, compared());
        timeline(body);
        fines(body);
        OfficerSection.render(body, officers);
        return Page.builder(title).publisher(publisher).links(links()).body(body).build();
    }

    /**
     * Renders the report as one HTML document, the file {@code report.html}.
     *
     * @return the HTML, not null
     */
    public String html() {
        return page().html();
    }

    private List<Page.Link> links() {
        List<BilingualText> names = List.of(RankingSection.HEADING, IndicatorSection.GRADES,
                IndicatorSection.INDICATORS, CaseTimeline.HEADING, FINES, OfficerSection.HEADING);
        List<Page.Link> links = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            links.add(new Page.Link("#" + SECTIONS.get(i), names.get(i)));
        }
        return links;
    }

    private void intro(Markup m) {
        if (ranking.places().isEmpty()) {
            m.element("p", BilingualText.of("本期无参评单位。", "No agency was assessed in the period."));
            return;
        }
        AgencyAssessment first = ranking.places().get(0).assessment();
        long scored = ranking.places().stream().filter(p -> p.assessment().isScored()).count();
        m.element("p", BilingualText.of("考核期间" + first.period().from() + "至" + first.period().to() + "，评分方案"
                + first.scheme().name() + "；参评单位" + ranking.places().size() + "个，其中评分" + scored
                + "个。以下各图均附数据表或文字说明。", "Period " + first.period().from() + " to "
                + first.period().to() + ", scheme " + first.scheme().name() + "; " + ranking.places().size()
                + " agencies assessed, " + scored + " scored. Every chart has a table or a text beside it."),
                "class", "note");
    }

    /** The agencies compared with the county: those chosen, or the first and the last scored. */
    private List<AgencyRanking.Place> compared() {
        if (!compared.isEmpty()) {
            return compared.stream().map(ranking::place).toList();
        }
        List<AgencyRanking.Place> scored = ranking.places().stream().filter(p -> p.assessment().isScored())
                .toList();
        if (scored.size() < 2) {
            return scored;
        }
        return List.of(scored.get(0), scored.get(scored.size() - 1));
    }

    private void timeline(Markup m) {
        m.open("section", "id", "timeline", "aria-labelledby", "timeline-h");
        m.element("h2", CaseTimeline.HEADING, "id", "timeline-h");
        if (record.isPresent()) {
            CaseTimeline.render(m, record.get(), state.get());
        } else {
            m.element("p", NOT_GIVEN, "class", "note");
        }
        m.close("section");
    }

    private static final BilingualText FINES = BilingualText.of("五、类案罚款分布", "5. Fines of like cases");

    private void fines(Markup m) {
        m.open("section", "id", "fines", "aria-labelledby", "fines-h");
        m.element("h2", FINES, "id", "fines-h");
        if (fines.isEmpty()) {
            m.element("p", NOT_GIVEN, "class", "note").close("section");
            return;
        }
        FinesByTier f = fines.get();
        m.element("p", BilingualText.of("违法行为" + f.item() + "共" + f.cases().size() + "件，按"
                + f.measure().label().zh() + "比较" + f.fined() + "件"
                + (f.leftOut() > 0 ? "（另" + f.leftOut() + "件按另一口径罚款，未计入）" : "")
                + "。各阶次的区间为裁量基准对归入该阶次案件给出的罚款幅度的范围（本报告的汇总口径）；菱形标记为类案分析认定"
                + "畸轻畸重的案件（行政处罚法第五条第二款、第三十四条）。", "Violation item " + f.item() + ": "
                + f.cases().size() + " cases, " + f.fined() + " compared by " + f.measure().label().en()
                + (f.leftOut() > 0 ? " (" + f.leftOut() + " fined by the other measure left out)" : "")
                + ". Each tier's band spans the ranges the discretion standard gave the cases it placed at that tier "
                + "(this report's summary); diamonds mark the cases the analysis of like cases found too light or "
                + "too heavy (Administrative Penalty Law Art 5(2), Art 34)."), "class", "note");
        m.fragment(f.plot("fines-plot").render());
        DataTable.openWithClass(m, "findings",
                BilingualText.of(f.item() + " 类案分析发现", f.item() + ": findings on like cases"),
                BilingualText.of("代码", "code"), BilingualText.of("情形", "circumstances"),
                BilingualText.of("案件", "cases"), BilingualText.of("说明", "explanation"));
        for (DisparityFinding finding : f.findings()) {
            m.open("tr", "data-code", finding.code());
            Tables.rowHeader(m, Tables.same(finding.code()));
            Tables.cell(m, finding.profile().toString());
            Tables.cell(m, String.join("、", finding.cases()));
            Tables.cell(m, finding.message());
            m.close("tr");
        }
        if (f.findings().isEmpty()) {
            m.open("tr").element("td", BilingualText.of("无发现", "no finding"), "colspan", "4").close("tr");
        }
        DataTable.close(m);
        m.close("section");
    }

    /** Builds a {@link SupervisorReport}. Not thread-safe. */
    public static final class Builder {

        private final BilingualText title;
        private final AgencyRanking ranking;
        private BilingualText publisher = BilingualText.of("行政执法监督", "Law-enforcement supervision");
        private List<OfficerAppraisal> officers = List.of();
        private Optional<FinesByTier> fines = Optional.empty();
        private Optional<CaseRecord> record = Optional.empty();
        private Optional<CaseState> state = Optional.empty();
        private List<AgencyId> compared = List.of();

        private Builder(BilingualText title, AgencyRanking ranking) {
            this.title = title;
            this.ranking = ranking;
        }

        /**
         * Sets the body that publishes the report, named in the page's header; by default 行政执法监督.
         *
         * @param publisher  its name, not null
         * @return this builder
         */
        public Builder publisher(BilingualText publisher) {
            this.publisher = Objects.requireNonNull(publisher, "publisher");
            return this;
        }

        /**
         * Sets the officers' appraisals of the year, drawn as one card each.
         *
         * @param appraisals  the appraisals, not null
         * @return this builder
         */
        public Builder officers(Collection<OfficerAppraisal> appraisals) {
            this.officers = ImmutableList.copyOf(appraisals);
            return this;
        }

        /**
         * Sets the analysis of like cases and the violation item whose fines are drawn.
         *
         * @param report  the analysis' report, not null
         * @param item  the code of the violation item, one of the report's groups, not null
         * @param cases  the decided cases analysed (those of other items are ignored), not null
         * @return this builder
         * @throws IllegalArgumentException if the report has no group of the item; the message lists its items
         */
        public Builder disparity(DisparityReport report, String item, Collection<DecidedPenalty> cases) {
            this.fines = Optional.of(FinesByTier.of(report, item, Objects.requireNonNull(cases, "cases")));
            return this;
        }

        /**
         * Sets the case whose timeline is drawn.
         *
         * @param record  the case record, for its events and its calendar, not null
         * @param state  the record replayed, for its deadlines and their status, not null
         * @return this builder
         * @throws IllegalArgumentException if the state is of another case
         */
        public Builder caseTimeline(CaseRecord record, CaseState state) {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(state, "state");
            checkArgument(record.id().equals(state.caseId()), "The case state is of case '%s', not of the record "
                    + "'%s'", state.caseId(), record.id());
            this.record = Optional.of(record);
            this.state = Optional.of(state);
            return this;
        }

        /**
         * Chooses the agencies whose indicators are compared with the county's; by default the first and the last
         * scored.
         *
         * @param agencies  one to five ranked agencies, not null
         * @return this builder
         * @throws IllegalArgumentException if none or more than five are given, or one is not ranked
         */
        public Builder compare(AgencyId... agencies) {
            List<AgencyId> ids = List.of(agencies);
            checkArgument(!ids.isEmpty() && ids.size() <= MAX_COMPARED, "Compare one to %s agencies, but %s were "
                    + "given", MAX_COMPARED, ids.size());
            ids.forEach(ranking::place);
            this.compared = ids;
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report, not null
         */
        public SupervisorReport build() {
            return new SupervisorReport(this);
        }
    }
}
