package io.github.quanze.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.examples.reliability.CommandLineRows.Refusal;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.publish.chart.BarChart;
import io.github.quanze.publish.chart.Chart;
import io.github.quanze.publish.chart.ColumnChart;
import io.github.quanze.publish.chart.GroupedBarChart;
import io.github.quanze.publish.chart.StripPlot;
import io.github.quanze.publish.chart.Timeline;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.publish.notice.CreditCode;
import io.github.quanze.publish.notice.DecisionNotices;
import io.github.quanze.publish.notice.MaskingPolicy;
import io.github.quanze.publish.notice.Party;
import io.github.quanze.publish.notice.PartyKind;
import io.github.quanze.publish.notice.ResidentIdNumber;
import io.github.quanze.publish.site.AgencyDocuments;
import io.github.quanze.publish.site.AgencyFolderException;
import io.github.quanze.publish.site.AgencySite;
import io.github.quanze.publish.site.Site;
import io.github.quanze.publish.site.SiteRenderer;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The publication module's entry points (family {@code publish}) and the {@code publish} command (family
 * {@code publish-cli}): an agency folder missing a document or holding two of a kind, a file that is no document, a
 * decision-notices document with a bad ID number, a bad credit code or personal data in its public facts, a procedure
 * that cannot be drawn, an out folder that is a file or the documents folder itself; bad chart values, bad markup
 * names, a navigation link that leaves the site. A refused publication leaves the folder as it was: the old site's
 * files and the agency's documents unchanged, and no new folder beside them.
 */
final class PublishRows {

    private static final Path TOBACCO = Path.of("documents", "tobacco");
    private static final List<String> REQUIRED = List.of("basis.yaml", "powers.yaml", "organization.yaml",
            "allocation.yaml", "procedures.yaml", "frame.yaml", "standard-province.yaml", "decisions.yaml");
    private static final BilingualText T = BilingualText.of("甲", "alpha");
    private static final String OLD = "<!DOCTYPE html><title>old site</title>\n";

    private PublishRows() {}

    /** A change made to the agency's copied folder before the call. */
    @FunctionalInterface
    private interface Change {
        void apply(Path agency) throws IOException;
    }

    static List<BadInput> library() {
        Rows rows = new Rows("publish");
        folder(rows, "an agency folder read as null", null, a -> null, NullPointerException.class, "folder");
        folder(rows, "an agency folder that does not exist", a -> { }, a -> a.resolve("none"),
                AgencyFolderException.class, "none", "no such folder");
        folder(rows, "an agency folder that is a file", a -> { }, a -> a.resolve("basis.yaml"),
                AgencyFolderException.class, "basis.yaml", "is a file, not a folder");
        folder(rows, "an agency folder without procedures", a -> Files.delete(a.resolve("procedures.yaml")),
                UnaryOperator.identity(), AgencyFolderException.class, "no document of kind procedures",
                "procedures.yaml");
        folder(rows, "an agency folder with two power catalogues, neither named powers",
                a -> {
                    Files.move(a.resolve("powers.yaml"), a.resolve("powers-2026.yaml"));
                    Files.copy(a.resolve("powers-2026.yaml"), a.resolve("powers-2025.yaml"));
                }, UnaryOperator.identity(), AgencyFolderException.class, "2 documents of kind power-catalogue",
                "powers-2025.yaml", "powers-2026.yaml");
        folder(rows, "an agency folder holding a YAML file that names no kind",
                a -> Files.writeString(a.resolve("notes.yaml"), "title: meeting notes\n"), UnaryOperator.identity(),
                AgencyFolderException.class, "notes.yaml", "/kind", "a document must name its kind");
        folder(rows, "an agency folder holding a file that is not well-formed",
                a -> Files.writeString(a.resolve("broken.yaml"), "kind: [procedures\n"), UnaryOperator.identity(),
                AgencyFolderException.class, "broken.yaml:", "not well-formed");
        folder(rows, "an agency folder holding a JSON file that is not UTF-8",
                a -> Files.write(a.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}),
                UnaryOperator.identity(), AgencyFolderException.class, "binary.json", "not well-formed", "UTF-8");
        folder(rows, "discretion standards without their statutory frame", a -> Files.delete(a.resolve("frame.yaml")),
                UnaryOperator.identity(), AgencyFolderException.class, "no document of kind statutory-frame",
                "standard-province.yaml");
        folder(rows, "a procedure whose first step comes after another, so it cannot be laid out",
                a -> edit(a.resolve("procedures.yaml"), "  - kind: FILING\n    role: HANDLER\n",
                        "  - kind: FILING\n    role: HANDLER\n    after:\n    - HEAD_APPROVAL\n"),
                UnaryOperator.identity(), InvalidDocumentException.class, "procedures.yaml", "FILING");
        folder(rows, "a decision notice whose party's ID number has a wrong check digit",
                a -> edit(a.resolve("decisions.yaml"), "\"990102198503142013\"", "\"990102198503142014\""),
                UnaryOperator.identity(), InvalidDocumentException.class, "decisions.yaml", "idNumber",
                "check character");
        folder(rows, "a decision notice whose party's credit code has a wrong check character",
                a -> edit(a.resolve("decisions.yaml"), "92990102MA0LJG02TC", "92990102MA0LJG02TD"),
                UnaryOperator.identity(), InvalidDocumentException.class, "decisions.yaml", "creditCode");
        folder(rows, "a decision notice whose public facts hold the party's ID number",
                a -> edit(a.resolve("decisions.yaml"), "facts: 经查，当事人于2026年7月",
                        "facts: 经查，当事人（身份证号990102198503142013）于2026年7月"),
                UnaryOperator.identity(), InvalidDocumentException.class, "decisions.yaml", "facts");

        rows.call("an ID number read from null", () -> ResidentIdNumber.parse(null), NullPointerException.class,
                "text");
        rows.call("an ID number of seventeen digits", () -> ResidentIdNumber.parse("99010219850314201"),
                IllegalArgumentException.class, "居民身份证号码", "17 digits and a check digit", "17 characters");
        rows.call("an ID number with a wrong check digit", () -> ResidentIdNumber.parse("990102198503142014"),
                IllegalArgumentException.class, "check character", "GB 11643-1999");
        rows.call("an ID number born on the 31st of April", () -> ResidentIdNumber.parse("990102198504312013"),
                IllegalArgumentException.class, "birth date", "not a day of the calendar");
        rows.call("a credit code of no characters", () -> CreditCode.parse(" "), IllegalArgumentException.class,
                "统一社会信用代码", "18 characters", "0 were given");
        rows.call("a credit code holding the letter I", () -> CreditCode.parse("92990102MA0LJG02TI"),
                IllegalArgumentException.class, "character 18", "统一社会信用代码", "GB 32100-2015");
        rows.call("a party whose name is blank", () -> Party.builder(PartyKind.NATURAL_PERSON, " ").build(),
                IllegalArgumentException.class, "party's name", "not blank");
        rows.call("a party whose name holds a line break", () -> Party.builder(PartyKind.NATURAL_PERSON, "赵\n立新")
                .build(), IllegalArgumentException.class, "party's name", "one line");
        rows.call("a party whose email has no domain", () -> Party.builder(PartyKind.NATURAL_PERSON, "赵立新")
                .email("zhaolx").build(), IllegalArgumentException.class, "email", "name@domain");
        rows.call("a blank name reduced to its surname", () -> MaskingPolicy.reduce(" "),
                IllegalArgumentException.class, "name to reduce", "blank");
        rows.call("decision notices of a blank agency", () -> DecisionNotices.of(" ", MaskingPolicy.standard(),
                List.of()), IllegalArgumentException.class, "publishing agency", "blank");

        rows.call("a chart id with a blank and capitals", () -> BarChart.builder("Fines By Tier", T),
                IllegalArgumentException.class, "chart id", "Fines By Tier", "lower-case");
        rows.builder("a bar of NaN", () -> BarChart.builder("fines", T).bar(T, 3), b -> drawn(b.build()),
                b -> b.bar(T, Double.NaN), IllegalArgumentException.class, "Chart fines", "bar 甲 (alpha)", "NaN");
        rows.builder("an axis maximum of minus one", () -> BarChart.builder("fines", T).bar(T, 3),
                b -> drawn(b.build()), b -> b.maximum(-1), IllegalArgumentException.class, "axis maximum",
                "must not be negative", "-1");
        rows.builder("a column of minus one cases", () -> ColumnChart.builder("cases", T).column(T, 2),
                b -> drawn(b.build()), b -> b.column(T, -1), IllegalArgumentException.class, "column 甲",
                "must not be negative", "-1");
        rows.builder("a group of two values for one series", () -> GroupedBarChart.builder("rates", T).series(T),
                b -> drawn(b.build()), b -> b.group(T, OptionalDouble.of(1), OptionalDouble.of(2)),
                IllegalArgumentException.class, "group 甲 (alpha)", "2 values for 1 series");
        rows.builder("a group whose value is null", () -> GroupedBarChart.builder("rates", T).series(T),
                b -> drawn(b.build()), b -> b.group(T, (OptionalDouble) null), NullPointerException.class,
                "value of group alpha", "series alpha");
        rows.builder("a timeline event on the last day of the calendar", () -> Timeline.builder("case", T,
                WorkingDayCalendar.national()).event(LocalDate.of(2026, 5, 6), T), b -> drawn(b.build()),
                b -> b.event(LocalDate.MAX, T), IllegalArgumentException.class, "Timeline case", "event alpha",
                "+999999999-12-31", "no day before or after");
        rows.call("a strip's range from 2 down to 1", () -> new StripPlot.Range(2, 1), IllegalArgumentException.class,
                "range", "2.0 to 1.0");
        rows.call("an element name with a line break", () -> Markup.create().open("p\n"),
                IllegalArgumentException.class, "element name", "\"p");
        rows.call("an attribute name with a quote", () -> Markup.create().open("p", "on\"click", "x"),
                IllegalArgumentException.class, "attribute name of <p>", "on\"click");
        rows.call("an odd number of attribute names and values", () -> Markup.create().open("p", "class"),
                IllegalArgumentException.class, "<p>", "pairs", "1 were given");
        rows.call("closing an element that is not open", () -> Markup.create().open("div").close("p"),
                IllegalStateException.class, "cannot close <p>", "<div>");
        rows.call("a navigation link with a scheme", () -> new Page.Link("https://example.org/powers.html", T),
                IllegalArgumentException.class, "link href", "relative address", "https://example.org");
        rows.call("a navigation link to another host", () -> new Page.Link("//example.org/powers.html", T),
                IllegalArgumentException.class, "link href", "//example.org");
        rows.call("a navigation link with a line break", () -> new Page.Link("powers.html\n#x", T),
                IllegalArgumentException.class, "link href", "powers.html");
        rows.call("a page whose body leaves an element open", () -> Page.builder(T)
                .body(Markup.create().open("section")).build(), IllegalStateException.class, "<section>",
                "still open");
        rows.call("a site of no pages", () -> Site.of(Map.of()), IllegalArgumentException.class, "at least one page");
        rows.call("a site page leading out of its folder", () -> Site.of(Map.of("../index.html", "x")),
                IllegalArgumentException.class, "page path", "../index.html");
        rows.call("a site page that is also another page's folder", () -> Site.of(pages("powers", "powers/a.html")),
                IllegalArgumentException.class, "page path powers", "folder of page powers/a.html");
        site(rows, "a site written over a file", dir -> dir.resolve("site/index.html"), IllegalArgumentException.class,
                "index.html", "it is a file");
        site(rows, "a site written inside a file", dir -> dir.resolve("site/index.html/site"),
                UncheckedIOException.class, "index.html", "in the way", "nothing was changed");
        rows.call("a site written to null", () -> Site.of(pages("index.html")).writeTo(null),
                NullPointerException.class, "out");
        rows.call("a renderer given a null page", () -> SiteRenderer.standard().withPage(null),
                NullPointerException.class, "page");
        rows.call("an agency site built without its date", () -> AgencySite.builder().build(),
                IllegalStateException.class, "date", "not set");
        return rows.rows();
    }

    static List<BadInput> commandLine() {
        Rows rows = new Rows("publish-cli");
        cli(rows, "publish without --out", a -> { }, List.of("publish", "--agency", "{agency}"),
                "Missing required option", "--out");
        cli(rows, "publish of an agency folder that does not exist", a -> { }, List.of("publish", "--agency",
                "{dir}/none", "--out", "{dir}/site"), "none", "no such folder");
        cli(rows, "publish of a folder without procedures", a -> Files.delete(a.resolve("procedures.yaml")),
                List.of("publish", "--agency", "{agency}", "--out", "{dir}/site"), "no document of kind procedures");
        cli(rows, "publish of a folder with two unnamed organizations", a -> {
            Files.move(a.resolve("organization.yaml"), a.resolve("organization-a.yaml"));
            Files.copy(a.resolve("organization-a.yaml"), a.resolve("organization-b.yaml"));
        }, List.of("publish", "--agency", "{agency}", "--out", "{dir}/site"), "2 documents of kind organization",
                "organization-a.yaml");
        cli(rows, "publish of a folder holding a file that is not well-formed",
                a -> Files.writeString(a.resolve("broken.json"), "{\"kind\": "), List.of("publish", "--agency",
                        "{agency}", "--out", "{dir}/site"), "broken.json", "not well-formed");
        cli(rows, "publish of a procedure that cannot be laid out",
                a -> edit(a.resolve("procedures.yaml"), "  - kind: FILING\n    role: HANDLER\n",
                        "  - kind: FILING\n    role: HANDLER\n    after:\n    - HEAD_APPROVAL\n"),
                List.of("publish", "--agency", "{agency}", "--out", "{dir}/site"), "procedures.yaml", "FILING");
        cli(rows, "publish of a procedure too wide to print", a -> Files.writeString(a.resolve("procedures.yaml"),
                sideBySide(24), StandardCharsets.UTF_8, StandardOpenOption.APPEND), List.of("publish", "--agency",
                "{agency}", "--out", "{dir}/site"), "agency", "Procedure '并列流程' cannot be laid out", "row of steps",
                "px wide");
        cli(rows, "publish of a decision notice with a bad ID number",
                a -> edit(a.resolve("decisions.yaml"), "\"990102198503142013\"", "\"990102198503142014\""),
                List.of("publish", "--agency", "{agency}", "--out", "{dir}/site"), "decisions.yaml", "idNumber");
        cli(rows, "publish of public facts holding a phone number",
                a -> edit(a.resolve("decisions.yaml"), "facts: 经查，当事人于2026年7月",
                        "facts: 经查，当事人（电话13900001111）于2026年7月"),
                List.of("publish", "--agency", "{agency}", "--out", "{dir}/site"), "decisions.yaml", "facts");
        cli(rows, "publish to a file", a -> { }, List.of("publish", "--agency", "{agency}", "--out",
                "{dir}/site/index.html"), "index.html", "it is a file");
        cli(rows, "publish into the documents folder itself", a -> { }, List.of("publish", "--agency", "{agency}",
                "--out", "{agency}"), "--out", "documents folder", "a folder of its own");
        cli(rows, "publish into the folder holding the documents", a -> { }, List.of("publish", "--agency",
                "{agency}", "--out", "{dir}"), "--out", "documents folder");
        cli(rows, "publish dated the 30th of February", a -> { }, List.of("publish", "--agency", "{agency}", "--out",
                "{dir}/site", "--date", "2026-02-30"), "--date", "2026-02-30");
        return rows.rows();
    }

    /** Reading a copy of the tobacco folder, changed; the folder's files must be as they were afterwards. */
    private static void folder(Rows rows, String description, Change change, UnaryOperator<Path> folder,
            Class<? extends Throwable> type, String... words) {
        rows.add(description, () -> {
            Path directory = DocumentRows.temporaryDirectory();
            Path agency = copyOfTobacco(directory, change);
            Map<String, String> before = CommandLineRows.contents(directory);
            Path read = change == null ? null : folder.apply(agency);
            return Rows.trial(() -> AgencyDocuments.read(read), () -> assertThat(CommandLineRows.contents(directory))
                    .as("the folder after the refused read").isEqualTo(before));
        }, type, words);
    }

    /** Writing a site where an old one stands; the old site must be as it was, with nothing beside it. */
    private static void site(Rows rows, String description, UnaryOperator<Path> out, Class<? extends Throwable> type,
            String... words) {
        rows.add(description, () -> {
            Path directory = DocumentRows.temporaryDirectory();
            oldSite(directory);
            Map<String, String> before = CommandLineRows.contents(directory);
            return Rows.trial(() -> Site.of(pages("index.html", "powers.html")).writeTo(out.apply(directory)),
                    () -> assertThat(CommandLineRows.contents(directory)).as("the folder after the refused write")
                            .isEqualTo(before));
        }, type, words);
    }

    /** The publish command on a changed copy of the tobacco folder beside an old site, which must stay as it was. */
    private static void cli(Rows rows, String description, Change change, List<String> args, String... words) {
        rows.add(description, () -> {
            Path directory = DocumentRows.temporaryDirectory();
            Path agency = copyOfTobacco(directory, change);
            oldSite(directory);
            Map<String, String> before = CommandLineRows.contents(directory);
            String[] arguments = args.stream().map(a -> a.replace("{agency}", agency.toString())
                    .replace("{dir}", directory.toString())).toArray(String[]::new);
            return Rows.trial(() -> CommandLineRows.run("", arguments), () -> assertThat(CommandLineRows
                    .contents(directory)).as("the old site and the documents after the refused publish")
                    .isEqualTo(before));
        }, Refusal.class, words);
    }

    private static Path copyOfTobacco(Path directory, Change change) {
        try {
            Path agency = Files.createDirectories(directory.resolve("agency"));
            for (String name : REQUIRED) {
                Files.copy(TOBACCO.resolve(name), agency.resolve(name));
            }
            if (change != null) {
                change.apply(agency);
            }
            return agency;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void oldSite(Path directory) {
        try {
            Path site = Files.createDirectories(directory.resolve("site"));
            Files.writeString(site.resolve("index.html"), OLD, StandardCharsets.UTF_8);
            Files.writeString(site.resolve("powers.html"), OLD, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A procedure of a first step, {@code n} steps side by side after it and a last step: YAML to append. */
    private static String sideBySide(int n) {
        String basis = "    basis:\n    - 《中华人民共和国行政处罚法》第五十四条第二款\n";
        List<StepKind> middle = Stream.of(StepKind.values())
                .filter(k -> k != StepKind.FILING && k != StepKind.CLOSING).limit(n).toList();
        StringBuilder yaml = new StringBuilder("- name:\n    zh: 并列流程\n    en: side by side\n  steps:\n"
                + "  - kind: FILING\n    role: HANDLER\n" + basis);
        for (StepKind kind : middle) {
            yaml.append("  - kind: ").append(kind).append("\n    role: HANDLER\n").append(basis)
                    .append("    after:\n    - FILING\n");
        }
        yaml.append("  - kind: CLOSING\n    role: HANDLER\n").append(basis).append("    after:\n");
        middle.forEach(kind -> yaml.append("    - ").append(kind).append('\n'));
        return yaml.toString();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer holds " + from);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** A chart as drawn: charts are compared by their drawing. */
    private static String drawn(Chart chart) {
        return chart.render().toString();
    }

    private static Map<String, String> pages(String... paths) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : new ArrayList<>(List.of(paths))) {
            pages.put(path, "<!DOCTYPE html>");
        }
        return pages;
    }
}
