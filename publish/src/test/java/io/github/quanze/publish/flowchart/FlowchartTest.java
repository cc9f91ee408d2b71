package io.github.quanze.publish.flowchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.procedure.Condition;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.TimeLimit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

class FlowchartTest {

    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 54));
    private static final Pattern POINT = Pattern.compile("(-?\\d+),(-?\\d+)");

    /** The statutory procedures, the procedures drawn on every agency's site. */
    private static List<Procedure> templates() {
        List<Procedure> all = new ArrayList<>(ProcedureTemplates.all());
        all.add(ProcedureTemplates.CRIMINAL_REFERRAL);
        return all;
    }

    private static Document svg(Procedure procedure) {
        return Jsoup.parse(Flowchart.of(procedure).svg("fc").toString(), "", Parser.xmlParser());
    }

    /** The lines of a box in one language, joined by spaces. */
    private static String lines(Element step, String lang) {
        return String.join(" ", step.selectFirst("text[lang=" + lang + "]").select("tspan").eachText());
    }

    private record Rect(String step, int x, int y, int width, int height) {
        boolean overlaps(Rect o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    private static List<Rect> rects(Document doc) {
        List<Rect> rects = new ArrayList<>();
        for (Element g : doc.select("g.step")) {
            Element r = g.selectFirst("rect");
            rects.add(new Rect(g.attr("data-step"), Integer.parseInt(r.attr("x")), Integer.parseInt(r.attr("y")),
                    Integer.parseInt(r.attr("width")), Integer.parseInt(r.attr("height"))));
        }
        return rects;
    }

    private static Rect rect(List<Rect> rects, String step) {
        return rects.stream().filter(r -> r.step().equals(step)).findFirst().orElseThrow();
    }

    /** Checks everything a drawing of any procedure must satisfy. */
    private static void checkDrawing(Procedure procedure) {
        Document doc = svg(procedure);
        Element svg = doc.selectFirst("svg");
        List<Rect> rects = rects(doc);

        // one node per step, and no other
        assertThat(rects).extracting(Rect::step).containsExactlyInAnyOrderElementsOf(
                procedure.steps().stream().map(s -> s.kind().name()).toList());
        // every `after` edge, and no other
        Set<String> expected = new HashSet<>();
        procedure.steps().forEach(s -> s.after().forEach(b -> expected.add(b + ">" + s.kind())));
        Elements paths = doc.select("path.edge");
        assertThat(paths.stream().map(p -> p.attr("data-from") + ">" + p.attr("data-to")).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        // nodes never overlap, and stay inside the view box
        String[] box = svg.attr("viewBox").split(" ");
        int width = Integer.parseInt(box[2]);
        int height = Integer.parseInt(box[3]);
        for (int i = 0; i < rects.size(); i++) {
            Rect a = rects.get(i);
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(width);
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(height);
            for (int j = i + 1; j < rects.size(); j++) {
                assertThat(a.overlaps(rects.get(j))).as("%s overlaps %s", a, rects.get(j)).isFalse();
            }
        }
        // every edge goes down: from the bottom of its step to the top of a step below, never up on the way
        for (Element path : paths) {
            Rect from = rect(rects, path.attr("data-from"));
            Rect to = rect(rects, path.attr("data-to"));
            assertThat(from.y() + from.height()).isLessThan(to.y());
            List<int[]> points = new ArrayList<>();
            Matcher m = POINT.matcher(path.attr("d"));
            while (m.find()) {
                points.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
            }
            assertThat(points.get(0)[1]).isEqualTo(from.y() + from.height());
            assertThat(points.get(points.size() - 1)[1]).isEqualTo(to.y());
            for (int k = 1; k < points.size(); k++) {
                assertThat(points.get(k)[1]).isGreaterThanOrEqualTo(points.get(k - 1)[1]);
            }
            assertThat(path.attr("marker-end")).isEqualTo("url(#fc-arrow)");
        }
        // its layer is the longest path from the first step, and an edge goes to a higher layer
        for (Element path : paths) {
            int fromLayer = Integer.parseInt(doc.selectFirst("g.step[data-step=" + path.attr("data-from") + "]")
                    .attr("data-layer"));
            int toLayer = Integer.parseInt(doc.selectFirst("g.step[data-step=" + path.attr("data-to") + "]")
                    .attr("data-layer"));
            assertThat(toLayer).isGreaterThan(fromLayer);
        }
        // readable on A4: the font, scaled to the printed width, is at least 11 px
        double scale = Math.min(1.0, (double) Flowchart.PRINT_WIDTH / width);
        assertThat(Integer.parseInt(svg.attr("font-size")) * scale).isGreaterThanOrEqualTo(11.0);
        // accessible, and bilingual: one text of each language per step
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("fc-title");
        assertThat(doc.select("svg > title#fc-title").text()).contains(procedure.name().zh(), procedure.name().en());
        for (Element g : doc.select("g.step")) {
            assertThat(g.select("> text[lang=zh-CN]")).hasSize(1);
            assertThat(g.select("> text[lang=en]")).hasSize(1);
            // every line fits its box, and the box is tall enough for the longer of the two languages
            Element r = g.selectFirst("rect");
            double ems = (Integer.parseInt(r.attr("width")) - 16.0) / Flowchart.FONT_SIZE;
            for (Element line : g.select("tspan")) {
                assertThat(TextWrap.width(line.text())).as(line.text()).isLessThanOrEqualTo(ems);
                assertThat(Integer.parseInt(line.attr("y"))).isLessThan(Integer.parseInt(r.attr("y"))
                        + Integer.parseInt(r.attr("height")));
            }
        }
        // the same procedure, the same drawing
        assertThat(Flowchart.of(procedure).svg("fc").toString()).isEqualTo(Flowchart.of(procedure).svg("fc")
                .toString());
    }

    @Example
    void everyTemplateIsDrawnWithOneBoxPerStepAndEveryEdgeDownward() {
        templates().forEach(FlowchartTest::checkDrawing);
    }

    @Example
    void theSameProcedureGivesTheSameSvg() {
        for (Procedure p : templates()) {
            Procedure copy = p.toBuilder(p.name()).build();
            assertThat(Flowchart.of(copy).svg("x").toString()).isEqualTo(Flowchart.of(p).svg("x").toString());
        }
    }

    @Example
    void aStepShowsItsRoleOfficersConditionAndTimeLimitInBothLanguages() {
        Document doc = svg(ProcedureTemplates.PENALTY_ORDINARY);

        Element investigation = doc.selectFirst("g.step[data-step=INVESTIGATION]");
        assertThat(lines(investigation, "zh-CN")).contains("调查取证", "承办 · 持证2人");
        assertThat(lines(investigation, "en")).contains("investigation", "2 certified officers");
        Element decision = doc.selectFirst("g.step[data-step=DECISION]");
        assertThat(lines(decision, "zh-CN")).contains("自立案起");
        Element hearing = doc.selectFirst("g.step[data-step=HEARING]");
        assertThat(hearing.hasClass("conditional")).isTrue();
        assertThat(hearing.selectFirst("rect").attr("stroke-dasharray")).isNotEmpty();
        assertThat(lines(hearing, "zh-CN").replace(" ", "")).contains(Condition.HEARING_REQUESTED.label().zh());
        Element filing = doc.selectFirst("g.step[data-step=FILING]");
        assertThat(filing.hasClass("conditional")).isFalse();
        assertThat(filing.selectFirst("rect").hasAttr("stroke-dasharray")).isFalse();
        assertThat(filing.attr("data-layer")).isEqualTo("0");
    }

    @Example
    void aLongLabelWrapsInsideItsBox() {
        Document doc = svg(ProcedureTemplates.CRIMINAL_REFERRAL);

        Element report = doc.selectFirst("g.step[data-step=REFERRAL_REPORT]");
        Elements lines = report.select("text[lang=en] tspan");
        assertThat(lines.size()).isGreaterThan(2);
        double ems = (Integer.parseInt(report.selectFirst("rect").attr("width")) - 16.0) / Flowchart.FONT_SIZE;
        for (Element line : report.select("tspan")) {
            assertThat(TextWrap.width(line.text())).isLessThanOrEqualTo(ems);
        }
        assertThat(String.join(" ", lines.eachText())).contains("written report proposing referral");
    }

    @Example
    void aWideLayerIsSplitOverRowsThatStillGoDown() {
        // eight steps after the first, all in one layer, then one final step after them all
        List<StepKind> middle = List.of(StepKind.INVESTIGATION, StepKind.EVIDENCE_PRESERVATION, StepKind.NOTICE,
                StepKind.HEARING_NOTICE, StepKind.LEGALITY_REVIEW, StepKind.COLLECTIVE_DECISION, StepKind.SERVICE,
                StepKind.EXECUTION);
        Procedure.Builder b = Procedure.builder(BilingualText.of("宽流程", "wide")).step(Step.of(StepKind.FILING,
                PostRole.HANDLER, BASIS));
        middle.forEach(k -> b.step(Step.of(k, PostRole.HANDLER, BASIS).after(StepKind.FILING)));
        b.step(Step.of(StepKind.CLOSING, PostRole.HANDLER, BASIS).after(middle.get(0),
                middle.subList(1, middle.size()).toArray(StepKind[]::new)));
        Procedure wide = b.build();

        checkDrawing(wide);
        Document doc = svg(wide);
        assertThat(doc.select("g.step[data-layer=1]")).hasSize(8);
        Set<String> rows = doc.select("g.step[data-layer=1]").stream().map(g -> g.attr("data-rank"))
                .collect(Collectors.toSet());
        assertThat(rows).hasSize(2);
        assertThat(doc.select("g.step[data-rank=" + rows.iterator().next() + "]")).hasSizeLessThanOrEqualTo(4);
    }

    @Example
    void theLongestProcedureIsLaidOutOneRowAStep() {
        // every step kind there is, in one chain, each with a time limit
        List<StepKind> kinds = List.of(StepKind.values());
        Procedure.Builder chain = Procedure.builder(BilingualText.of("长流程", "long")).step(Step.of(kinds.get(0),
                PostRole.HANDLER, BASIS));
        for (int i = 1; i < kinds.size(); i++) {
            chain.step(Step.of(kinds.get(i), PostRole.HANDLER, BASIS).after(kinds.get(i - 1))
                    .within(TimeLimit.ofDays(Integer.MAX_VALUE), kinds.get(0)));
        }
        Procedure procedure = chain.build();

        checkDrawing(procedure);
        assertThat(svg(procedure).select("g.step")).hasSize(kinds.size());
        assertThat(svg(procedure).select("g.step").eachAttr("data-rank")).doesNotHaveDuplicates();
    }

    /** A first step, {@code n} steps side by side after it, and one last step after them all. */
    private static Procedure sideBySide(int n) {
        List<StepKind> kinds = List.of(StepKind.values());
        List<StepKind> middle = kinds.subList(1, 1 + n);
        StepKind last = kinds.get(kinds.size() - 1);
        Procedure.Builder b = Procedure.builder(BilingualText.of("并列" + n, "side by side " + n))
                .step(Step.of(kinds.get(0), PostRole.HANDLER, BASIS));
        middle.forEach(k -> b.step(Step.of(k, PostRole.HANDLER, BASIS).after(kinds.get(0))));
        b.step(Step.of(last, PostRole.HANDLER, BASIS).after(middle.get(0),
                middle.subList(1, middle.size()).toArray(StepKind[]::new)));
        return b.build();
    }

    @Example
    void aProcedureTooWideToPrintIsRefusedNamingItAndTheStepsOfItsWidestRow() {
        Procedure wide = sideBySide(StepKind.values().length - 2);

        assertThatIllegalArgumentException().isThrownBy(() -> Flowchart.of(wide))
                .withMessageContaining("Procedure '并列32' cannot be laid out").withMessageContaining("px wide")
                .withMessageMatching("(?s).*row of steps [A-Z_]+(, [A-Z_]+)*, with the edges .*");
        checkDrawing(sideBySide(8));
    }

    @Property(tries = 32)
    void everyProcedureEitherPrintsItsTextAtElevenPixelsOrIsRefused(@ForAll("middles") int n) {
        Procedure procedure = sideBySide(n);
        Flowchart chart;
        try {
            chart = Flowchart.of(procedure);
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining(procedure.name().zh()).hasMessageContaining("cannot be laid out");
            assertThat(n).isGreaterThan(8);
            return;
        }
        assertThat(chart.width()).isLessThanOrEqualTo(Flowchart.PRINT_WIDTH * Flowchart.FONT_SIZE / 11);
        checkDrawing(procedure);
    }

    @Provide
    Arbitrary<Integer> middles() {
        return Arbitraries.integers().between(1, StepKind.values().length - 2);
    }

    @Example
    void aMalformedIdIsRefused() {
        Flowchart chart = Flowchart.of(ProcedureTemplates.PENALTY_SUMMARY);

        assertThatIllegalArgumentException().isThrownBy(() -> chart.svg("1 x\"")).withMessageContaining("1 x\"");
        assertThat(chart.svg("summary").toString()).contains("id=\"summary-title\"", "url(#summary-arrow)");
    }

    @Example
    void barycentreSweepsLeaveNoCrossingInAProcedureThatHasAPlanarDrawing() {
        // FILING → A, B; A → C; B → D, declared so that the first order crosses: C before D under B before A
        Procedure p = Procedure.builder(BilingualText.of("交叉", "crossing"))
                .step(Step.of(StepKind.FILING, PostRole.HANDLER, BASIS),
                        Step.of(StepKind.NOTICE, PostRole.HANDLER, BASIS).after(StepKind.FILING),
                        Step.of(StepKind.INVESTIGATION, PostRole.HANDLER, BASIS).after(StepKind.FILING),
                        Step.of(StepKind.HEARING, PostRole.HANDLER, BASIS).after(StepKind.INVESTIGATION),
                        Step.of(StepKind.STATEMENT_AND_DEFENCE, PostRole.HANDLER, BASIS).after(StepKind.NOTICE),
                        Step.of(StepKind.CLOSING, PostRole.HANDLER, BASIS).after(StepKind.HEARING,
                                StepKind.STATEMENT_AND_DEFENCE))
                .build();
        List<Rect> rects = rects(svg(p));

        boolean noticeLeft = rect(rects, "NOTICE").x() < rect(rects, "INVESTIGATION").x();
        boolean statementLeft = rect(rects, "STATEMENT_AND_DEFENCE").x() < rect(rects, "HEARING").x();
        assertThat(noticeLeft).isEqualTo(statementLeft);
    }

    // properties over procedures built at random: a DAG of steps from one first step to one final step

    @Provide
    Arbitrary<Procedure> procedures() {
        List<StepKind> kinds = List.of(StepKind.values());
        return Arbitraries.integers().between(1, 14).flatMap(n -> Combinators.combine(
                Arbitraries.of(kinds).list().uniqueElements().ofSize(n + 1),
                Arbitraries.longs().list().ofSize(n + 1),
                Arbitraries.of(Condition.values()).list().ofSize(n + 1),
                Arbitraries.integers().between(1, 3).list().ofSize(n + 1))
                .as(FlowchartTest::randomProcedure));
    }

    private static Procedure randomProcedure(List<StepKind> kinds, List<Long> picks, List<Condition> conditions,
            List<Integer> officers) {
        Procedure.Builder b = Procedure.builder(BilingualText.of("随机流程", "random procedure"));
        List<StepKind> placed = new ArrayList<>();
        Set<StepKind> successorless = new HashSet<>();
        int last = kinds.size() - 1;
        for (int i = 0; i < last; i++) {
            StepKind kind = kinds.get(i);
            Step step = Step.of(kind, PostRole.HANDLER, BASIS).officers(officers.get(i));
            if (i > 0) {
                step = step.when(conditions.get(i));
                List<StepKind> before = new ArrayList<>();
                long bits = picks.get(i);
                for (int j = 0; j < placed.size(); j++) {
                    if ((bits >>> j & 1) == 1) {
                        before.add(placed.get(j));
                    }
                }
                if (before.isEmpty()) {
                    before.add(placed.get((int) Math.floorMod(bits, (long) placed.size())));
                }
                step = step.after(before.get(0), before.subList(1, before.size()).toArray(StepKind[]::new));
                successorless.removeAll(before);
            }
            successorless.add(kind);
            placed.add(kind);
            b.step(step);
        }
        List<StepKind> ends = placed.stream().filter(successorless::contains).toList();
        b.step(Step.of(kinds.get(last), PostRole.HANDLER, BASIS).within(TimeLimit.ofDays(7), placed.get(0))
                .after(ends.get(0), ends.subList(1, ends.size()).toArray(StepKind[]::new)));
        return b.build();
    }

    @Property(tries = 200)
    void anyProcedureIsDrawnWithOneBoxPerStepEveryEdgeDownwardAndNoOverlap(@ForAll("procedures") Procedure p) {
        checkDrawing(p);
    }

    @Property(tries = 50)
    void anyProcedureGivesTheSameSvgTwice(@ForAll("procedures") Procedure p) {
        assertThat(Flowchart.of(p).svg("p").toString()).isEqualTo(Flowchart.of(p).svg("p").toString());
    }
}
