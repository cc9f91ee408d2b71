package io.github.quanze.publish.site;

import static io.github.quanze.publish.site.Tables.t;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.ItemStandard;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerKind;
import io.github.quanze.power.ResponsibilityItem;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The 权责清单 page: one row per power, with its kind, basis, 责任事项, 追责情形, posts, flowcharts and 裁量基准 items,
 * and a search by name or code and a filter by kind (the page script's {@code data-filter}).
 * <p>
 * A standard's item applies to a power when every provision that punishes the item (处罚依据) lies within a provision
 * the power cites: the same article of the same instrument, and the same paragraph and item where the power names
 * them. That is our reading: a 权责清单 and a 裁量基准 name no common key.
 */
final class PowersPage {

    static final String PATH = "powers.html";
    private static final String TABLE = "powers-table";

    private PowersPage() {}

    static Page render(AgencySite site, SiteFrame frame, Anchors anchors) {
        Markup m = Markup.create();
        m.open("p").text(t("本页列出" + site.powers().name() + "的全部职权事项，共" + site.powers().size() + "项，"
                + "公示日期" + site.date() + "。",
                "Every power of the catalogue " + site.powers().name() + ", " + site.powers().size()
                + " in all, as published on " + site.date() + ".")).close("p");
        m.open("p", "class", "note").text(t("说明：职权对应的流程图按职权类型确定，本机关自定义的流程按其环节判断"
                + "（有申请环节的为行政许可，有实施查封、扣押环节的为行政强制，有告知和决定环节的为行政处罚）；裁量基准中"
                + "某一违法行为的每一处罚依据条款均在某项职权所引条款之内的，即对应该职权。此为本库的解释：权责清单和裁量"
                + "基准均未载明这种对应关系。",
                "Note: a power's flowcharts are those of its kind, and an agency's own procedure is read from its "
                + "steps (one with an application serves licensing, one with a seizure coercion, one with a notice "
                + "and a decision penalties); a discretion item applies to a power when every provision punishing the "
                + "item lies within a provision the power cites. This is the library's interpretation: neither the "
                + "catalogue nor the standard states the link.")).close("p");
        controls(m, site);
        DataTable.openWithId(m, TABLE, t("权责清单", "Power catalogue"), t("编码", "Code"), t("事项名称", "Name"),
                t("职权类型", "Kind"), t("实施依据", "Basis"), t("责任事项", "Duties"), t("追责情形", "Accountability"),
                t("承办岗位", "Posts"), t("流程图与裁量基准", "Flowchart and discretion"));
        Items items = new Items(site.standards());
        for (Power power : site.powers().powers()) {
            row(m, site, anchors, items, power);
        }
        DataTable.close(m);
        return frame.page(PATH, t("权责清单", "Power catalogue")).body(m).build();
    }

    private static void controls(Markup m, AgencySite site) {
        m.open("div", "class", "controls");
        m.open("label", "for", "power-search").text(t("按名称或编码搜索", "Search by name or code")).close("label");
        m.empty("input", "id", "power-search", "type", "search", "data-filter", TABLE, "autocomplete", "off");
        m.open("label", "for", "power-kind").text(t("职权类型", "Kind")).close("label");
        m.open("select", "id", "power-kind", "data-filter", TABLE, "data-column", "kind");
        m.element("option", "全部 All", "value", "");
        Set<PowerKind> kinds = EnumSet.noneOf(PowerKind.class);
        site.powers().powers().forEach(p -> kinds.add(p.kind()));
        for (PowerKind kind : kinds) {
            m.element("option", kind.label().zh() + " " + kind.label().en(), "value", kind.name());
        }
        m.close("select");
        m.open("span", "class", "muted").text(t("显示", "Shown: ")).element("span",
                String.valueOf(site.powers().size()), "data-filter-count", TABLE).close("span");
        m.close("div");
    }

    private static void row(Markup m, AgencySite site, Anchors anchors, Items items, Power power) {
        m.open("tr", "id", Anchors.power(power.code()), "data-search", power.code().value() + " " + power.name(),
                "data-kind", power.kind().name());
        m.element("th", power.code().value(), "scope", "row");
        m.open("td").text(power.name());
        power.subKind().ifPresent(sub -> m.element("span", "（" + sub + "）", "class", "muted"));
        m.close("td");
        m.element("td", power.kind().label());
        m.open("td").open("ul");
        for (Provision provision : power.provisions()) {
            Tables.provision(m.open("li"), provision, anchors).close("li");
        }
        m.close("ul").close("td");
        m.open("td");
        if (!power.responsibilityItems().isEmpty()) {
            m.open("ul");
            for (ResponsibilityItem item : power.responsibilityItems()) {
                m.open("li").element("strong", item.stage()).text("：" + item.duty()).close("li");
            }
            m.close("ul");
        }
        m.close("td");
        m.open("td");
        if (!power.accountabilityClauses().isEmpty()) {
            m.open("ul");
            for (AccountabilityClause clause : power.accountabilityClauses()) {
                m.open("li").text(clause.situation()).text("（");
                List<Provision> basis = clause.basis().provisions();
                for (int i = 0; i < basis.size(); i++) {
                    Tables.provision(i == 0 ? m : m.text("；"), basis.get(i), anchors);
                }
                m.text("）").close("li");
            }
            m.close("ul");
        }
        m.close("td");
        posts(m, site, power);
        links(m, site, anchors, items, power);
        m.close("tr");
    }

    private static void posts(Markup m, AgencySite site, Power power) {
        List<Allocation> allocations = site.allocation().forPower(power.code());
        m.open("td");
        if (allocations.isEmpty()) {
            m.element("span", t("未分解到岗位", "allocated to no post"), "class", "finding-warning");
        } else {
            m.open("ul");
            for (Allocation a : allocations) {
                String post = site.organization().findPost(a.post()).map(p -> p.name()).orElse(a.post().value());
                m.open("li").text(post).text(t("（", " (")).text(a.role().label());
                if (a.lead()) {
                    m.text(t("，主办", ", lead"));
                }
                m.text(t("）", ")")).close("li");
            }
            m.close("ul");
        }
        m.close("td");
    }

    private static void links(Markup m, AgencySite site, Anchors anchors, Items items, Power power) {
        m.open("td").open("ul");
        for (Map.Entry<Procedure, Set<PowerKind>> p : site.procedures().entrySet()) {
            if (p.getValue().contains(power.kind())) {
                m.open("li").element("a", p.getKey().name(), "href", ProceduresPage.PATH + "#"
                        + anchors.procedure(p.getKey())).close("li");
            }
        }
        List<DiscretionStandard> standards = site.standards();
        for (Candidate c : items.applying(power)) {
            m.open("li").element("a", standards.get(c.standard()).number() + " " + c.entry().item().code(), "href",
                    StandardsPage.PATH + "#" + Anchors.item(c.standard(), c.item())).close("li");
        }
        m.close("ul").close("td");
    }

    /** A standard's item, with its place: the standard's index and the item's index in it. */
    private record Candidate(int standard, int item, ItemStandard entry) {
    }

    /**
     * The standards' items, found by the instrument and article of the first provision that punishes each, so that a
     * power is matched against the items of the articles it cites, not against every item: an item applies only if
     * that first provision lies within one the power cites.
     */
    private static final class Items {

        private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::standard)
                .thenComparingInt(Candidate::item);

        private final Map<LegalInstrument, List<Candidate>> byInstrument = new HashMap<>();
        private final Map<LegalInstrument, Map<Integer, List<Candidate>>> byArticle = new HashMap<>();
        private final List<Candidate> unpunished = new ArrayList<>();

        Items(List<DiscretionStandard> standards) {
            for (int s = 0; s < standards.size(); s++) {
                List<ItemStandard> items = standards.get(s).items();
                for (int i = 0; i < items.size(); i++) {
                    Candidate c = new Candidate(s, i, items.get(i));
                    List<Provision> applied = c.entry().item().applied().provisions();
                    if (applied.isEmpty()) {
                        unpunished.add(c);
                        continue;
                    }
                    Provision first = applied.get(0);
                    byInstrument.computeIfAbsent(first.instrument(), k -> new ArrayList<>()).add(c);
                    first.article().ifPresent(a -> byArticle.computeIfAbsent(first.instrument(), k -> new HashMap<>())
                            .computeIfAbsent(a, k -> new ArrayList<>()).add(c));
                }
            }
        }

        /** The items that apply to a power, in the standards' order. */
        List<Candidate> applying(Power power) {
            SortedSet<Candidate> found = new TreeSet<>(ORDER);
            found.addAll(unpunished);
            for (Provision cited : power.provisions()) {
                List<Candidate> candidates = cited.article().isPresent()
                        ? byArticle.getOrDefault(cited.instrument(), Map.of())
                                .getOrDefault(cited.article().getAsInt(), List.of())
                        : byInstrument.getOrDefault(cited.instrument(), List.of());
                for (Candidate c : candidates) {
                    if (applies(c.entry(), power)) {
                        found.add(c);
                    }
                }
            }
            return List.copyOf(found);
        }
    }

    /** Whether a standard's item applies to a power: each provision punishing it lies within one the power cites. */
    static boolean applies(ItemStandard item, Power power) {
        return item.item().applied().provisions().stream()
                .allMatch(applied -> power.provisions().stream().anyMatch(cited -> within(applied, cited)));
    }

    private static boolean within(Provision specific, Provision general) {
        return specific.instrument().equals(general.instrument()) && narrows(specific.article(), general.article())
                && narrows(specific.paragraph(), general.paragraph()) && narrows(specific.item(), general.item());
    }

    private static boolean narrows(OptionalInt specific, OptionalInt general) {
        return general.isEmpty() || specific.equals(general);
    }
}
