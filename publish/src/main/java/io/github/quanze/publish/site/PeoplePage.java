package io.github.quanze.publish.site;

import static io.github.quanze.publish.site.Tables.t;

import io.github.quanze.organization.Agency;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.procedure.DisclosureItem;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 执法主体和人员 page, the 事前公开 of who enforces: the agency (行政处罚法 Art 39: 实施机关; 国办发〔2018〕118号:
 * 执法主体), its units and posts with their duties, and its officers (118号: 人员) with their posts and enforcement
 * certificates: number, areas, validity and status on the site's date.
 */
final class PeoplePage {

    static final String PATH = "people.html";

    private PeoplePage() {}

    static Page render(AgencySite site, SiteFrame frame) {
        Organization org = site.organization();
        Agency agency = site.agency();
        List<Unit> units = org.units().stream().filter(u -> u.agency().equals(agency.id())).toList();
        Set<Object> unitIds = units.stream().map(Unit::id).collect(Collectors.toSet());
        List<Post> posts = org.posts().stream().filter(p -> unitIds.contains(p.unit())).toList();
        List<Officer> officers = org.officers().stream().filter(o -> o.agency().equals(agency.id())).toList();
        Markup m = Markup.create();

        m.element("h2", DisclosureItem.SUBJECT.label(), "id", "agency");
        m.open("p").text(t("公示依据：", "Published under ")).text(DisclosureItem.SUBJECT.basis().citation())
                .close("p");
        DataTable.openWithId(m, "agency-table", t("执法主体", "Enforcement agency"), t("名称", "Name"), t("标识", "Id"),
                t("内设机构", "Units"), t("执法人员", "Officers"));
        m.open("tr").element("th", agency.name(), "scope", "row").element("td", agency.id().value())
                .element("td", String.valueOf(units.size()), "class", "number")
                .element("td", String.valueOf(officers.size()), "class", "number").close("tr");
        DataTable.close(m);

        m.element("h2", t("内设机构和岗位", "Units and posts"), "id", "posts");
        DataTable.openWithId(m, "posts-table", t("岗位及其职责", "Posts and their duties"), t("岗位", "Post"),
                t("内设机构", "Unit"), t("职责", "Duties"), t("在岗人员", "Officers"));
        for (Post post : posts) {
            m.open("tr", "id", "post-" + post.id().value()).element("th", post.name(), "scope", "row")
                    .element("td", org.unit(post.unit()).name());
            m.open("td");
            if (!post.duties().isEmpty()) {
                m.open("ul");
                post.duties().forEach(d -> m.element("li", d));
                m.close("ul");
            }
            m.close("td");
            m.element("td", org.officersAt(post.id()).stream().map(Officer::name).collect(Collectors.joining("、")));
            m.close("tr");
        }
        DataTable.close(m);

        m.element("h2", DisclosureItem.OFFICERS.label(), "id", "officers");
        m.open("p").text(t("公示依据：", "Published under ")).text(DisclosureItem.OFFICERS.basis().citation())
                .text(t("。执法证状态为" + site.date() + "的状态。", ". Certificate status as on " + site.date() + "."))
                .close("p");
        DataTable.openWithId(m, "officers-table", t("执法人员及其执法证", "Officers and their enforcement certificates"),
                t("姓名", "Name"), t("岗位", "Posts"), t("执法证号", "Certificate"), t("执法领域", "Areas"),
                t("有效期", "Valid"), t("发证机关", "Issued by"), t("状态", "Status"));
        for (Officer officer : officers) {
            List<EnforcementCredential> credentials = org.credentialsOf(officer.id());
            String postNames = officer.posts().stream().map(PostId::value).sorted()
                    .map(id -> org.findPost(PostId.of(id)).map(Post::name).orElse(id))
                    .collect(Collectors.joining("、"));
            if (credentials.isEmpty()) {
                m.open("tr", "data-officer", officer.id().value()).element("th", officer.name(), "scope", "row")
                        .element("td", postNames)
                        .element("td", t("无执法证", "no certificate"), "class", "finding-warning")
                        .element("td", "").element("td", "").element("td", "").element("td", "").close("tr");
            }
            for (EnforcementCredential c : credentials) {
                credential(m, officer, postNames, c, site.date());
            }
        }
        DataTable.close(m);
        return frame.page(PATH, t("执法主体和人员", "Agency and officers")).body(m).build();
    }

    private static void credential(Markup m, Officer officer, String posts, EnforcementCredential c, LocalDate date) {
        CredentialStatus status = c.statusOn(date);
        m.open("tr", "data-officer", officer.id().value()).element("th", officer.name(), "scope", "row")
                .element("td", posts).element("td", c.number(), "class", "certificate")
                .element("td", String.join("、", c.areas().stream().sorted().toList()))
                .element("td", c.validFrom() + " – " + c.validUntil()).element("td", c.issuingAuthority())
                .element("td", status.label(), "class", status == CredentialStatus.VALID ? "finding-ok"
                        : "finding-error", "data-status", status.name())
                .close("tr");
    }
}
