package io.github.quanze.publish.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerKind;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

class SiteRendererTest {

    private static final LocalDate DATE_2026_06_30 = LocalDate.of(2026, 6, 30);
    private static final AgencyDocuments TOBACCO = AgencyDocuments.read(AgencyDocumentsTest.TOBACCO);
    private static final AgencySite SITE = AgencySite.from(TOBACCO, DATE_2026_06_30);
    private static final Site RENDERED = SiteRenderer.standard().render(SITE);
    private static final List<String> PAGES = List.of("index.html", "powers.html", "basis.html", "procedures.html",
            "standards.html", "decisions.html", "people.html");

    private static Document page(String path) {
        return Jsoup.parse(RENDERED.page(path));
    }

    private static Map<String, Document> pages(Site site) {
        Map<String, Document> docs = new HashMap<>();
        site.pages().forEach((path, html) -> docs.put(path, Jsoup.parse(html)));
        return docs;
    }

    @Example
    void theSiteHasItsPagesInTheOrderOfItsNavigation() {
        assertThat(RENDERED.pages().keySet()).containsExactlyElementsOf(PAGES);
        for (String path : PAGES) {
            Document doc = page(path);
            assertThat(doc.select("header nav a").eachAttr("href")).as(path).containsExactlyElementsOf(PAGES);
            assertThat(doc.select("header nav a[aria-current=page]").eachAttr("href")).containsExactly(path);
        }
    }

    @Example
    void everyPageHasOneH1HeadingsInOrderAndTablesWithCaptionsAndHeaderCells() {
        for (String path : PAGES) {
            Document doc = page(path);
            assertThat(doc.select("h1")).as(path).hasSize(1);
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = Integer.parseInt(h.tagName().substring(1));
                assertThat(level).as("%s: %s after h%s", path, h.text(), previous).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            for (Element table : doc.select("table")) {
                assertThat(table.select("> caption")).as(path + " " + table.id()).hasSize(1);
                assertThat(table.select("> caption").text()).isNotBlank();
                Elements heads = table.select("> thead th");
                assertThat(heads).isNotEmpty();
                assertThat(heads.eachAttr("scope")).containsOnly("col");
                assertThat(table.select("> tbody th").eachAttr("scope")).containsOnly("row");
            }
            for (Element svg : doc.select("svg")) {
                assertThat(svg.attr("role")).isEqualTo("img");
                assertThat(doc.getElementById(svg.attr("aria-labelledby"))).isNotNull();
            }
            assertThat(doc.select("img:not([alt])")).isEmpty();
            // bilingual: every Chinese span has its English twin
            assertThat(doc.select("main span[lang=zh-CN]").size()).isEqualTo(doc.select("main span[lang=en]").size());
        }
    }

    @Example
    void everyPowerIsListedOnceWithItsKindAndTheFilterAttributes() {
        Document doc = page("powers.html");

        Elements rows = doc.select("#powers-table > tbody > tr");
        assertThat(rows).hasSize(TOBACCO.powers().size());
        for (Power power : TOBACCO.powers().powers()) {
            Elements mine = rows.select("tr[id=" + Anchors.power(power.code()) + "]");
            assertThat(mine).as(power.code().value()).hasSize(1);
            Element row = mine.first();
            assertThat(row.attr("data-kind")).isEqualTo(power.kind().name());
            assertThat(row.attr("data-search")).contains(power.code().value(), power.name());
            assertThat(row.selectFirst("th[scope=row]").text()).isEqualTo(power.code().value());
            assertThat(row.select("a.provision")).hasSize(power.provisions().size()
                    + power.accountabilityClauses().stream().mapToInt(c -> c.basis().provisions().size()).sum());
        }
        Element search = doc.selectFirst("input[type=search]");
        assertThat(search.attr("data-filter")).isEqualTo("powers-table");
        assertThat(doc.selectFirst("label[for=" + search.id() + "]")).isNotNull();
        Element select = doc.selectFirst("select[data-filter=powers-table]");
        assertThat(select.attr("data-column")).isEqualTo("kind");
        Set<String> kinds = TOBACCO.powers().powers().stream().map(p -> p.kind().name()).collect(Collectors.toSet());
        assertThat(select.select("option").eachAttr("value")).contains("").containsAll(kinds)
                .hasSize(kinds.size() + 1);
        assertThat(doc.selectFirst("[data-filter-count=powers-table]").text())
                .isEqualTo(String.valueOf(TOBACCO.powers().size()));
    }

    @Example
    void aPowerShowsItsPostsItsDutiesAndItsFlowchartsAndStandardItems() {
        Document doc = page("powers.html");

        Element cf005 = doc.getElementById("power-CF-005");
        assertThat(cf005.text()).contains("立案责任", "违反法定的行政处罚程序的");
        List<String> posts = TOBACCO.allocation().forPower(TOBACCO.powers().powers().get(4).code()).stream()
                .map(a -> TOBACCO.organization().post(a.post()).name()).toList();
        assertThat(posts).isNotEmpty();
        assertThat(cf005.text()).contains(posts);
        // a penalty links to every procedure serving penalties; a licence does not
        List<String> penaltyProcedures = SITE.procedures().entrySet().stream()
                .filter(e -> e.getValue().contains(PowerKind.ADMINISTRATIVE_PENALTY)).map(e -> e.getKey().name().zh())
                .toList();
        assertThat(penaltyProcedures).contains("涉案卷烟先行登记保存案件处理流程", "行政处罚普通程序");
        assertThat(cf005.select("a[href^=procedures.html#] span[lang=zh-CN]").eachText())
                .containsExactlyElementsOf(penaltyProcedures);
        Element licence = doc.select("#powers-table tr[data-kind=ADMINISTRATIVE_LICENSING]").first();
        assertThat(licence.select("a[href^=procedures.html#] span[lang=zh-CN]").eachText())
                .containsExactly("行政许可一般程序");
        assertThat(licence.select("a[href^=standards.html#]")).isEmpty();
        // CF-001 (烟草专卖法第二十八条, 实施条例第五十一条) has the items of 实施条例第五十一条's items in both standards
        Element cf001 = doc.getElementById("power-CF-001");
        assertThat(cf001.select("a[href^=standards.html#]").eachText()).isNotEmpty()
                .allSatisfy(text -> assertThat(text).contains("TL-51-"));
    }

    @Example
    void everyLinkWithinTheSiteResolvesToAPageAndAnAnchor() {
        Map<String, Document> docs = pages(RENDERED);
        int provisionLinks = 0;
        for (Map.Entry<String, Document> e : docs.entrySet()) {
            for (Element a : e.getValue().select("a[href]")) {
                String href = a.attr("href");
                assertThat(href).doesNotContain(":");
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String path = target.isEmpty() ? e.getKey() : target;
                assertThat(docs).as("%s links to %s", e.getKey(), href).containsKey(path);
                if (href.contains("#")) {
                    String id = href.substring(href.indexOf('#') + 1);
                    assertThat(docs.get(path).getElementById(id)).as("%s links to %s", e.getKey(), href).isNotNull();
                }
                if (a.hasClass("provision")) {
                    assertThat(path).isEqualTo("basis.html");
                    provisionLinks++;
                }
            }
        }
        assertThat(provisionLinks).isGreaterThan(TOBACCO.powers().size());
    }

    @Example
    void theBasisPageListsEveryInstrumentOfTheCatalogueWithItsAnchor() {
        Document doc = page("basis.html");

        assertThat(doc.select("section.instrument")).hasSizeGreaterThanOrEqualTo(TOBACCO.basis().instruments().size());
        for (var instrument : TOBACCO.basis().instruments()) {
            assertThat(doc.select("section.instrument h3 span[lang=zh-CN]").eachText()).contains(instrument.citation());
        }
        Element cited = doc.select("li[id]").first();
        assertThat(cited.select("a[href^=powers.html#], a[href^=procedures.html#], a[href^=standards.html#]"))
                .isNotEmpty();
    }

    @Example
    void everyProcedureHasItsFlowchartWithOneBoxPerStepAndItsStepTable() {
        Document doc = page("procedures.html");

        Elements sections = doc.select("section.procedure");
        assertThat(sections).hasSize(SITE.procedures().size());
        int i = 0;
        for (Procedure procedure : SITE.procedures().keySet()) {
            Element section = sections.get(i++);
            assertThat(section.selectFirst("h2 span[lang=zh-CN]").text()).isEqualTo(procedure.name().zh());
            Element svg = section.selectFirst("figure > svg");
            assertThat(svg.select("g.step")).hasSize(procedure.steps().size());
            assertThat(svg.select("g.step").eachAttr("data-step")).containsExactlyInAnyOrderElementsOf(
                    procedure.steps().stream().map(s -> s.kind().name()).toList());
            assertThat(section.select("figcaption")).hasSize(1);
            assertThat(section.select("table > tbody > tr")).hasSize(procedure.steps().size());
        }
        assertThat(doc.select("svg").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Example
    void everyStandardItemShowsItsFrameItsTiersAndItsVerification() {
        Document doc = page("standards.html");

        for (DiscretionStandard standard : TOBACCO.standards()) {
            Element section = doc.select("section.standard").stream()
                    .filter(s -> s.selectFirst("h2").text().contains(standard.number())).findFirst().orElseThrow();
            assertThat(section.select("p[data-errors]")).hasSize(1);
            Elements items = section.select("section.item");
            assertThat(items.eachAttr("data-item")).containsExactlyElementsOf(
                    standard.items().stream().map(it -> it.item().code()).toList());
            for (int k = 0; k < items.size(); k++) {
                Element item = items.get(k);
                assertThat(item.select("h3")).hasSize(1);
                assertThat(item.select("table[id$=-frame] > tbody > tr"))
                        .hasSize(standard.items().get(k).item().clauses().size());
                assertThat(item.select("table[id$=-tiers] > tbody > tr"))
                        .hasSize(standard.items().get(k).tiers().rows().size());
            }
        }
        for (Element finding : doc.select("ul.findings > li")) {
            assertThat(finding.select("span[lang=zh-CN]")).isNotEmpty();
            assertThat(finding.select("span[lang=en]")).isNotEmpty();
            assertThat(finding.attr("data-code")).startsWith("STANDARD.");
        }
        assertThat(doc.select("main > p").first().text()).contains("第三十四条");
    }

    @Example
    void thePeoplePageShowsTheAgencyItsPostsAndItsOfficersCertificatesOnTheSitesDate() {
        Document doc = page("people.html");

        assertThat(doc.select("#agency-table th[scope=row]").text()).isEqualTo(SITE.agency().name());
        for (Officer officer : TOBACCO.organization().officers()) {
            Elements rows = doc.select("#officers-table tr[data-officer=" + officer.id().value() + "]");
            if (!officer.agency().equals(SITE.agency().id())) {
                assertThat(rows).isEmpty();
                continue;
            }
            List<EnforcementCredential> credentials = TOBACCO.organization().credentialsOf(officer.id());
            assertThat(rows).hasSize(Math.max(1, credentials.size()));
            for (EnforcementCredential c : credentials) {
                Element row = rows.stream().filter(r -> r.select("td.certificate").text().equals(c.number()))
                        .findFirst().orElseThrow();
                assertThat(row.select("td[data-status]").attr("data-status"))
                        .isEqualTo(c.statusOn(DATE_2026_06_30).name());
                assertThat(row.text()).contains(c.validUntil().toString());
            }
        }
        assertThat(doc.select("main").text()).contains("国办发〔2018〕118号", "第三十九条");
    }

    @Example
    void theIndexCountsWhatEachPageHolds() {
        Document doc = page("index.html");

        Elements rows = doc.select("#contents-table > tbody > tr");
        assertThat(rows.select("th a").eachAttr("href")).containsExactlyElementsOf(PAGES.subList(1, PAGES.size()));
        assertThat(rows.get(0).selectFirst("td.number").text()).isEqualTo(String.valueOf(TOBACCO.powers().size()));
        assertThat(doc.select("time").attr("datetime")).isEqualTo("2026-06-30");
    }

    @Example
    void theSameSiteRendersTheSamePages() {
        Site again = SiteRenderer.standard().render(AgencySite.from(AgencyDocuments.read(AgencyDocumentsTest.TOBACCO),
                DATE_2026_06_30));

        assertThat(again.pages()).isEqualTo(RENDERED.pages());
        assertThat(SiteRenderer.standard().render(AgencySite.from(TOBACCO, DATE_2026_06_30.plusYears(3))).pages()
                .get("people.html")).isNotEqualTo(RENDERED.page("people.html"));
    }

    @Example
    void anExtraPageJoinsTheNavigationOfEveryPage() {
        SitePage rules = extra("rules.html", "none");
        Site site = SiteRenderer.standard().withPage(rules).render(SITE);

        assertThat(site.pages().keySet()).containsExactly("index.html", "powers.html", "basis.html",
                "procedures.html", "standards.html", "decisions.html", "rules.html", "people.html");
        for (Document doc : pages(site).values()) {
            assertThat(doc.select("header nav a").eachAttr("href")).contains("rules.html");
        }
        Document page = Jsoup.parse(site.page("rules.html"));
        assertThat(page.select("nav a[aria-current=page]").attr("href")).isEqualTo("rules.html");
        assertThat(page.getElementById("empty")).isNotNull();
        assertThatIllegalArgumentException().isThrownBy(() -> SiteRenderer.standard().withPage(rules)
                .withPage(rules)).withMessageContaining("rules.html");
    }

    @Example
    void theSitesOwnDecisionsFillDecisionsHtmlAndAnExtraPageOfThatPathIsRefused() {
        Document own = Jsoup.parse(RENDERED.page("decisions.html"));
        assertThat(own.select("table#decisions tbody tr")).hasSize(5);
        assertThat(own.select("nav a[aria-current=page]").attr("href")).isEqualTo("decisions.html");
        assertThat(Jsoup.parse(RENDERED.page("index.html")).select("main a[href=decisions.html]")).isNotEmpty();

        SiteRenderer clashing = SiteRenderer.standard().withPage(extra("decisions.html", "other"));
        assertThatIllegalArgumentException().isThrownBy(() -> clashing.render(SITE))
                .withMessageContaining("decisions.html").withMessageContaining("执法决定公示");
        AgencySite without = AgencySite.builder().date(DATE_2026_06_30).basis(TOBACCO.basis())
                .powers(TOBACCO.powers()).organization(TOBACCO.organization()).allocation(TOBACCO.allocation())
                .build();
        assertThat(without.decisions()).isEmpty();
        assertThat(Jsoup.parse(clashing.render(without).page("decisions.html")).getElementById("empty")).isNotNull();
    }

    private static SitePage extra(String path, String text) {
        return new SitePage() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public BilingualText label() {
                return BilingualText.of("执法制度", "Rules");
            }

            @Override
            public Page render(SiteFrame frame) {
                return frame.page(path(), label()).body(Markup.create().element("p", text, "id", "empty")).build();
            }
        };
    }

    @Example
    void aProcedureServesTheKindsOfPowerItsStepsShow() {
        assertThat(AgencySite.kindsServed(ProcedureTemplates.PENALTY_ORDINARY))
                .containsExactly(PowerKind.ADMINISTRATIVE_PENALTY);
        assertThat(AgencySite.kindsServed(ProcedureTemplates.PENALTY_SUMMARY))
                .containsExactly(PowerKind.ADMINISTRATIVE_PENALTY);
        assertThat(AgencySite.kindsServed(ProcedureTemplates.LICENSING_GENERAL))
                .containsExactly(PowerKind.ADMINISTRATIVE_LICENSING);
        assertThat(AgencySite.kindsServed(ProcedureTemplates.SEIZURE_AND_DETENTION))
                .containsExactly(PowerKind.ADMINISTRATIVE_COERCION);
        assertThat(AgencySite.kindsServed(ProcedureTemplates.CRIMINAL_REFERRAL)).isEmpty();
        // the statutory procedures of kinds the catalogue does not hold are left out
        assertThat(SITE.procedures().keySet()).extracting(p -> p.name().zh()).containsExactly(
                "涉案卷烟先行登记保存案件处理流程", "行政处罚普通程序", "行政处罚简易程序", "行政许可一般程序", "查封、扣押");
    }

    @Example
    void aSiteWhoseOrganizationLacksTheAgencyIsRefused() {
        AgencySite.Builder b = AgencySite.builder().date(DATE_2026_06_30).basis(TOBACCO.basis())
                .powers(TOBACCO.powers()).organization(io.github.quanze.organization.Organization.builder().build())
                .allocation(TOBACCO.allocation());

        assertThatIllegalArgumentException().isThrownBy(b::build)
                .withMessageContaining(TOBACCO.powers().agency().toString());
    }
}
