package io.github.quanze.publish.site;

import static io.github.quanze.publish.site.Tables.t;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import java.util.List;

/**
 * The 执法依据 page: the instruments of the basis catalogue by level, each with its anchor, its document number and
 * dates, and the provisions the site cites, each with its own anchor and what cites it (powers, procedures'
 * steps, standards' items); then the
 * instruments the powers cite that the catalogue does not list.
 */
final class BasisPage {

    static final String PATH = "basis.html";

    private BasisPage() {}

    static Page render(AgencySite site, SiteFrame frame, Anchors anchors) {
        Markup m = Markup.create();
        m.open("p").text(t(site.basis().name() + "，按效力层级排列；每一条款列出援引它的职权、流程环节和裁量基准。",
                site.basis().name() + ", by level; each provision lists the powers, procedure steps and discretion "
                + "standards that cite it.")).close("p");
        List<LegalInstrument> all = anchors.instruments();
        for (InstrumentLevel level : InstrumentLevel.values()) {
            List<LegalInstrument> here = all.stream().filter(anchors::isCatalogued).filter(i -> i.level() == level)
                    .toList();
            if (!here.isEmpty()) {
                m.element("h2", level.label(), "id", "level-" + level.name().toLowerCase(java.util.Locale.ROOT));
                here.forEach(i -> instrument(m, site, anchors, i));
            }
        }
        List<LegalInstrument> outside = all.stream().filter(i -> !anchors.isCatalogued(i)).toList();
        if (!outside.isEmpty()) {
            m.element("h2", t("未列入执法依据目录的文件", "Instruments cited but not in the catalogue"), "id",
                    "not-catalogued");
            outside.forEach(i -> instrument(m, site, anchors, i));
        }
        return frame.page(PATH, t("执法依据", "Legal basis")).body(m).build();
    }

    private static void instrument(Markup m, AgencySite site, Anchors anchors, LegalInstrument instrument) {
        m.open("section", "id", anchors.instrument(instrument), "class", "instrument");
        m.element("h3", t(instrument.citation(), instrument.englishName()));
        m.open("p", "class", "muted");
        instrument.documentNumber().ifPresent(n -> m.text(n + " · "));
        m.text(t("施行日期 ", "in force from ")).text(instrument.effectiveDate().toString());
        instrument.repealDate().ifPresent(d -> m.text(" · ").text(t("失效日期 ", "repealed on ")).text(d.toString()));
        if (!instrument.isInForceOn(site.date())) {
            m.text(" · ").element("span", t("公示日不在施行期内", "not in force on the date of the site"), "class",
                    "finding-error");
        }
        m.close("p");
        List<Provision> cited = anchors.cited(instrument);
        if (!cited.isEmpty()) {
            m.open("ul", "class", "provisions");
            for (Provision provision : cited) {
                if (!provision.article().isPresent()) {
                    m.open("li");
                } else {
                    m.open("li", "id", anchors.provision(provision));
                }
                m.text(provision.article().isPresent() ? t(provision.articleReference(), "Art "
                        + provision.englishReference()) : t("全文", "as a whole"));
                m.text(t("：", ": "));
                List<Page.Link> by = anchors.citedBy(provision);
                for (int i = 0; i < by.size(); i++) {
                    if (i > 0) {
                        m.text("、");
                    }
                    m.element("a", by.get(i).label(), "href", by.get(i).href());
                }
                m.close("li");
            }
            m.close("ul");
        }
        m.close("section");
    }
}
