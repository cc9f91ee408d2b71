package io.github.quanze.publish.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

class SiteWriteTest {

    private static final Site SITE = site("index.html", "<p>新</p>", "powers.html", "<p>powers</p>",
            "people.html", "<p>people</p>");

    private Path parent;
    private Path out;

    private static Site site(String... pathsAndHtml) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            pages.put(pathsAndHtml[i], pathsAndHtml[i + 1]);
        }
        return Site.of(pages);
    }

    @BeforeTry
    void anOldSite() throws IOException {
        parent = Files.createTempDirectory("site-");
        out = parent.resolve("site");
        Files.createDirectories(out.resolve("old"));
        Files.writeString(out.resolve("index.html"), "old index");
        Files.writeString(out.resolve("old/stale.html"), "stale");
    }

    @AfterTry
    void removeAll() throws IOException {
        try (Stream<Path> all = Files.walk(parent)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Example
    void writingReplacesTheOldSiteWhole() throws IOException {
        SITE.writeTo(out);

        assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo("<p>新</p>");
        assertThat(out.resolve("powers.html")).hasContent("<p>powers</p>");
        assertThat(out.resolve("old")).doesNotExist();
        assertThat(siblings()).containsExactly("site");
    }

    @Example
    void aFailureWhileWritingLeavesTheOldSiteAsItWas() throws IOException {
        int[] written = {0};
        Site.PageWriter failing = (file, html) -> {
            if (++written[0] == 2) {
                throw new IOException("disk full");
            }
            Files.writeString(file, html);
        };

        assertThatThrownBy(() -> SITE.writeTo(out, failing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(out.toString()).hasMessageContaining("disk full")
                .hasMessageContaining("nothing was changed");
        assertThat(out.resolve("index.html")).hasContent("old index");
        assertThat(out.resolve("old/stale.html")).hasContent("stale");
        assertThat(out.resolve("powers.html")).doesNotExist();
        assertThat(siblings()).containsExactly("site");
    }

    @Example
    void aPageInTheWayOfAFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        assertThatIllegalArgumentException().isThrownBy(() -> site("index.html", "x", "index.html/inner.html", "y"))
                .withMessageContaining("index.html/inner.html");
        assertThat(out.resolve("index.html")).hasContent("old index");
        assertThat(siblings()).containsExactly("site");
    }

    @Example
    void aSiteIsWrittenWhereNoneWasAndIntoSubfolders() throws IOException {
        Path fresh = parent.resolve("a/b/new-site");

        site("index.html", "i", "assets/more.html", "m").writeTo(fresh);

        assertThat(fresh.resolve("index.html")).hasContent("i");
        assertThat(fresh.resolve("assets/more.html")).hasContent("m");
        try (Stream<Path> list = Files.list(fresh.getParent())) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("new-site");
        }
    }

    @Example
    void aFileWhereTheSiteShouldBeIsRefusedAndKept() throws IOException {
        Path file = parent.resolve("file.html");
        Files.writeString(file, "keep");

        assertThatIllegalArgumentException().isThrownBy(() -> SITE.writeTo(file)).withMessageContaining("file.html");
        assertThat(file).hasContent("keep");
    }

    @Example
    void aPathOutOfTheFolderIsRefused() {
        for (String bad : List.of("../x.html", "/abs.html", "a/../../x.html", "Index.html", "")) {
            assertThatIllegalArgumentException().isThrownBy(() -> site(bad, "x")).withMessageContaining("page path");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Site.of(Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> SITE.page("none.html"))
                .withMessageContaining("none.html");
    }

    @Example
    void aPageThatIsAlsoAnotherPagesFolderIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> site("powers", "x", "powers/a.html", "y"))
                .withMessageContaining("powers/a.html");
        assertThatIllegalArgumentException().isThrownBy(() -> site("a/b.html", "y", "a", "x"))
                .withMessageContaining("folder of page a/b.html");
        assertThat(site("powers.html", "x", "powers/a.html", "y").pages()).hasSize(2);
    }

    @Example
    void aNullFolderIsNamed() throws IOException {
        assertThatThrownBy(() -> SITE.writeTo(null)).isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThat(out.resolve("index.html")).hasContent("old index");
    }
}
