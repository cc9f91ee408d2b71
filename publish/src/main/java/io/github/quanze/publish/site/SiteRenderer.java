package io.github.quanze.publish.site;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.quanze.publish.site.Tables.t;

import io.github.quanze.publish.html.Page;
import io.github.quanze.publish.notice.DecisionPage;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders an agency's site (公示网站生成): {@code index.html}, {@code powers.html} (权责清单), {@code basis.html}
 * (执法依据), {@code procedures.html} (执法流程图), {@code standards.html} (裁量基准), {@code decisions.html}
 * (执法决定公示) when the site publishes its decisions ({@link AgencySite#decisions()}), any extra pages
 * ({@link #withPage(SitePage)}), and {@code people.html} (执法主体和人员), every page linking to every other in that
 * order.
 * <p>
 * Rendering is deterministic: the same site gives byte-identical pages. This class is immutable and thread-safe.
 */
public final class SiteRenderer {

    private static final SiteRenderer STANDARD = new SiteRenderer(List.of());

    private final List<SitePage> extras;

    private SiteRenderer(List<SitePage> extras) {
        this.extras = List.copyOf(extras);
    }

    /**
     * Returns the renderer of an agency's own pages.
     *
     * @return the renderer, not null
     */
    public static SiteRenderer standard() {
        return STANDARD;
    }

    /**
     * Returns a renderer that also renders an extra page, listed in the navigation after 裁量基准 and after the extra
     * pages already added, and before 执法主体和人员.
     *
     * @param page  the page, whose path is not one of the site's own, not null
     * @return the renderer, not null
     * @throws IllegalArgumentException if the path is taken
     */
    public SiteRenderer withPage(SitePage page) {
        Objects.requireNonNull(page, "page");
        checkArgument(!List.of(IndexPage.PATH, PowersPage.PATH, BasisPage.PATH, ProceduresPage.PATH,
                StandardsPage.PATH, PeoplePage.PATH).contains(page.path())
                && extras.stream().noneMatch(e -> e.path().equals(page.path())),
                "the path %s of the extra page is taken", page.path());
        List<SitePage> more = new ArrayList<>(extras);
        more.add(page);
        return new SiteRenderer(more);
    }

    /**
     * Renders a site.
     *
     * @param site  the site's content, not null
     * @return the pages, in the order of the navigation, not null
     * @throws IllegalArgumentException if an extra page has the path {@code decisions.html} and the site publishes
     *         its decisions
     */
    public Site render(AgencySite site) {
        Objects.requireNonNull(site, "site");
        List<SitePage> shown = new ArrayList<>();
        site.decisions().ifPresent(d -> shown.add(new DecisionsPage(d)));
        for (SitePage extra : extras) {
            checkArgument(shown.isEmpty() || !extra.path().equals(DecisionPage.FILE_NAME), "the extra page %s has "
                    + "the path of the site's own 执法决定公示 page, which the site's decisions fill", extra.path());
            shown.add(extra);
        }
        List<Page.Link> links = new ArrayList<>();
        links.add(link(IndexPage.PATH, "首页", "Home"));
        links.add(link(PowersPage.PATH, "权责清单", "Powers"));
        links.add(link(BasisPage.PATH, "执法依据", "Legal basis"));
        links.add(link(ProceduresPage.PATH, "执法流程图", "Flowcharts"));
        links.add(link(StandardsPage.PATH, "裁量基准", "Discretion standards"));
        shown.forEach(e -> links.add(new Page.Link(e.path(), e.label())));
        links.add(link(PeoplePage.PATH, "执法主体和人员", "Agency and officers"));
        SiteFrame frame = new SiteFrame(site.publisher(), links, site.date());
        Anchors anchors = new Anchors(site);

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put(PowersPage.PATH, PowersPage.render(site, frame, anchors));
        pages.put(BasisPage.PATH, BasisPage.render(site, frame, anchors));
        pages.put(ProceduresPage.PATH, ProceduresPage.render(site, frame, anchors));
        pages.put(StandardsPage.PATH, StandardsPage.render(site, frame, anchors));
        for (SitePage extra : shown) {
            pages.put(extra.path(), Objects.requireNonNull(extra.render(frame), "page " + extra.path()));
        }
        pages.put(PeoplePage.PATH, PeoplePage.render(site, frame));

        int items = site.standards().stream().mapToInt(s -> s.items().size()).sum();
        long officers = site.organization().officers().stream().filter(o -> o.agency().equals(site.agency().id()))
                .count();
        List<IndexPage.Entry> entries = new ArrayList<>();
        entries.add(new IndexPage.Entry(links.get(1), t("职权事项及其依据、责任、岗位", "Powers with their basis, duties "
                + "and posts"), String.valueOf(site.powers().size())));
        entries.add(new IndexPage.Entry(links.get(2), t("执法依据目录中的法律文件", "Instruments of the basis catalogue"),
                String.valueOf(site.basis().instruments().size())));
        entries.add(new IndexPage.Entry(links.get(3), t("执法流程及其流程图", "Procedures and their flowcharts"),
                String.valueOf(site.procedures().size())));
        entries.add(new IndexPage.Entry(links.get(4), t("裁量基准中的违法行为", "Violation items of the discretion "
                + "standards"), String.valueOf(items)));
        for (int i = 0; i < shown.size(); i++) {
            entries.add(new IndexPage.Entry(links.get(5 + i), shown.get(i).label(), ""));
        }
        entries.add(new IndexPage.Entry(links.get(links.size() - 1), t("执法人员", "Enforcement officers"),
                String.valueOf(officers)));

        Map<String, String> html = new LinkedHashMap<>();
        html.put(IndexPage.PATH, IndexPage.render(site, frame, entries).html());
        pages.forEach((path, page) -> html.put(path, page.html()));
        return Site.of(html);
    }

    private static Page.Link link(String path, String zh, String en) {
        return new Page.Link(path, BilingualText.of(zh, en));
    }
}
