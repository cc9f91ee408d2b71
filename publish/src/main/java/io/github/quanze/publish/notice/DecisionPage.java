package io.github.quanze.publish.notice;

import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The page of published enforcement decisions (执法决定公示页面, {@value #FILE_NAME}): a table of the agency's decisions
 * as masked by its {@link MaskingPolicy} — number, kind, party as published, facts, basis, what was decided, the
 * decision and publication days, the withdrawal and its reasons, and the personal information withheld — with a
 * search and a filter by kind and status, and the masking rule stated on the page as quanze's interpretation with its
 * grounds.
 * <p>
 * Only {@link MaskedNotice}s reach the markup, so no personal value the policy removes can appear in the page, in its
 * text or in an attribute. A withdrawn decision (行政处罚法 Art 48 第二款: 撤回…并公开说明理由) is marked as withdrawn
 * and shows its withdrawal and reasons, not its party, facts or content: our reading is that withdrawn information is
 * no longer public, while the number identifies what was withdrawn. Rows are ordered by decision day, newest first,
 * then by number.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DecisionPage {

    /** The page's file name in the site. */
    public static final String FILE_NAME = "decisions.html";
    /** The id of the decisions table, which the page's filter controls name. */
    public static final String TABLE_ID = "decisions";
    /** The id of the section that states the masking rule. */
    public static final String RULE_ID = "masking-rule";

    private static final BilingualText TITLE = BilingualText.of("执法决定公示", "Published enforcement decisions");
    private static final BilingualText NO_LONGER_PUBLIC = BilingualText.of("已撤回，不再公开", "withdrawn: no longer "
            + "public");

    private final DecisionNotices notices;
    private final List<MaskedNotice> masked;

    private DecisionPage(DecisionNotices notices) {
        this.notices = notices;
        List<MaskedNotice> rows = new ArrayList<>(notices.masked());
        rows.sort(Comparator.comparing(MaskedNotice::decided).reversed().thenComparing(MaskedNotice::number));
        this.masked = List.copyOf(rows);
    }

    /**
     * Obtains the page of an agency's decisions.
     *
     * @param notices  the decisions and the policy that masks them, not null
     * @return the page, not null
     */
    public static DecisionPage of(DecisionNotices notices) {
        return new DecisionPage(Objects.requireNonNull(notices, "notices"));
    }

    /**
     * Returns the page's title.
     *
     * @return 执法决定公示, not null
     */
    public static BilingualText title() {
        return TITLE;
    }

    /**
     * Returns the notices as the page shows them, newest first.
     *
     * @return the masked notices, not null
     */
    public List<MaskedNotice> rows() {
        return masked;
    }

    /**
     * Renders the page's body: an introduction, the filter, the table and the masking rule.
     *
     * @return a finished fragment, not null
     */
    public Markup body() {
        Markup m = Markup.create();
        m.element("p", BilingualText.of("本页公开本机关作出的行政处罚决定和准予行政许可决定：具有一定社会影响的行政处罚决定应当依法"
                + "公开（《中华人民共和国行政处罚法》第四十八条第一款），准予行政许可的决定应当予以公开（《中华人民共和国行政许可法》"
                + "第四十条）；本页所列之外还公开哪些决定，由本机关依法确定。当事人的个人信息已按本页所述规则处理。",
                "This page publishes the agency's penalty decisions and the licences it granted: penalty decisions of "
                        + "some social impact are published according to law (Art 48(1), Administrative Penalty Law), "
                        + "and decisions granting a licence are published (Art 40, Administrative Licensing Law); "
                        + "which other decisions it publishes, the agency decides according to law. The parties' "
                        + "personal information is masked by the rule stated on this page."), "class", "note");
        m.element("h2", BilingualText.of("决定信息", "Decisions"));
        controls(m);
        table(m);
        rule(m);
        return m;
    }

    /**
     * Renders the whole page, with the agency as its publisher.
     *
     * @param links  the links to the other pages of the site, this page's among them or not, not null
     * @return the page, not null
     */
    public Page page(List<Page.Link> links) {
        return Page.builder(TITLE).publisher(BilingualText.of(notices.agency(), notices.agency())).links(links)
                .current(FILE_NAME).body(body()).build();
    }

    private void controls(Markup m) {
        m.open("div", "class", "controls");
        m.open("label").text(BilingualText.of("搜索", "Search")).text(" ")
                .empty("input", "type", "search", "data-filter", TABLE_ID, "aria-controls", TABLE_ID).close("label");
        m.open("label").text(BilingualText.of("类型", "Kind")).text(" ")
                .open("select", "data-filter", TABLE_ID, "data-column", "kind", "aria-controls", TABLE_ID)
                .element("option", BilingualText.of("全部", "all").zh() + " / all", "value", "");
        for (NoticeKind kind : NoticeKind.values()) {
            m.element("option", kind.label().zh() + " / " + kind.label().en(), "value", kind.name());
        }
        m.close("select").close("label");
        m.open("label").text(BilingualText.of("状态", "Status")).text(" ")
                .open("select", "data-filter", TABLE_ID, "data-column", "status", "aria-controls", TABLE_ID)
                .element("option", "全部 / all", "value", "")
                .element("option", "公开中 / public", "value", "public")
                .element("option", "已撤回 / withdrawn", "value", "withdrawn")
                .close("select").close("label");
        m.open("span").text(BilingualText.of("显示", "Shown")).text(" ")
                .element("output", String.valueOf(masked.size()), "data-filter-count", TABLE_ID).close("span");
        m.close("div");
    }

    private void table(Markup m) {
        m.open("table", "id", TABLE_ID).element("caption", BilingualText.of("执法决定公示信息（个人信息已按本页所述"
                + "规则处理，该规则是对法律的解释）", "Published decisions (personal information masked by the rule "
                + "stated on this page, an interpretation of the law)"));
        m.open("thead").open("tr");
        for (BilingualText h : List.of(BilingualText.of("决定书文号", "Number"), BilingualText.of("类型", "Kind"),
                BilingualText.of("当事人", "Party"), BilingualText.of("违法事实或许可事项", "Facts"),
                BilingualText.of("依据", "Basis"), BilingualText.of("决定内容", "Decision"),
                BilingualText.of("决定日期", "Decided"), BilingualText.of("公开日期", "Published"),
                BilingualText.of("撤回及理由", "Withdrawal and reasons"),
                BilingualText.of("已处理的个人信息", "Personal information withheld"))) {
            m.element("th", h, "scope", "col");
        }
        m.close("tr").close("thead").open("tbody");
        for (MaskedNotice n : masked) {
            row(m, n);
        }
        m.close("tbody").close("table");
    }

    private static void row(Markup m, MaskedNotice n) {
        boolean withdrawn = n.isWithdrawn();
        m.open("tr", "data-kind", n.kind().name(), "data-status", withdrawn ? "withdrawn" : "public", "class",
                withdrawn ? "withdrawn" : null);
        m.open("th", "scope", "row").text(n.number());
        if (withdrawn) {
            m.empty("br").element("strong", BilingualText.of("已撤回", "withdrawn"), "class", "finding-warning");
        }
        m.close("th");
        m.element("td", n.kind().label());
        if (withdrawn) {
            for (int i = 0; i < 4; i++) {
                m.element("td", NO_LONGER_PUBLIC, "class", "muted");
            }
        } else {
            party(m, n);
            m.element("td", n.facts());
            m.open("td").open("ul");
            for (Provision p : n.basis().provisions()) {
                m.element("li", p.citation());
            }
            m.close("ul").close("td");
            content(m, n);
        }
        m.element("td", n.decided().toString());
        m.element("td", n.published().toString());
        withdrawal(m, n);
        maskings(m, n);
        m.close("tr");
    }

    private static void party(Markup m, MaskedNotice n) {
        m.open("td").open("div").text(n.party()).close("div")
                .element("div", n.partyKind().label(), "class", "muted");
        n.creditCode().ifPresent(c -> m.open("div").text(BilingualText.of("统一社会信用代码：", "Credit code: "))
                .text(c.value()).close("div"));
        n.representative().ifPresent(r -> m.open("div").text(BilingualText.of("法定代表人（负责人、经营者）：",
                "Representative or operator: ")).text(r).close("div"));
        n.address().ifPresent(a -> m.open("div").text(BilingualText.of("地址：", "Address: ")).text(a).close("div"));
        m.close("td");
    }

    private static void content(Markup m, MaskedNotice n) {
        m.open("td");
        if (!n.penalties().isEmpty()) {
            List<BilingualText> kinds = n.penalties().stream().map(PenaltyKind::label).toList();
            m.element("div", BilingualText.joinAll("、", "; ", kinds));
        }
        n.fine().ifPresent(f -> m.element("div", BilingualText.of("罚款" + f.toPlainString() + "元",
                "fine of CNY " + f.toPlainString())));
        n.decision().ifPresent(d -> m.element("div", d));
        m.close("td");
    }

    private static void withdrawal(Markup m, MaskedNotice n) {
        m.open("td");
        n.overturned().ifPresent(o -> m.element("div", BilingualText.of(
                "决定于" + o.date() + "被依法" + o.outcome().label().zh() + "（" + o.by().label().zh() + "）",
                "decision " + o.outcome().label().en() + " on " + o.date() + " (" + o.by().label().en() + ")")));
        if (n.withdrawal().isPresent()) {
            Withdrawal w = n.withdrawal().get();
            m.element("div", BilingualText.of("于" + w.date() + "撤回", "withdrawn on " + w.date()));
            if (w.reason().isPresent()) {
                m.open("div").text(BilingualText.of("理由：", "Reasons: ")).text(w.reason().get()).close("div");
            } else {
                m.element("div", BilingualText.of("未公开说明理由", "no reasons made public"), "class",
                        "finding-error");
            }
        } else if (n.overturned().isEmpty()) {
            m.element("span", BilingualText.of("无", "none"), "class", "muted");
        }
        m.close("td");
    }

    private static void maskings(Markup m, MaskedNotice n) {
        m.open("td");
        if (n.maskings().isEmpty()) {
            m.element("span", BilingualText.of("无", "none"), "class", "muted");
        } else {
            m.open("ul");
            for (Masking k : n.maskings()) {
                m.open("li").text(k.field().label()).text("：").open("a", "href", "#" + RULE_ID)
                        .text(k.rule().label()).close("a").close("li");
            }
            m.close("ul");
        }
        m.close("td");
    }

    private void rule(Markup m) {
        MaskingPolicy policy = notices.policy();
        m.open("section", "id", RULE_ID, "aria-labelledby", RULE_ID + "-title");
        m.element("h2", BilingualText.of("个人信息处理规则", "How personal information is masked"), "id",
                RULE_ID + "-title");
        m.element("p", BilingualText.of("以下规则是对法律的解释（quanze的默认规则），不是法律条文的原文：现行法律、法规和规章均"
                + "未列明公示时应当删除或者隐去的个人信息字段。依据是：具有一定社会影响的行政处罚决定和准予行政许可决定应当公开"
                + "（《中华人民共和国行政处罚法》第四十八条第一款、《中华人民共和国行政许可法》第四十条）；处理个人信息应当采取对个人"
                + "权益影响最小的方式（《中华人民共和国个人信息保护法》第六条第一款），国家机关处理个人信息不得超出履行法定职责所"
                + "必需的范围和限度（同法第三十四条）；姓名、出生日期、身份证件号码、住址、电话号码、电子邮箱等属个人信息（《中华"
                + "人民共和国民法典》第一千零三十四条第二款），国家机关对履行职责中知悉的个人信息应当予以保密（同法第一千零三十九"
                + "条）；涉及个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开（《中华人民共和国政府信息公开条例》"
                + "第十五条）。",
                "The rules below are an interpretation of the law (quanze's default rules), not the words of a "
                        + "statute: no law, regulation or rule in force lists the fields to remove or reduce when "
                        + "decisions are published. Their grounds: penalty decisions of some social impact and "
                        + "licences granted are published (Art 48(1), Administrative Penalty Law; Art 40, "
                        + "Administrative Licensing Law); personal information is handled in the way least intrusive "
                        + "on the person's rights (Art 6(1), Personal Information Protection Law), and a state organ "
                        + "handles it only within what its statutory duties need (Art 34); name, birth date, ID "
                        + "number, address, phone number and email are personal information (Art 1034(2), Civil Code), "
                        + "which state organs keep confidential (Art 1039); government information whose publication "
                        + "would harm a third party's lawful rights, such as personal privacy, is not published "
                        + "(Art 15, Regulations on the Disclosure of Government Information)."), "class",
                "interpretation");
        m.element("p", policy.nameRule());
        m.open("table").element("caption", BilingualText.of("处理规则及其依据", "Rules and their grounds"));
        m.open("thead").open("tr").element("th", BilingualText.of("规则", "Rule"), "scope", "col")
                .element("th", BilingualText.of("说明", "What and why"), "scope", "col")
                .element("th", BilingualText.of("依据", "Grounds"), "scope", "col").close("tr").close("thead");
        m.open("tbody");
        for (MaskingRule r : policy.rules()) {
            m.open("tr").element("th", r.label(), "scope", "row").element("td", r.explanation())
                    .element("td", r.grounds().citation()).close("tr");
        }
        m.close("tbody").close("table");
        m.element("p", BilingualText.of("参照的惯例（对本机关无约束力；条文据公开转载）：已废止的《工商行政管理行政处罚信息公示暂行规定》（原国家"
                + "工商行政管理总局令第71号）第六条删除自然人住所（与经营场所一致的除外）、通讯方式、身份证号码、银行账号等个人信息；"
                + "《最高人民法院关于人民法院在互联网公布裁判文书的规定》（法释〔2016〕19号）第八条至第十条保留姓氏、名字以“某”"
                + "替代，并删除家庭住址、通讯方式、身份证号码、银行账号等信息。",
                "Conventions followed (not binding on the agency; their wording as reprinted in public sources): the "
                        + "repealed Interim Provisions on the Publicity "
                        + "of Administrative Penalty Information of the administration for industry and commerce "
                        + "(SAIC Order No. 71, 2014), Art 6, deleted a natural person's domicile (unless it was the "
                        + "business premises), contact details, ID number and bank account; the Supreme People's "
                        + "Court's provisions on publishing judgments online (Fa Shi [2016] No. 19), Art 8 to 10, keep "
                        + "the surname, replace the given name with 某 and delete home address, contact details, ID "
                        + "number and bank account."), "class", "note");
        m.close("section");
    }
}
