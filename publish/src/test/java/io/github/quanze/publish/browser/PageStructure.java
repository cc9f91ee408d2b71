package io.github.quanze.publish.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The structure of the pages of one site, checked without a browser (网页结构检查): headings, tables, SVG, images,
 * addresses, languages, the content security policy and the links between pages (see {@link PageRule}).
 * <p>
 * {@link #check(Path)} returns what it found as data: a test asserts the list is empty and prints it otherwise. Pages
 * linked to are read once and their element ids kept, so checking every page of a site reads each file about twice.
 * <p>
 * Not thread-safe: it keeps the ids of the pages it has read.
 */
public final class PageStructure {

    /** The attributes that hold an address a browser would load or follow. */
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("src", "href", "xlink:href", "srcset", "action",
            "formaction", "poster", "data", "background", "ping", "manifest");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])(.*?)\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Set<String> SCOPES = Set.of("col", "row", "colgroup", "rowgroup");
    /**
     * Fragments that need no element: {@code #top} and the empty one scroll to the top (HTML, "scroll to the
     * fragment"), and {@code #en} is the address of a page in English (see {@code page.js}).
     */
    private static final Set<String> BUILT_IN_FRAGMENTS = Set.of("", "top", "en");

    private final Path site;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private final Set<String> forbidden = new LinkedHashSet<>();

    private PageStructure(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /**
     * Starts checking the pages of a site.
     *
     * @param site  the folder that holds every page of the site, and nothing it links to lies outside, not null
     * @return a checker, not null
     */
    public static PageStructure in(Path site) {
        return new PageStructure(Objects.requireNonNull(site, "site"));
    }

    /**
     * Checks one page of the site.
     *
     * @param page  an HTML file in the site folder, not null
     * @return what breaks a rule, in document order, empty when the page follows every rule, not null
     * @throws UncheckedIOException if the page cannot be read
     * @throws IllegalArgumentException if the page is not in the site folder
     */
    public List<PageFinding> check(Path page) {
        Path file = page.toAbsolutePath().normalize();
        if (!file.startsWith(site)) {
            throw new IllegalArgumentException("page " + page + " is not in the site folder " + site);
        }
        String source = source(file);
        Document doc = Jsoup.parse(source);
        ids.put(file, idsOf(doc));
        String name = site.relativize(file).toString().replace('\\', '/');
        return new Visit(name, file, source, doc).run();
    }

    /**
     * Adds texts that no page may contain anywhere, shown or hidden, in its text, its attributes or its source: the
     * unmasked personal data behind a masked field, such as a party's full name or identity card number.
     *
     * @param texts  the texts, none blank, not null
     * @return this checker
     * @throws IllegalArgumentException if a text is blank
     */
    public PageStructure forbidding(Collection<String> texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a forbidden text must not be blank, but was " + text);
            }
            forbidden.add(text);
        }
        return this;
    }

    private static String source(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page " + file, e);
        }
    }

    private static Document read(Path file) {
        return Jsoup.parse(source(file));
    }

    private static Set<String> idsOf(Document doc) {
        Set<String> found = new HashSet<>();
        for (Element element : doc.select("[id], a[name]")) {
            found.add(element.hasAttr("id") ? element.id() : element.attr("name"));
        }
        return found;
    }

    private Set<String> idsOf(Path file) {
        return ids.computeIfAbsent(file, f -> {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".svg") ? idsOf(read(f)) : null;
        });
    }

    /** One page being checked. */
    private final class Visit {

        private final String name;
        private final Path file;
        private final String source;
        private final Document doc;
        private final List<PageFinding> findings = new ArrayList<>();

        Visit(String name, Path file, String source, Document doc) {
            this.name = name;
            this.file = file;
            this.source = source;
            this.doc = doc;
        }

        List<PageFinding> run() {
            Element html = doc.selectFirst("html");
            if (html == null || html.attr("lang").isBlank()) {
                add(html == null ? "html" : path(html), PageRule.HTML_LANG, "no lang attribute");
            }
            checkPolicy();
            checkHeadings();
            doc.select("table").forEach(this::checkTable);
            doc.select("svg").stream().filter(svg -> svg.parents().stream().noneMatch(p -> p.nameIs("svg")))
                    .forEach(this::checkSvg);
            for (Element img : doc.select("img")) {
                if (!img.hasAttr("alt")) {
                    add(path(img), PageRule.IMG_ALT, "<img src=\"" + img.attr("src") + "\"> has no alt");
                }
            }
            for (Element element : doc.getAllElements()) {
                checkAddresses(element);
                checkLanguages(element);
            }
            forbidden.forEach(this::checkForbidden);
            return List.copyOf(findings);
        }

        private void checkForbidden(String text) {
            // the last element in document order holding the text has no descendant holding it: the closest one
            Element holder = null;
            for (Element element : doc.getAllElements()) {
                boolean holds = element.wholeText().contains(text) || element.data().contains(text)
                        || element.attributes().asList().stream().anyMatch(a -> a.getValue().contains(text));
                if (holds && !(element instanceof Document)) {
                    holder = element;
                }
            }
            if (holder != null) {
                add(path(holder), PageRule.FORBIDDEN_TEXT, "\"" + text + "\"");
            } else if (source.contains(text)) {
                add("(source)", PageRule.FORBIDDEN_TEXT, "\"" + text + "\"");
            }
        }

        private void checkPolicy() {
            Element meta = doc.select("head meta[http-equiv]").stream()
                    .filter(m -> m.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")).findFirst()
                    .orElse(null);
            if (meta == null) {
                add("head", PageRule.CONTENT_SECURITY_POLICY, "no Content-Security-Policy meta");
                return;
            }
            boolean defaultNone = false;
            for (String directive : meta.attr("content").split(";")) {
                String[] parts = directive.trim().split("\\s+");
                if (parts[0].isEmpty()) {
                    continue;
                }
                for (int i = 1; i < parts.length; i++) {
                    // quoted keywords name no location ('self' does: the folder), data: is inside the page
                    String source = parts[i];
                    boolean local = source.equalsIgnoreCase("data:")
                            || source.startsWith("'") && !source.equalsIgnoreCase("'self'");
                    if (!local) {
                        add(path(meta), PageRule.CONTENT_SECURITY_POLICY, parts[0] + " allows " + source);
                    }
                }
                defaultNone |= parts[0].equalsIgnoreCase("default-src") && parts.length == 2
                        && parts[1].equals("'none'");
            }
            if (!defaultNone) {
                add(path(meta), PageRule.CONTENT_SECURITY_POLICY, "no default-src 'none' in: " + meta.attr("content"));
            }
        }

        private void checkHeadings() {
            List<Element> headings = new ArrayList<>();
            for (Element element : doc.getAllElements()) {
                if (HEADING.matcher(element.normalName()).matches()) {
                    headings.add(element);
                }
            }
            long h1 = headings.stream().filter(h -> h.normalName().equals("h1")).count();
            if (h1 != 1) {
                add(h1 == 0 ? "body" : path(doc.select("h1").get(1)), PageRule.ONE_H1, h1 + " <h1> elements");
            }
            int level = 0;
            for (Element heading : headings) {
                int next = heading.normalName().charAt(1) - '0';
                if (next > level + 1) {
                    add(path(heading), PageRule.HEADING_ORDER, "<" + heading.normalName() + "> after "
                            + (level == 0 ? "no heading" : "<h" + level + ">") + ": " + abbreviate(heading.text()));
                }
                level = next;
            }
        }

        private void checkTable(Element table) {
            if (table.children().stream().noneMatch(c -> c.nameIs("caption"))) {
                add(path(table), PageRule.TABLE_CAPTION, "a table without <caption>");
            }
            List<Element> headers = table.select("th").stream()
                    .filter(th -> th.closest("table") == table).toList();
            if (headers.isEmpty()) {
                add(path(table), PageRule.TABLE_HEADER, "a table without <th> header cells");
            }
            for (Element th : headers) {
                if (!SCOPES.contains(th.attr("scope").toLowerCase(Locale.ROOT))) {
                    add(path(th), PageRule.TABLE_HEADER, "<th> without scope: " + abbreviate(th.text()));
                }
            }
        }

        private void checkSvg(Element svg) {
            if (!svg.attr("role").equals("img")) {
                add(path(svg), PageRule.SVG_ROLE, "role is \"" + svg.attr("role") + "\"");
            }
            String labelledBy = svg.attr("aria-labelledby").strip();
            boolean titled = svg.children().stream().anyMatch(c -> c.nameIs("title") && c.hasText())
                    || !svg.attr("aria-label").isBlank()
                    || !labelledBy.isEmpty() && Arrays.stream(labelledBy.split("\\s+"))
                            .allMatch(id -> doc.getElementById(id) != null);
            if (!titled) {
                add(path(svg), PageRule.SVG_TITLE, "an <svg> without <title>, aria-label or aria-labelledby");
            }
        }

        private void checkAddresses(Element element) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (ADDRESS_ATTRIBUTES.contains(key)) {
                    List<String> addresses = key.equals("srcset") ? srcset(attribute.getValue())
                            : List.of(attribute.getValue());
                    addresses.forEach(a -> checkAddress(element, key, a));
                } else if (key.equals("style")) {
                    checkCss(element, attribute.getValue());
                }
            }
            if (element.normalName().equals("style")) {
                checkCss(element, element.data());
            }
        }

        private void checkCss(Element element, String css) {
            for (Pattern pattern : List.of(CSS_URL, CSS_IMPORT)) {
                Matcher m = pattern.matcher(css);
                while (m.find()) {
                    checkAddress(element, "url(", m.group(2));
                }
            }
        }

        private void checkAddress(Element element, String where, String value) {
            String address = value.strip();
            String lower = address.toLowerCase(Locale.ROOT);
            if (address.startsWith("//") || address.startsWith("\\\\") || address.startsWith("/\\")
                    || address.startsWith("\\/")
                    || SCHEME.matcher(address).find() && !lower.startsWith("data:")) {
                add(path(element), PageRule.EXTERNAL_ADDRESS, where + " " + address);
                return;
            }
            if (lower.startsWith("data:") || address.isEmpty()) {
                return;
            }
            checkLink(element, address);
        }

        private void checkLink(Element element, String address) {
            int hash = address.indexOf('#');
            String target = hash < 0 ? address : address.substring(0, hash);
            String fragment = hash < 0 ? null : decode(address.substring(hash + 1));
            int query = target.indexOf('?');
            target = decode(query < 0 ? target : target.substring(0, query));
            Path linked;
            if (target.isEmpty()) {
                linked = file;
            } else {
                linked = (target.startsWith("/") ? site.resolve(target.substring(1))
                        : file.getParent().resolve(target)).normalize();
                if (!linked.startsWith(site)) {
                    add(path(element), PageRule.BROKEN_LINK, address + " leads outside the site folder");
                    return;
                }
                if (!Files.isRegularFile(linked)) {
                    add(path(element), PageRule.BROKEN_LINK, address + ": no file " + site.relativize(linked));
                    return;
                }
            }
            if (fragment != null && !BUILT_IN_FRAGMENTS.contains(fragment)) {
                Set<String> targetIds = idsOf(linked);
                if (targetIds != null && !targetIds.contains(fragment)) {
                    add(path(element), PageRule.BROKEN_ANCHOR, address + ": no id \"" + fragment + "\" in "
                            + site.relativize(linked).toString().replace('\\', '/'));
                }
            }
        }

        private void checkLanguages(Element element) {
            if (element instanceof Document || element.nameIs("html")) {
                return;
            }
            List<Element> zh = new ArrayList<>();
            List<Element> en = new ArrayList<>();
            for (Element child : element.children()) {
                String lang = child.attr("lang").toLowerCase(Locale.ROOT);
                if (lang.equals("zh") || lang.startsWith("zh-")) {
                    zh.add(child);
                } else if (lang.equals("en") || lang.startsWith("en-")) {
                    en.add(child);
                }
            }
            if (zh.size() != en.size()) {
                add(path(element), PageRule.BILINGUAL_PAIR, zh.size() + " Chinese and " + en.size()
                        + " English children: " + abbreviate(element.text()));
                return;
            }
            for (int i = 0; i < zh.size(); i++) {
                if (zh.get(i).text().isBlank() != en.get(i).text().isBlank()) {
                    Element blank = zh.get(i).text().isBlank() ? zh.get(i) : en.get(i);
                    add(path(blank), PageRule.BILINGUAL_PAIR, "empty beside \""
                            + abbreviate((blank == zh.get(i) ? en.get(i) : zh.get(i)).text()) + "\"");
                }
            }
        }

        private void add(String element, PageRule rule, String detail) {
            findings.add(new PageFinding(name, element, rule, detail));
        }
    }

    private static List<String> srcset(String value) {
        List<String> addresses = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String trimmed = candidate.strip();
            if (!trimmed.isEmpty()) {
                addresses.add(trimmed.split("\\s+")[0]);
            }
        }
        return addresses;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String path(Element element) {
        return element.cssSelector();
    }
}
