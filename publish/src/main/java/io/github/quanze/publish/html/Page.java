package io.github.quanze.publish.html;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A self-contained web page of the publication (公示网页): one HTML file with its stylesheet and script inside, in
 * Chinese with a switch to English, printable, and making no network request.
 * <p>
 * Every page has the same frame: a header with the publisher's name, the links to the other pages of its site and the
 * language switch, then the page's {@code <h1>} title and its body. The page declares a content security policy that
 * allows nothing but its own inline style, script and {@code data:} images, so a browser fetches nothing even where a
 * document's text contains an address: an agency intranet may be offline. Chinese is shown first; the switch (or an
 * address ending in {@code #en}) shows the English spans instead.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Page {

    /** The content security policy of every page: inline style and script, {@code data:} images, nothing else. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private static final String STYLE = resource("page.css");
    private static final String SCRIPT = resource("page.js");

    private final BilingualText title;
    private final BilingualText publisher;
    private final List<Link> links;
    private final String current;
    private final String body;

    /**
     * A link in a page's navigation (导航链接).
     *
     * @param href  the page it leads to, relative to this one (such as {@code powers.html}), not blank
     * @param label  its label, not null
     */
    public record Link(String href, BilingualText label) {

        /**
         * Creates a link, checking its parts.
         *
         * @param href  the page it leads to, relative, not blank, without a scheme, without a leading {@code //}
         *        (which names another host) and without blanks, control characters or {@code \\}
         * @param label  its label, not null
         * @throws IllegalArgumentException if {@code href} is blank, names a scheme such as {@code http:} or a host
         *         such as {@code //example.org}, or holds a blank, a control character or a backslash
         */
        public Link {
            Objects.requireNonNull(label, "label");
            checkArgument(href != null && !href.isBlank() && !href.contains(":") && !href.startsWith("//")
                    && href.chars().noneMatch(c -> c <= ' ' || c == 0x7F || c == '\\'),
                    "link href must be a relative address within the site, but was %s",
                    href == null || href.length() <= 40 ? href : href.substring(0, 40) + "…");
        }
    }

    private Page(Builder builder) {
        this.title = builder.title;
        this.publisher = builder.publisher;
        this.links = builder.links.build();
        this.current = builder.current;
        this.body = builder.body;
    }

    /**
     * Starts a page.
     *
     * @param title  the page's title, shown as its {@code <h1>} and in the browser's tab, not null
     * @return a builder, not null
     */
    public static Builder builder(BilingualText title) {
        return new Builder(Objects.requireNonNull(title, "title"));
    }

    /**
     * Returns the page's title.
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Returns the page as one HTML document.
     *
     * @return the HTML, starting with {@code <!DOCTYPE html>}, not null
     */
    public String html() {
        Markup page = Markup.create().open("html", "lang", Markup.ZH, "data-lang", "zh").open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY)
                .element("title", title.zh() + " · " + title.en())
                .open("style").trusted(STYLE).close("style").open("script").trusted(SCRIPT).close("script")
                .close("head").open("body");
        page.open("header", "class", "site").element("span", publisher, "class", "agency");
        if (!links.isEmpty()) {
            page.open("nav", "aria-label", "站内导航 Site").open("ul", "class", "links");
            for (Link link : links) {
                page.open("li").element("a", link.label(), "href", link.href(), "aria-current",
                        link.href().equals(current) ? "page" : null).close("li");
            }
            page.close("ul").close("nav");
        }
        page.open("button", "id", "lang-switch", "type", "button", "aria-pressed", "false")
                .element("span", "English", "lang", Markup.EN, "data-show", "zh")
                .element("span", "中文", "lang", Markup.ZH, "data-show", "en").close("button").close("header");
        page.open("main").element("h1", title).trusted(body).close("main").close("body").close("html");
        return "<!DOCTYPE html>\n" + page;
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page resource " + name + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // inlined into <style> or <script>, whose content ends at the first "</"
            checkArgument(!text.contains("</"), "the page resource %s must not contain \"</\"", name);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page resource " + name, e);
        }
    }

    /**
     * Builds a {@link Page}. Not thread-safe.
     */
    public static final class Builder {

        private final BilingualText title;
        private BilingualText publisher = BilingualText.of("行政执法公示", "Law-enforcement publication");
        private final ImmutableList.Builder<Link> links = ImmutableList.builder();
        private String current;
        private String body = "";

        private Builder(BilingualText title) {
            this.title = title;
        }

        /**
         * Sets the publisher named in the header, such as the agency; by default 行政执法公示.
         *
         * @param publisher  the publisher's name, not null
         * @return this builder
         */
        public Builder publisher(BilingualText publisher) {
            this.publisher = Objects.requireNonNull(publisher, "publisher");
            return this;
        }

        /**
         * Adds the links to the pages of the site, in the order shown.
         *
         * @param links  the links, not null
         * @return this builder
         */
        public Builder links(List<Link> links) {
            this.links.addAll(ImmutableList.copyOf(links));
            return this;
        }

        /**
         * Marks the link to this page, shown as the current one.
         *
         * @param href  this page's address among the links, not null
         * @return this builder
         */
        public Builder current(String href) {
            this.current = Objects.requireNonNull(href, "href");
            return this;
        }

        /**
         * Sets the page's content, below its title.
         *
         * @param body  a finished fragment, not null
         * @return this builder
         * @throws IllegalStateException if the fragment has an element still open
         */
        public Builder body(Markup body) {
            this.body = Objects.requireNonNull(body, "body").toString();
            return this;
        }

        /**
         * Builds the page.
         *
         * @return the page, not null
         */
        public Page build() {
            return new Page(this);
        }
    }
}
