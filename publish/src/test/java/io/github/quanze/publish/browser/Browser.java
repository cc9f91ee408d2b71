package io.github.quanze.publish.browser;

import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * Headless Chromium driven by Selenium (无界面浏览器), opening the published pages from the file system as a reader
 * would: what the console said, what the page requested, what is visible after clicking the language switch or typing
 * in a filter, how many flowchart steps were drawn, and a screenshot for a person to look at.
 * <p>
 * The system's Chromium and chromedriver are used (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/install-browser}); Selenium Manager is never asked to download one. Console errors are read from
 * chromedriver's browser log and requests from its performance log ({@code Network.requestWillBeSent}), which, unlike
 * Selenium's DevTools classes, do not depend on the Chromium version. Chromium is started with a proxy on a closed
 * loopback port and a resolver that finds no host, so a page that does ask for an outside address is seen asking but
 * sends nothing off the machine.
 * <p>
 * Where there is no browser, {@link #unavailable()} says why and {@link #assumeAvailable()} skips a test with that
 * message. One browser opens one page at a time; not thread-safe. Close it to end Chromium and chromedriver.
 */
public final class Browser implements AutoCloseable {

    /** The system property that turns the browser checks off when {@code false}. */
    public static final String SWITCH_PROPERTY = "quanze.browser";
    /** The system property naming the Chromium binary, {@code /usr/bin/chromium} by default. */
    public static final String CHROMIUM_PROPERTY = "quanze.chromium";
    /** The system property naming the chromedriver binary, {@code /usr/bin/chromedriver} by default. */
    public static final String DRIVER_PROPERTY = "quanze.chromedriver";
    /** The width of the window, in CSS pixels. */
    public static final int WIDTH = 1280;
    /** The height of the window, in CSS pixels. */
    public static final int HEIGHT = 900;
    /** The tallest screenshot taken, in CSS pixels: a longer page is cut there. */
    private static final int MAX_SCREENSHOT_HEIGHT = 16_000;

    private static final String VISIBLE_ROWS = "var t = arguments[0]; var n = 0;"
            + " for (var i = 0; i < t.tBodies.length; i++) { for (var j = 0; j < t.tBodies[i].rows.length; j++) {"
            + " if (t.tBodies[i].rows[j].getClientRects().length > 0) { n++; } } } return n;";
    private static final String RENDERED_STEPS = "var n = 0; var roots = document.querySelectorAll(arguments[0]);"
            + " for (var i = 0; i < roots.length; i++) { var steps = roots[i].querySelectorAll('g.step');"
            + " for (var j = 0; j < steps.length; j++) { var r = steps[j].getBoundingClientRect();"
            + " if (r.width > 0 && r.height > 0) { n++; } } } return n;";
    private static final String STEP_COUNTS = "var out = []; var svgs = document.querySelectorAll('svg');"
            + " for (var i = 0; i < svgs.length; i++) { var s = svgs[i];"
            + " if (s.parentElement && s.parentElement.closest('svg')) { continue; }"
            + " var steps = s.querySelectorAll('g.step'); if (steps.length === 0) { continue; } var n = 0;"
            + " for (var j = 0; j < steps.length; j++) { var r = steps[j].getBoundingClientRect();"
            + " if (r.width > 0 && r.height > 0) { n++; } }"
            + " out.push([s.id ? 'svg#' + s.id : 'svg (' + (i + 1) + ')', steps.length, n]); } return out;";

    private final ChromeDriver driver;
    private OpenPage current;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Tells why no browser can be started here, if so: the checks are turned off, or Chromium or chromedriver is
     * missing.
     *
     * @return the reason, starting with {@code browser checks skipped:}, or empty when a browser can be started
     */
    public static Optional<String> unavailable() {
        return unavailable(System.getProperty(SWITCH_PROPERTY, "true"), chromium(), chromedriver());
    }

    static Optional<String> unavailable(String switchValue, Path chromium, Path chromedriver) {
        String skipped = "browser checks skipped: ";
        if (switchValue.equalsIgnoreCase("false")) {
            return Optional.of(skipped + "-D" + SWITCH_PROPERTY + "=false");
        }
        for (Path binary : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(binary)) {
                return Optional.of(skipped + "no executable " + binary + " (install Debian's chromium and "
                        + "chromium-driver with .ci/install-browser, or name the binaries with -D" + CHROMIUM_PROPERTY
                        + "=… -D" + DRIVER_PROPERTY + "=…)");
            }
        }
        return Optional.empty();
    }

    /**
     * Skips the calling test, through a JUnit assumption, when no browser can be started, with the reason as its
     * message.
     */
    public static void assumeAvailable() {
        Optional<String> reason = unavailable();
        Assumptions.assumeTrue(reason.isEmpty(), reason::get);
    }

    /**
     * Starts headless Chromium in a window of {@value #WIDTH} by {@value #HEIGHT} pixels.
     *
     * @return the browser, to be closed, not null
     * @throws IllegalStateException if no browser can be started here ({@link #unavailable()} says why)
     * @throws org.openqa.selenium.WebDriverException if Chromium or chromedriver fails to start
     */
    public static Browser start() {
        unavailable().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        System.setProperty("webdriver.chrome.driver", chromedriver().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=" + WIDTH + "," + HEIGHT,
                "--force-device-scale-factor=1", "--hide-scrollbars", "--lang=zh-CN", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                "--disable-extensions", "--disable-sync", "--disable-dev-shm-usage",
                // nothing leaves the machine: every request goes to a closed loopback port, and no name resolves
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--host-resolver-rules=MAP * ~NOTFOUND");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile()).withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    /**
     * Opens a page from the file system, waiting until it has loaded.
     * <p>
     * A page opened before is left: its {@link OpenPage} can no longer be used.
     *
     * @param page  an HTML file, not null
     * @return the open page, not null
     */
    public OpenPage open(Path page) {
        Path file = page.toAbsolutePath().normalize();
        checkState(Files.isRegularFile(file), "no page %s", file);
        drain(LogType.BROWSER);
        drain(LogType.PERFORMANCE);
        current = new OpenPage(file);
        driver.get(file.toUri().toString());
        return current;
    }

    /**
     * Returns the folder screenshots are saved to: {@code target/screenshots} of the module under test.
     *
     * @return the folder, not null
     */
    public static Path screenshots() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "screenshots");
    }

    /** Ends Chromium and chromedriver. */
    @Override
    public void close() {
        current = null;
        driver.quit();
    }

    private static Path chromium() {
        return Path.of(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
    }

    private static Path chromedriver() {
        return Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
    }

    private List<LogEntry> drain(String type) {
        return driver.manage().logs().get(type).getAll();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * A page open in the browser (已打开的网页): what it showed, said and asked for, and what a reader can do with it.
     * Usable until the browser opens another page or closes.
     */
    public final class OpenPage {

        private final Path file;
        private final List<String> consoleErrors = new ArrayList<>();
        private final List<String> requests = new ArrayList<>();

        private OpenPage(Path file) {
            this.file = file;
        }

        /**
         * Returns the page's file.
         *
         * @return the file, not null
         */
        public Path file() {
            return file;
        }

        /**
         * Returns the errors the console has shown since the page was opened: scripts that threw, loads refused by
         * the content security policy, resources that failed.
         *
         * @return the messages, in the order shown, not null
         */
        public List<String> consoleErrors() {
            checkCurrent();
            for (LogEntry entry : drain(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    consoleErrors.add(entry.getMessage());
                }
            }
            return List.copyOf(consoleErrors);
        }

        /**
         * Returns the addresses the page has asked for since it was opened, other than its own file and
         * {@code data:} addresses: each is a request that an offline reader's browser could not serve, even where the
         * content security policy blocked it before it was sent.
         *
         * @return the addresses, in the order asked, not null
         */
        @SuppressWarnings("unchecked")
        public List<String> networkRequests() {
            checkCurrent();
            Json json = new Json();
            for (LogEntry entry : drain(LogType.PERFORMANCE)) {
                Map<String, Object> logged = json.toType(entry.getMessage(), Json.MAP_TYPE);
                Map<String, Object> message = (Map<String, Object>) logged.get("message");
                if (message == null || !"Network.requestWillBeSent".equals(message.get("method"))) {
                    continue;
                }
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                String url = String.valueOf(((Map<String, Object>) params.get("request")).get("url"));
                if (!url.startsWith("data:") && !isThisPage(url)) {
                    requests.add(url);
                }
            }
            return List.copyOf(requests);
        }

        /**
         * Returns the language shown: {@code zh} or {@code en} (the page's {@code data-lang}).
         *
         * @return the language, not null
         */
        public String language() {
            checkCurrent();
            return String.valueOf(script("return document.documentElement.getAttribute('data-lang');"));
        }

        /** Clicks the language switch ({@code #lang-switch}). */
        public void switchLanguage() {
            find("#lang-switch").click();
        }

        /**
         * Returns the text of an element as shown on screen: hidden text, such as the language not chosen, left out.
         *
         * @param selector  a CSS selector of the element, the first one matching, not null
         * @return the visible text, not null
         * @throws org.openqa.selenium.NoSuchElementException if no element matches
         */
        public String visibleText(String selector) {
            return find(selector).getText();
        }

        /**
         * Types into a text field, replacing what it held, as a reader would (one input event per key).
         *
         * @param selector  a CSS selector of the field, not null
         * @param text  the text, not null
         */
        public void type(String selector, String text) {
            Objects.requireNonNull(text, "text");
            WebElement field = find(selector);
            // select all and delete, rather than clear(), which fires no input event
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            if (!text.isEmpty()) {
                field.sendKeys(text);
            }
        }

        /**
         * Chooses an option of a {@code <select>} by its value.
         *
         * @param selector  a CSS selector of the select, not null
         * @param value  the option's value, not null
         */
        public void choose(String selector, String value) {
            new Select(find(selector)).selectByValue(value);
        }

        /**
         * Counts the body rows of a table that are shown (not hidden by a filter).
         *
         * @param selector  a CSS selector of the table, not null
         * @return the number of rows shown
         */
        public int visibleRows(String selector) {
            return ((Number) script(VISIBLE_ROWS, find(selector))).intValue();
        }

        /**
         * Counts the flowchart steps drawn: {@code g.step} elements, inside the elements matching {@code selector},
         * whose box on screen is not empty.
         *
         * @param selector  a CSS selector of the SVGs or of elements around them, not null
         * @return the number of steps drawn
         */
        public int renderedSteps(String selector) {
            checkCurrent();
            return ((Number) script(RENDERED_STEPS, selector)).intValue();
        }

        /**
         * Counts, for each outermost SVG that has {@code g.step} elements, its steps and those drawn.
         *
         * @return per SVG ({@code svg#id}, or {@code svg (n)} for the n-th SVG without an id), the steps and the steps
         *         drawn, in document order, not null
         */
        @SuppressWarnings("unchecked")
        public List<StepCount> stepCounts() {
            checkCurrent();
            List<StepCount> counts = new ArrayList<>();
            for (List<Object> row : (List<List<Object>>) script(STEP_COUNTS)) {
                counts.add(new StepCount((String) row.get(0), ((Number) row.get(1)).intValue(),
                        ((Number) row.get(2)).intValue()));
            }
            return counts;
        }

        /**
         * Saves a screenshot of the whole page (cut at 16,000 pixels) to {@code target/screenshots/<name>.png}.
         *
         * @param name  the file's name without {@code .png}, not blank
         * @return the file written, not null
         * @throws UncheckedIOException if the file cannot be written
         */
        @SuppressWarnings("unchecked")
        public Path screenshot(String name) {
            checkCurrent();
            byte[] png;
            try {
                Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
                double width = Math.max(WIDTH, ((Number) size.get("width")).doubleValue());
                double height = Math.min(MAX_SCREENSHOT_HEIGHT, ((Number) size.get("height")).doubleValue());
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                        "captureBeyondViewport", true, "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
                png = Base64.getDecoder().decode((String) shot.get("data"));
            } catch (RuntimeException e) {
                // an older driver without the command: the window only
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Path target = screenshots().resolve(name + ".png");
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, png);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the screenshot " + target, e);
            }
            return target;
        }

        private WebElement find(String selector) {
            checkCurrent();
            return driver.findElement(By.cssSelector(selector));
        }

        private boolean isThisPage(String url) {
            if (!url.startsWith("file:")) {
                return false;
            }
            int hash = url.indexOf('#');
            try {
                return Path.of(URI.create(hash < 0 ? url : url.substring(0, hash))).equals(file);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private void checkCurrent() {
            checkState(current == this, "the page %s is no longer open in the browser", file);
        }
    }

    /**
     * The flowchart steps of one SVG as drawn (流程图节点计数).
     *
     * @param svg  the SVG: {@code svg#id}, or {@code svg (n)} for the n-th SVG of the page, not null
     * @param steps  its {@code g.step} elements
     * @param rendered  those drawn with a non-empty box
     */
    public record StepCount(String svg, int steps, int rendered) {
    }
}
