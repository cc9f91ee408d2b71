package io.github.quanze.publish.browser;

import java.util.Objects;

/**
 * A page that breaks a {@link PageRule} (网页问题): which page, which element, which rule, and what was seen.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param page  the page's address relative to the site folder, such as {@code powers.html}, not null
 * @param element  a CSS selector of the element, or {@code (console)}, {@code (network)} for what the browser saw,
 *         not null
 * @param rule  the rule broken, not null
 * @param detail  what was found: the offending address, message or count, not null
 */
public record PageFinding(String page, String element, PageRule rule, String detail) {

    /** The element named by a finding about the browser's console. */
    public static final String CONSOLE = "(console)";
    /** The element named by a finding about a network request. */
    public static final String NETWORK = "(network)";

    /**
     * Creates a finding.
     *
     * @throws NullPointerException if any part is null
     */
    public PageFinding {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns the finding on one line: {@code page: element [RULE] detail (description)}.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        return page + ": " + element + " [" + rule + "] " + detail + " (" + rule.description() + ")";
    }
}
