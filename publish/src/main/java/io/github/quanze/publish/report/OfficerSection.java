package io.github.quanze.publish.report;

import io.github.quanze.assessment.OfficerAppraisal;
import io.github.quanze.assessment.OfficerCard;
import io.github.quanze.assessment.OfficerRating;
import io.github.quanze.publish.html.DataTable;
import io.github.quanze.publish.html.Markup;
import io.github.quanze.text.BilingualText;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The section of officers' ratings and cards (执法人员考核与红黄绿卡): the officers counted by rating and card, then
 * one card per officer in a grid, the worst card first, each naming its rating, its card and the card's effect in
 * words, so that no reader depends on its colour. Package-private.
 */
final class OfficerSection {

    static final BilingualText HEADING = BilingualText.of("六、执法人员考核与红黄绿卡", "6. Officers' ratings and cards");

    /** Worst card first, then worst rating, then officer id. */
    private static final Comparator<OfficerAppraisal> ORDER = Comparator
            .comparing((OfficerAppraisal a) -> -a.card().ordinal())
            .thenComparing(a -> -a.rating().ordinal())
            .thenComparing(a -> a.officer().value());

    private OfficerSection() {}

    static void render(Markup m, List<OfficerAppraisal> appraisals) {
        m.open("section", "id", "officers", "aria-labelledby", "officers-h");
        m.element("h2", HEADING, "id", "officers-h");
        if (appraisals.isEmpty()) {
            m.element("p", BilingualText.of("本报告未提供此项数据。", "This report was not given these data."), "class",
                    "note").close("section");
            return;
        }
        long[][] counts = new long[OfficerRating.values().length][OfficerCard.values().length];
        for (OfficerAppraisal a : appraisals) {
            counts[a.rating().ordinal()][a.card().ordinal()]++;
        }
        BilingualText[] headers = new BilingualText[OfficerCard.values().length + 1];
        headers[0] = BilingualText.of("考核等次", "rating");
        for (OfficerCard c : OfficerCard.values()) {
            headers[c.ordinal() + 1] = c.label();
        }
        DataTable.openWithClass(m, "officer-counts", BilingualText.of("执法人员按考核等次和卡别计数（人）",
                "Officers by rating and card"), headers);
        for (OfficerRating r : OfficerRating.values()) {
            m.open("tr");
            Tables.rowHeader(m, r.label());
            for (OfficerCard c : OfficerCard.values()) {
                Tables.number(m, Long.toString(counts[r.ordinal()][c.ordinal()]));
            }
            m.close("tr");
        }
        DataTable.close(m);
        m.element("p", BilingualText.of("红黄绿卡的给出条件和效力为本库的解释（黄卡：暂停执法、暂扣执法证件、离岗培训；红卡：取消执法资格）。",
                "What earns each card, and its effect, are the library's interpretation (yellow: enforcement and "
                        + "certificate suspended, off-post training; red: qualification revoked)."), "class", "note");
        m.open("ul", "class", "officer-cards", "aria-label", "执法人员卡片 Officers' cards");
        for (OfficerAppraisal a : appraisals.stream().sorted(ORDER).toList()) {
            m.open("li", "class", "officer-card card-" + a.card().name().toLowerCase(Locale.ROOT),
                    "data-card", a.card().name(), "data-officer", a.officer().value());
            m.element("p", a.facts().name() + "（" + a.officer().value() + "）", "class", "officer-name");
            m.open("p").text(BilingualText.of("考核等次：", "Rating: ")).text(a.rating().label()).close("p");
            m.open("p", "class", "card-label").element("span", "■", "class", "swatch", "aria-hidden", "true")
                    .text(" ").text(a.card().label()).text(BilingualText.of("：", ": "))
                    .text(a.card().effect()).close("p");
            m.close("li");
        }
        m.close("ul");
        m.close("section");
    }
}
