package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code county --html} writes the supervisor's report as a web page beside the Markdown report. */
class CountyHtmlTest {

    private static final Pattern TROPHY_ROW = Pattern.compile(
            "<tr data-rank=\"(\\d+)\" data-agency=\"[^\"]+\" class=\"trophy\"><td class=\"number\">\\d+</td>"
                    + "<th scope=\"row\"><span lang=\"zh-CN\">([^<]+)</span>");

    @Test
    void countyHtmlWritesTheReportPageBesideTheMarkdown(@TempDir Path directory) throws IOException {
        Examples.Run run = Examples.run("county", "--seed", "2025", "--html", "--out", directory.toString());

        assertThat(run.status()).isZero();
        Path html = directory.resolve("county-2025.html");
        Path markdown = directory.resolve("county-2025.md");
        assertThat(run.out()).contains("网页报告已写入：" + html);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("county-2025.html",
                    "county-2025.md");
        }
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<h1><span lang=\"zh-CN\">县行政执法评议考核报告（2025年度）");
        int at = 0;
        for (String section : List.of("ranking", "grades", "indicators", "timeline", "fines", "officers")) {
            int next = page.indexOf("<section id=\"" + section + "\"");
            assertThat(next).as("section %s after the one before", section).isGreaterThan(at);
            at = next;
        }
        assertThat(Pattern.compile("role=\"img\"").matcher(page).results().count()).isEqualTo(5);
        assertThat(page).contains("g class=\"deadline late\"", "class=\"point marked\"", "TL-58",
                "data-card=\"RED\"").doesNotContain("http:", "https:", " src=");
        assertThat(trophies(page)).hasSize(3).containsExactlyElementsOf(trophiesOf(Files.readAllLines(markdown)));
    }

    /** The agencies whose ranking rows carry the trophy in the page, in order. */
    private static List<String> trophies(String page) {
        List<String> names = new ArrayList<>();
        Matcher m = TROPHY_ROW.matcher(page);
        while (m.find()) {
            names.add(m.group(2));
        }
        return names;
    }

    /** The agencies whose rows of the Markdown ranking table note the trophy, in order. */
    private static List<String> trophiesOf(List<String> markdown) {
        return markdown.stream().filter(l -> l.startsWith("|") && l.contains("流动奖杯"))
                .map(l -> l.split("\\|")[2].strip()).toList();
    }
}
