package io.github.quanze.publish.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The check of a whole site (网站检查): every {@code .html} page in a folder, first its structure ({@link
 * PageStructure}), then, where a browser can be started, in headless Chromium ({@link Browser}): no console error,
 * no network request, every flowchart step drawn, the language switch working, and a screenshot.
 * <pre>{@code
 * SiteCheck.Report report = SiteCheck.of(siteFolder).run();
 * assertThat(report.findings()).isEmpty();
 * }</pre>
 * or, in a test, {@link SiteAssertions#assertSiteIsClean(Path)}.
 * <p>
 * Screenshots are saved to {@code target/screenshots/<page>.png}, where {@code <page>} is the page's address in the
 * site without {@code .html}, its folders joined by {@code -}, after an optional prefix. Not thread-safe.
 */
public final class SiteCheck {

    private final Path site;
    private String prefix = "";
    private Browser browser;
    private boolean useBrowser = true;
    private final List<String> forbidden = new ArrayList<>();

    private SiteCheck(Path site) {
        this.site = site;
    }

    /**
     * Starts the check of the pages in a folder (and its subfolders).
     *
     * @param site  the site's folder, not null
     * @return the check, to be {@link #run()}, not null
     */
    public static SiteCheck of(Path site) {
        return new SiteCheck(Objects.requireNonNull(site, "site"));
    }

    /**
     * Puts a prefix before each screenshot's name, so the sites of several tests do not overwrite each other's.
     *
     * @param prefix  such as {@code tobacco-}, not null
     * @return this check
     */
    public SiteCheck screenshotPrefix(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        return this;
    }

    /**
     * Uses a browser already started, left open after the run; by default each run starts and closes its own.
     *
     * @param browser  the browser, not null
     * @return this check
     */
    public SiteCheck using(Browser browser) {
        this.browser = Objects.requireNonNull(browser, "browser");
        return this;
    }

    /**
     * Forbids texts anywhere in any page, shown or hidden: the unmasked values behind masked fields.
     *
     * @param texts  the texts, none blank, not null
     * @return this check
     * @see PageStructure#forbidding(java.util.Collection)
     */
    public SiteCheck forbidding(List<String> texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a forbidden text must not be blank, but was " + text);
            }
            forbidden.add(text);
        }
        return this;
    }

    /**
     * Checks the structure alone, without a browser.
     *
     * @return this check
     */
    public SiteCheck withoutBrowser() {
        this.useBrowser = false;
        return this;
    }

    /**
     * Checks every page.
     *
     * @return the pages checked, what breaks a rule, the screenshots, and why the browser checks were skipped if they
     *         were, not null
     * @throws UncheckedIOException if the folder or a page cannot be read
     * @throws IllegalArgumentException if the folder holds no page
     */
    public Report run() {
        List<Path> pages = pages();
        List<PageFinding> findings = new ArrayList<>();
        PageStructure structure = PageStructure.in(site).forbidding(forbidden);
        for (Path page : pages) {
            findings.addAll(structure.check(page));
        }
        Optional<String> skipped = !useBrowser ? Optional.of("browser checks skipped: withoutBrowser()")
                : browser != null ? Optional.empty() : Browser.unavailable();
        if (skipped.isPresent()) {
            return new Report(site, pages, findings, List.of(), skipped, Duration.ZERO);
        }
        long start = System.nanoTime();
        List<Path> screenshots = new ArrayList<>();
        Browser used = browser != null ? browser : Browser.start();
        try {
            for (Path page : pages) {
                screenshots.add(visit(used, page, findings));
            }
        } finally {
            if (used != browser) {
                used.close();
            }
        }
        return new Report(site, pages, findings, screenshots, skipped, Duration.ofNanos(System.nanoTime() - start));
    }

    private Path visit(Browser browser, Path page, List<PageFinding> findings) {
        String name = name(page);
        Browser.OpenPage open = browser.open(page);
        Path screenshot = open.screenshot(prefix + name.replaceAll("\\.html?$", "").replace('/', '-'));
        for (Browser.StepCount count : open.stepCounts()) {
            if (count.rendered() != count.steps()) {
                findings.add(new PageFinding(name, count.svg(), PageRule.SVG_STEPS_RENDERED,
                        count.rendered() + " of " + count.steps() + " g.step drawn"));
            }
        }
        checkLanguageSwitch(open, name, findings);
        for (String error : open.consoleErrors()) {
            findings.add(new PageFinding(name, PageFinding.CONSOLE, PageRule.CONSOLE_ERROR, error));
        }
        for (String request : open.networkRequests()) {
            findings.add(new PageFinding(name, PageFinding.NETWORK, PageRule.NETWORK_REQUEST, request));
        }
        return screenshot;
    }

    private static void checkLanguageSwitch(Browser.OpenPage open, String name, List<PageFinding> findings) {
        try {
            String chinese = open.visibleText("h1");
            open.switchLanguage();
            String english = open.visibleText("h1");
            open.switchLanguage();
            String back = open.visibleText("h1");
            if (chinese.equals(english) || !chinese.equals(back)) {
                findings.add(new PageFinding(name, "h1", PageRule.LANGUAGE_SWITCH,
                        "the title read \"" + chinese + "\", then \"" + english + "\", then \"" + back + "\""));
            }
        } catch (org.openqa.selenium.NoSuchElementException e) {
            findings.add(new PageFinding(name, "#lang-switch", PageRule.LANGUAGE_SWITCH,
                    "no <h1> or no #lang-switch to click"));
        }
    }

    private List<Path> pages() {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> pages = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.html?")).sorted().toList();
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("no .html page in " + site);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pages in " + site, e);
        }
    }

    private String name(Path page) {
        return site.toAbsolutePath().normalize().relativize(page.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    /**
     * What a {@link SiteCheck} found (网站检查结果).
     *
     * @param site  the site's folder, not null
     * @param pages  the pages checked, sorted, not null
     * @param findings  what breaks a rule, page by page (structure first, then what the browser saw), not null
     * @param screenshots  the screenshots saved, one per page, empty when the browser checks were skipped, not null
     * @param browserSkipped  why the browser checks were skipped ({@code browser checks skipped: …}), or empty
     * @param browserTime  how long the browser checks took, from starting Chromium to closing it, not null
     */
    public record Report(Path site, List<Path> pages, List<PageFinding> findings, List<Path> screenshots,
            Optional<String> browserSkipped, Duration browserTime) {

        /**
         * Creates a report, copying its lists.
         */
        public Report {
            pages = List.copyOf(pages);
            findings = List.copyOf(findings);
            screenshots = List.copyOf(screenshots);
            Objects.requireNonNull(browserSkipped, "browserSkipped");
            Objects.requireNonNull(browserTime, "browserTime");
        }

        /**
         * Returns the findings of one rule.
         *
         * @param rule  the rule, not null
         * @return its findings, in the report's order, not null
         */
        public List<PageFinding> findings(PageRule rule) {
            return findings.stream().filter(f -> f.rule() == rule).toList();
        }

        /**
         * Tells whether the structure and, if it ran, the browser found nothing.
         *
         * @return true when there is no finding
         */
        public boolean isClean() {
            return findings.isEmpty();
        }

        /**
         * Describes the report for a person: the pages, each finding on its own line, and what was skipped.
         *
         * @return the description, not null
         */
        public String describe() {
            StringBuilder out = new StringBuilder();
            out.append(pages.size()).append(" pages in ").append(site).append(": ").append(findings.size())
                    .append(" findings");
            findings.forEach(f -> out.append("\n  ").append(f));
            out.append('\n').append(browserSkipped.orElse("browser checks in " + browserTime.toMillis() + " ms, "
                    + screenshots.size() + " screenshots in " + Browser.screenshots()));
            return out.toString();
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
