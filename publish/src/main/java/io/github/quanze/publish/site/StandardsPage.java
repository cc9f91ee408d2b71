package io.github.quanze.publish.site;

import static io.github.quanze.publish.site.Tables.t;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.ItemStandard;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.StandardFinding;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 裁量基准 page (行政处罚法 Art 34: 行政处罚裁量基准应当向社会公布): each standard with its 文号, issuer, level and
 * period, and for each item its statutory frame (the kinds and ranges the statute allows, the provisions breached and
 * applied) and its tiers as tables, with what {@link StandardVerifier} finds in the item, in both languages. A
 * standard that implements another standard of the site is verified against it as well.
 */
final class StandardsPage {

    static final String PATH = "standards.html";
    private static final Provision ART_34 = Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 34);

    private StandardsPage() {}

    static Page render(AgencySite site, SiteFrame frame, Anchors anchors) {
        Markup m = Markup.create();
        m.open("p").text(t("依据" + ART_34 + "，行政处罚裁量基准应当向社会公布。本页列出每项违法行为的法定处罚幅度和"
                + "裁量格次，并附本库对基准的校验结果。",
                "Under " + ART_34.toEnglish() + ", discretion standards for administrative penalties must be "
                + "published. Each violation item is shown with its statutory frame and its tiers, and with what "
                + "this library's verification of the standard found.")).close("p");
        List<DiscretionStandard> standards = site.standards();
        if (standards.isEmpty()) {
            m.open("p").text(t("本机关未公布裁量基准。", "The agency has published no discretion standard."))
                    .close("p");
        }
        StandardVerifier verifier = StandardVerifier.standard();
        for (int s = 0; s < standards.size(); s++) {
            DiscretionStandard standard = standards.get(s);
            Optional<DiscretionStandard> higher = standard.implementing().flatMap(number -> standards.stream()
                    .filter(o -> o.number().equals(number) && o.level().compareTo(standard.level()) < 0).findFirst());
            StandardVerification verification = higher.map(h -> verifier.verify(standard, h))
                    .orElseGet(() -> verifier.verify(standard));
            List<StandardFinding> findings = verification.findings().stream()
                    .filter(f -> f.standard().equals(standard.number())).toList();
            standard(m, standard, s, findings, higher, anchors);
        }
        return frame.page(PATH, t("裁量基准", "Discretion standards")).body(m).build();
    }

    private static void standard(Markup m, DiscretionStandard standard, int index, List<StandardFinding> findings,
            Optional<DiscretionStandard> higher, Anchors anchors) {
        m.open("section", "id", Anchors.standard(index), "class", "standard");
        m.element("h2", t(standard.title() + "（" + standard.number() + "）", standard.title() + " ("
                + standard.number() + ")"));
        m.open("p");
        m.text(t("制定机关：", "Issued by ")).text(standard.issuer()).text(" · ").text(standard.level().label())
                .text(" · ").text(t("施行日期 ", "in force from ")).text(standard.effective().toString());
        standard.until().ifPresent(d -> m.text(t("至", " until ")).text(d.toString()));
        standard.implementing().ifPresent(n -> m.text(" · ").text(t("实施 ", "implements ")).text(n));
        m.close("p");
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        m.open("p", "class", errors > 0 ? "finding-error" : warnings > 0 ? "finding-warning" : "finding-ok",
                "data-errors", String.valueOf(errors), "data-warnings", String.valueOf(warnings));
        m.text(t("校验结果：", "Verification: "));
        if (findings.isEmpty()) {
            m.text(t("未发现问题", "nothing found"));
        } else {
            long notes = findings.size() - errors - warnings;
            m.text(t(errors + "项违法、" + warnings + "项风险、" + notes + "项提示", errors + plural(" error", errors)
                    + ", " + warnings + plural(" warning", warnings) + ", " + notes + plural(" note", notes)));
        }
        higher.ifPresent(h -> m.text(t("（已对照上级基准" + h.number() + "）", " (checked against the higher standard "
                + h.number() + ")")));
        m.close("p");
        findings(m, findings.stream().filter(f -> f.item().isEmpty()).toList());
        Map<String, List<StandardFinding>> byItem = findings.stream().filter(f -> f.item().isPresent())
                .collect(Collectors.groupingBy(f -> f.item().get()));
        List<ItemStandard> items = standard.items();
        for (int i = 0; i < items.size(); i++) {
            item(m, items.get(i), index, i, byItem.getOrDefault(items.get(i).item().code(), List.of()), anchors);
        }
        m.close("section");
    }

    private static void item(Markup m, ItemStandard standard, int s, int i, List<StandardFinding> findings,
            Anchors anchors) {
        ViolationItem item = standard.item();
        String id = Anchors.item(s, i);
        m.open("section", "id", id, "class", "item", "data-item", item.code());
        m.element("h3", t(item.code() + " " + item.name(), item.code() + " " + item.name()));
        if (standard.isFirstOffenceExempt()) {
            m.open("p").text(t("列入首违不罚清单。", "On the list of first offences not punished.")).close("p");
        }
        DataTable.openWithId(m, id + "-frame", t(item.code() + "：法定处罚幅度", item.code() + ": statutory frame"),
                t("处罚种类", "Penalty"), t("处或者可以处", "Must or may"), t("幅度", "Range"));
        for (PenaltyClause clause : item.clauses()) {
            m.open("tr").element("th", clause.kind().label(), "scope", "row")
                    .element("td", clause.mandatory() ? t("处（应当）", "must") : t("可以处", "may"));
            m.open("td");
            clause.fine().ifPresent(f -> m.text(f.text()));
            m.close("td").close("tr");
        }
        DataTable.close(m);
        m.open("p", "class", "muted").text(t("违法依据：", "Provisions breached: "));
        provisions(m, item.breached().provisions(), anchors);
        m.text(" · ").text(t("处罚依据：", "penalised under: "));
        provisions(m, item.applied().provisions(), anchors);
        m.close("p");
        DataTable.openWithId(m, id + "-tiers", t(item.code() + "：裁量格次", item.code() + ": tiers"), t("格次", "Row"),
                t("情形", "Circumstances"), t("适用条件", "Conditions"), t("阶次", "Level"), t("处罚", "Penalty"),
                t("依据", "Basis"));
        for (Row<Tier> row : standard.tiers().rows()) {
            m.open("tr", "data-row", row.id().value()).element("th", row.id().value(), "scope", "row");
            m.element("td", row.ref().title());
            m.element("td", row.cells().isEmpty() ? "—" : row.cells().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; ")));
            m.element("td", row.output().level().label());
            m.element("td", row.output().text());
            Citation basis = row.ref().basis();
            m.element("td", basis.isEmpty() ? t("—", "—") : basis.citation());
            m.close("tr");
        }
        DataTable.close(m);
        findings(m, findings);
        m.close("section");
    }

    private static void provisions(Markup m, List<Provision> provisions, Anchors anchors) {
        for (int i = 0; i < provisions.size(); i++) {
            Tables.provision(i == 0 ? m : m.text("；"), provisions.get(i), anchors);
        }
    }

    private static String plural(String word, long n) {
        return n == 1 ? word : word + "s";
    }

    private static void findings(Markup m, List<StandardFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        m.open("ul", "class", "findings");
        for (StandardFinding f : findings) {
            m.open("li", "class", "finding-" + f.severity().name().toLowerCase(Locale.ROOT), "data-code", f.code())
                    .text(f.severity() == Severity.INFO ? t("提示：", "Note: ") : f.severity() == Severity.ERROR
                            ? t("违法：", "Error: ") : t("风险：", "Warning: "))
                    .text(f.message()).close("li");
        }
        m.close("ul");
    }
}
