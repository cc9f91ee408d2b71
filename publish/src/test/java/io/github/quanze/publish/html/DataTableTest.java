package io.github.quanze.publish.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.text.BilingualText;
import net.jqwik.api.Example;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

class DataTableTest {

    private static final BilingualText CAPTION = BilingualText.of("权责清单", "Power catalogue");
    private static final BilingualText CODE = BilingualText.of("编码", "Code");
    private static final BilingualText NAME = BilingualText.of("事项名称", "Name");

    @Example
    void aTableWithAnIdHasItsCaptionColumnHeadersAndRows() {
        Markup m = Markup.create();
        DataTable.openWithId(m, "powers", CAPTION, CODE, NAME);
        m.open("tr").element("td", "XK-001").element("td", "许可").close("tr");
        DataTable.close(m);

        assertThat(m.isClosed()).isTrue();
        Element table = Jsoup.parseBodyFragment(m.toString()).getElementById("powers");
        assertThat(table).isNotNull();
        assertThat(table.hasAttr("class")).isFalse();
        assertThat(table.child(0).tagName()).isEqualTo("caption");
        assertThat(table.selectFirst("caption > span[lang=zh-CN]").text()).isEqualTo("权责清单");
        Elements headers = table.select("thead > tr > th");
        assertThat(headers).hasSize(2).allMatch(th -> th.attr("scope").equals("col"));
        assertThat(headers.get(1).selectFirst("span[lang=en]").text()).isEqualTo("Name");
        assertThat(table.select("tbody > tr > td").eachText()).containsExactly("XK-001", "许可");
    }

    @Example
    void aTableWithAClassHasNoId() {
        Markup m = Markup.create();
        DataTable.close(DataTable.openWithClass(m, "ranking", CAPTION, CODE));

        Element table = Jsoup.parseBodyFragment(m.toString()).selectFirst("table");
        assertThat(table.className()).isEqualTo("ranking");
        assertThat(table.id()).isEmpty();
        assertThat(table.select("tbody")).hasSize(1);
        assertThat(table.select("th[scope=col]")).hasSize(1);
    }

    @Example
    void aTableOpenedAndNotClosedLeavesTheFragmentOpen() {
        Markup m = Markup.create();
        DataTable.openWithId(m, "open", CAPTION, CODE);

        assertThat(m.isClosed()).isFalse();
    }
}
