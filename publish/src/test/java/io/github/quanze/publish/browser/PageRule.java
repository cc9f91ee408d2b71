package io.github.quanze.publish.browser;

/**
 * A rule a published page must follow (网页规则), each with a stable code for tests to assert on and the sentence a
 * failing test prints.
 * <p>
 * The structure rules are checked on the HTML by {@link PageStructure}; the last four need a browser and are checked
 * by {@link SiteCheck}.
 */
public enum PageRule {

    /** The {@code <html>} element names the page's language. */
    HTML_LANG("the <html> element has a lang attribute"),
    /** The page declares a content security policy that allows no network source. */
    CONTENT_SECURITY_POLICY("a Content-Security-Policy meta with default-src 'none' and no network source"),
    /** The page has exactly one {@code <h1>}. */
    ONE_H1("exactly one <h1>"),
    /** Each heading is at most one level below the one before it (h1, h2, h3: never h1 then h3). */
    HEADING_ORDER("headings never skip a level"),
    /** Every table has a {@code <caption>}. */
    TABLE_CAPTION("every <table> has a <caption>"),
    /** Every table has header cells, each with a {@code scope} of col, row, colgroup or rowgroup. */
    TABLE_HEADER("every <table> has <th> cells, each with a scope"),
    /** Every (outermost) SVG has {@code role="img"}. */
    SVG_ROLE("every <svg> has role=\"img\""),
    /** Every (outermost) SVG has a {@code <title>}, an {@code aria-label} or an {@code aria-labelledby}. */
    SVG_TITLE("every <svg> has a <title> or an aria-label"),
    /** Every image has an {@code alt} attribute (empty only for a decorative image). */
    IMG_ALT("every <img> has an alt attribute"),
    /** No address points outside the site: no scheme but {@code data:}, no {@code //}, in attributes or CSS. */
    EXTERNAL_ADDRESS("no src, href or url( that points outside the site"),
    /** A relative address leads to a file inside the site folder. */
    BROKEN_LINK("every internal address leads to an existing file in the site"),
    /** An address's {@code #fragment} names an element id of the page it leads to. */
    BROKEN_ANCHOR("every #anchor names an existing id"),
    /** Inside each element, the Chinese and English children come in pairs, both with text or both empty. */
    BILINGUAL_PAIR("Chinese and English children paired inside each bilingual element"),
    /** A text the caller forbids (an unmasked personal datum) appears nowhere in the page, shown or hidden. */
    FORBIDDEN_TEXT("no forbidden text, such as an unmasked personal datum, anywhere in the page"),
    /** The browser's console shows no error while the page loads or is used. */
    CONSOLE_ERROR("no console error"),
    /** The browser requests nothing but the page's own file. */
    NETWORK_REQUEST("no network request other than the page itself"),
    /** Every step of each flowchart ({@code g.step} in an SVG) is drawn with a non-empty box. */
    SVG_STEPS_RENDERED("every g.step of an SVG is rendered"),
    /** The language switch shows the English text and back. */
    LANGUAGE_SWITCH("#lang-switch changes the visible language and back");

    private final String description;

    PageRule(String description) {
        this.description = description;
    }

    /**
     * Returns what the rule asks, in a few words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }
}
