package io.github.quanze.publish.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class DecisionPageTest {

    private static final List<Page.Link> LINKS = List.of(
            new Page.Link("powers.html", BilingualText.of("权责清单", "Powers")),
            new Page.Link(DecisionPage.FILE_NAME, BilingualText.of("执法决定公示", "Decisions")));

    private static String html(DecisionNotices notices) {
        return DecisionPage.of(notices).page(LINKS).html();
    }

    /** Every value the masking must keep off the page, for each notice of the list. */
    private static List<String> withheld(DecisionNotices notices) {
        List<String> values = new ArrayList<>();
        for (DecisionNotice n : notices.notices()) {
            Party p = n.party();
            p.idNumber().ifPresent(id -> values.add(id.value()));
            p.phone().ifPresent(values::add);
            p.email().ifPresent(values::add);
            p.bankAccount().ifPresent(values::add);
            if (p.kind().isNaturalPerson() && !p.addressIsPremises()) {
                p.address().ifPresent(values::add);
            }
            values.addAll(n.thirdPersons());
            if (notices.policy().reducesNames() && p.kind().isNaturalPerson()) {
                values.add(p.name());
            }
            if (notices.policy().reducesNames()) {
                p.representative().ifPresent(values::add);
            }
        }
        return values;
    }

    @Example
    void theTobaccoPageShowsNoWithheldValueInTextOrAttributes() {
        DecisionNotices decisions = DecisionNoticeDocumentsTest.tobaccoDecisions();
        String page = html(decisions);
        List<String> values = withheld(decisions);
        assertThat(values).contains("990102198503142013", "13900001111", "zhaolx@example.invalid", "周小明",
                "示例市城北区和平路6号3单元502室", "6217000033334444555");
        for (String value : values) {
            assertThat(page).as("withheld value of %s characters", value.length()).doesNotContain(value);
        }
        Document doc = Jsoup.parse(page);
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertThat(values).noneMatch(v -> a.getValue().contains(v)));
        }
        // published: the names of the parties, the shop's premises and the company's code
        assertThat(page).contains("赵立新", "示例市城关区解放路18号", "91990100MA0A1B2C3F", "欧阳明华",
                "示例市城西区光明街21号商铺", "周某");
    }

    @Example
    void reducingNamesKeepsEveryNaturalPersonsFullNameOffThePage() {
        DecisionNotices tobacco = DecisionNoticeDocumentsTest.tobaccoDecisions();
        DecisionNotices reduced = DecisionNotices.of(tobacco.agency(), MaskingPolicy.reducingNames(),
                tobacco.notices());
        String page = html(reduced);
        for (String value : withheld(reduced)) {
            assertThat(page).doesNotContain(value);
        }
        assertThat(withheld(reduced)).contains("赵立新", "欧阳明华", "李建国");
        assertThat(page).contains("赵某", "欧阳某", "李某", "示例市惠民连锁超市有限公司");
        assertThat(Jsoup.parse(page).select("#masking-rule tbody th").text()).contains("姓名隐去名字");
    }

    @Example
    void thePageHasItsTableFilterHeadingsAndTheRuleAsAnInterpretation() {
        Document doc = Jsoup.parse(html(DecisionNoticeDocumentsTest.tobaccoDecisions()));
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h1, h2, h3").eachAttr("tagName")).isNotNull();
        List<Integer> levels = doc.select("h1, h2, h3, h4").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %s", i).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        Element table = doc.getElementById(DecisionPage.TABLE_ID);
        assertThat(table.select("caption")).hasSize(1);
        assertThat(table.select("caption [lang=zh-CN]").text()).contains("对法律的解释");
        assertThat(table.select("thead th[scope=col]")).hasSize(10);
        assertThat(table.select("tbody tr")).hasSize(5).allSatisfy(row -> {
            assertThat(row.select("th[scope=row]")).hasSize(1);
            assertThat(row.attr("data-kind")).isIn("PENALTY", "LICENCE");
        });
        assertThat(table.select("tbody tr th").eachText().get(0)).startsWith("示烟许〔2026〕108号");
        assertThat(doc.select("input[data-filter=decisions]")).hasSize(1);
        assertThat(doc.select("select[data-filter=decisions][data-column=kind] option").eachAttr("value"))
                .containsExactly("", "PENALTY", "LICENCE");
        assertThat(doc.select("select[data-filter=decisions][data-column=status]")).hasSize(1);
        assertThat(doc.select("[data-filter-count=decisions]").text()).isEqualTo("5");
        assertThat(doc.select("table")).allSatisfy(t -> assertThat(t.select("caption")).hasSize(1));
        Element rule = doc.getElementById(DecisionPage.RULE_ID);
        assertThat(rule.select("p.interpretation [lang=zh-CN]").text()).contains("对法律的解释");
        assertThat(rule.select("p.interpretation [lang=en]").text()).contains("interpretation");
        assertThat(rule.text()).contains("《中华人民共和国个人信息保护法》第二十八条第一款", "法释〔2016〕19号",
                "第71号", "《中华人民共和国民法典》第一千零三十四条第二款");
        assertThat(doc.select("a[href=#masking-rule]")).isNotEmpty();
        assertThat(doc.select("a[aria-current=page]").attr("href")).isEqualTo(DecisionPage.FILE_NAME);
    }

    @Example
    void aWithdrawnDecisionIsMarkedAndShowsItsReasonsNotItsContent() {
        Document doc = Jsoup.parse(html(DecisionNoticeDocumentsTest.tobaccoDecisions()));
        Element row = doc.select("tr[data-status=withdrawn]").first();
        assertThat(row).isNotNull();
        assertThat(row.hasClass("withdrawn")).isTrue();
        assertThat(row.select("th").text()).contains("示烟罚〔2026〕29号", "已撤回");
        assertThat(row.text()).contains("2026-10-21", "行政复议机关撤销", "已撤回，不再公开")
                .doesNotContain("钱卫东", "违法销售总额9000元");
        assertThat(doc.select("tr[data-status=public]")).hasSize(4);
    }

    @Example
    void thePageIsTheSameEveryTime() {
        assertThat(html(DecisionNoticeDocumentsTest.tobaccoDecisions()))
                .isEqualTo(html(DecisionNoticeDocumentsTest.tobaccoDecisions()));
    }

    @Property(tries = 200)
    void theMaskedPageNeverShowsANaturalPersonsIdPhoneEmailAccountOrHome(@ForAll("parties") Party party,
            @ForAll boolean reduceNames) {
        DecisionNotice notice = DecisionNotice.builder().number("示烟罚〔2026〕7号").kind(NoticeKind.PENALTY)
                .agency("示例市烟草专卖局").party(party).facts("经查，" + party.name() + "销售非法生产的卷烟10条。")
                .basis(Fixtures.BASIS_PENALTY).addPenalty(PenaltyKind.FINE).fine(new BigDecimal("500"))
                .decided(Fixtures.DATE_2026_09_10).published(Fixtures.DATE_2026_09_15).build();
        DecisionNotices notices = DecisionNotices.of("示例市烟草专卖局",
                reduceNames ? MaskingPolicy.reducingNames() : MaskingPolicy.standard(), List.of(notice));
        String page = html(notices);
        assertThat(page).doesNotContain(party.idNumber().orElseThrow().value(), party.phone().orElseThrow(),
                party.email().orElseThrow(), party.bankAccount().orElseThrow(), party.address().orElseThrow());
        if (reduceNames) {
            assertThat(page).doesNotContain(party.name()).contains(MaskingPolicy.reduce(party.name()));
        }
    }

    @Provide
    Arbitrary<Party> parties() {
        Arbitrary<String> han = Arbitraries.chars().range('\u4e00', '\u9fa5').filter(c -> c != '某')
                .map(String::valueOf);
        Arbitrary<String> names = han.list().ofMinSize(2).ofMaxSize(4).map(l -> String.join("", l));
        Arbitrary<String> ids = Arbitraries.integers().between(0, 30000).flatMap(d -> Arbitraries.integers()
                .between(0, 999).map(s -> {
                    LocalDate born = LocalDate.of(1940, 1, 1).plusDays(d);
                    String body = "990102" + String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
                            born.getDayOfMonth(), s);
                    return body + ResidentIdNumber.checkCharacter(body);
                }));
        Arbitrary<String> phones = Arbitraries.integers().between(3, 9).flatMap(second -> Arbitraries.strings()
                .numeric().ofLength(9).map(rest -> "1" + second + rest));
        Arbitrary<String> emails = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12)
                .map(local -> local + "@mail.example.invalid");
        Arbitrary<String> accounts = Arbitraries.strings().numeric().ofMinLength(16).ofMaxLength(19)
                .map(digits -> "62" + digits);
        Arbitrary<String> homes = han.list().ofMinSize(4).ofMaxSize(10).map(l -> "示例市" + String.join("", l) + "号");
        return Builders.withBuilder(() -> Party.builder().kind(PartyKind.NATURAL_PERSON))
                .use(names).in(Party.Builder::name)
                .use(ids).in((b, id) -> b.idNumber(ResidentIdNumber.parse(id)))
                .use(phones).in(Party.Builder::phone)
                .use(emails).in(Party.Builder::email)
                .use(accounts).in(Party.Builder::bankAccount)
                .use(homes).in(Party.Builder::address)
                .build(Party.Builder::build);
    }
}
