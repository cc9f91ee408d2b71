package io.github.quanze.publish.site;

import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The frame every page of an agency's site shares (网站框架): the publisher named in the header, the navigation links
 * and the site's date. A page of the site starts from {@link #page(String, BilingualText)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SiteFrame {

    private final BilingualText publisher;
    private final List<Page.Link> links;
    private final LocalDate date;

    SiteFrame(BilingualText publisher, List<Page.Link> links, LocalDate date) {
        this.publisher = publisher;
        this.links = List.copyOf(links);
        this.date = date;
    }

    /**
     * Returns the publisher named in the header.
     *
     * @return the publisher, not null
     */
    public BilingualText publisher() {
        return publisher;
    }

    /**
     * Returns the navigation links, in order: every page of the site.
     *
     * @return the links, not null
     */
    public List<Page.Link> links() {
        return links;
    }

    /**
     * Returns the site's date.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Starts a page of the site: its publisher, its navigation, and its own link marked current.
     *
     * @param path  the page's path, such as {@code decisions.html}, not null
     * @param title  the page's title, its {@code <h1>}, not null
     * @return a page builder, to which the body is added, not null
     */
    public Page.Builder page(String path, BilingualText title) {
        Objects.requireNonNull(path, "path");
        return Page.builder(title).publisher(publisher).links(links).current(path);
    }
}
