package io.github.quanze.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publish} renders the tobacco bureau's site from its documents folder. */
class PublishCommandTest {

    private static final String TOBACCO = TobaccoDocumentsTest.DIRECTORY.toString();
    private static final List<String> PAGES = List.of("index.html", "powers.html", "basis.html", "procedures.html",
            "standards.html", "decisions.html", "people.html");

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void publishWritesTheTobaccoBureausSiteAndPrintsItsPages(@TempDir Path directory) throws IOException {
        Path site = directory.resolve("site");

        Run run = run("publish", "--agency", TOBACCO, "--out", site.toString());

        assertThat(run.err).isEmpty();
        assertThat(run.status).isZero();
        for (String page : PAGES) {
            Path file = site.resolve(page);
            assertThat(file).isRegularFile();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                    .contains("示例市烟草专卖局");
            assertThat(run.out).contains(file.toString());
        }
        assertThat(Files.readString(site.resolve("powers.html"), StandardCharsets.UTF_8)).contains("CF-001",
                "data-filter=\"powers-table\"");
        assertThat(Files.readString(site.resolve("procedures.html"), StandardCharsets.UTF_8))
                .contains("<svg", "涉案卷烟先行登记保存案件处理流程");
        assertThat(run.out).contains("organization.yaml", "organization-referral.yaml", "公示网站已写入 " + site);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void publishingAgainReplacesTheOldSiteAndSpeaksEnglishOnRequest(@TempDir Path directory) throws IOException {
        Path site = directory.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("stale.html"), "old");

        Run run = run("publish", "--en", "--agency", TOBACCO, "--out", site.toString(), "--date", "2026-06-30");

        assertThat(run.status).isZero();
        assertThat(site.resolve("stale.html")).doesNotExist();
        assertThat(site.resolve("index.html")).content(StandardCharsets.UTF_8).contains("2026-06-30");
        assertThat(run.out).contains("Read: ", "written to " + site);
    }

    @Test
    void aFolderWithoutProceduresExitsWithTwoNamingTheKindAndWritesNothing(@TempDir Path directory)
            throws IOException {
        Path agency = Files.createDirectories(directory.resolve("agency"));
        for (String name : List.of("basis.yaml", "powers.yaml", "organization.yaml", "allocation.yaml")) {
            Files.copy(Path.of(TOBACCO, name), agency.resolve(name));
        }
        Path site = directory.resolve("site");

        Run run = run("publish", "--agency", agency.toString(), "--out", site.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.strip()).doesNotContain("\n").contains(agency.toString(), "procedures");
        assertThat(site).doesNotExist();
    }

    @Test
    void anOutFolderThatIsOrHoldsTheDocumentsFolderIsRefusedAndTheDocumentsKept(@TempDir Path directory)
            throws IOException {
        Path agency = Files.createDirectories(directory.resolve("agency"));
        for (String name : List.of("basis.yaml", "powers.yaml", "organization.yaml", "allocation.yaml",
                "procedures.yaml")) {
            Files.copy(Path.of(TOBACCO, name), agency.resolve(name));
        }

        for (Path out : List.of(agency, directory, agency.resolve("."), agency.resolve("site/.."))) {
            Run run = run("publish", "--agency", agency.toString(), "--out", out.toString());

            assertThat(run.status).as(out.toString()).isEqualTo(2);
            assertThat(run.out).isEmpty();
            assertThat(run.err.strip()).doesNotContain("\n").contains("--out", "documents folder");
            try (Stream<Path> files = Files.list(agency)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("basis.yaml",
                        "powers.yaml", "organization.yaml", "allocation.yaml", "procedures.yaml");
            }
            try (Stream<Path> files = Files.list(directory)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("agency");
            }
        }
        Run inside = run("publish", "--agency", agency.toString(), "--out", agency.resolve("site").toString());
        assertThat(inside.status).isZero();
        assertThat(agency.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void aBadDecisionNoticeLeavesTheOldSiteAsItWas(@TempDir Path directory) throws IOException {
        Path agency = Files.createDirectories(directory.resolve("agency"));
        for (String name : List.of("basis.yaml", "powers.yaml", "organization.yaml", "allocation.yaml",
                "procedures.yaml", "decisions.yaml")) {
            Files.copy(Path.of(TOBACCO, name), agency.resolve(name));
        }
        Path decisions = agency.resolve("decisions.yaml");
        Files.writeString(decisions, Files.readString(decisions, StandardCharsets.UTF_8).replace("facts: 经查，当事人于",
                "facts: 经查，当事人（电话13900001111）于"), StandardCharsets.UTF_8);
        Path site = Files.createDirectories(directory.resolve("site"));
        Files.writeString(site.resolve("index.html"), "old");

        Run run = run("publish", "--agency", agency.toString(), "--out", site.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.strip()).doesNotContain("\n").contains("decisions.yaml", "facts", "phone number");
        try (Stream<Path> files = Files.list(site)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("index.html");
        }
        assertThat(site.resolve("index.html")).hasContent("old");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("agency", "site");
        }
    }
}
