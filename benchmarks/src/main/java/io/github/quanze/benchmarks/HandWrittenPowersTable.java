package io.github.quanze.benchmarks;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.Post;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.Power;
import io.github.quanze.power.ResponsibilityItem;
import io.github.quanze.publish.site.AgencySite;

/**
 * The peer of {@link SiteRenderBenchmark}: the 权责清单 page a vendor hand-codes with a {@code StringBuilder} — one
 * HTML document, in Chinese only, with a table of one row per power (code, name, kind, basis, duties, accountability,
 * posts) and a minimal escape of {@code & < > "}. It has no English, no anchors, no links to flowcharts or
 * standards, no search or filter, no style or script: less than our 权责清单 page, and far less than the site.
 */
final class HandWrittenPowersTable {

    private HandWrittenPowersTable() {}

    static String render(AgencySite site) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
        escape(h, site.powers().name()).append("</title></head><body><h1>");
        escape(h, site.powers().name()).append("</h1>\n<table><caption>权责清单</caption><thead><tr>")
                .append("<th scope=\"col\">编码</th><th scope=\"col\">事项名称</th><th scope=\"col\">职权类型</th>")
                .append("<th scope=\"col\">实施依据</th><th scope=\"col\">责任事项</th><th scope=\"col\">追责情形</th>")
                .append("<th scope=\"col\">承办岗位</th></tr></thead>\n<tbody>\n");
        for (Power power : site.powers().powers()) {
            h.append("<tr><th scope=\"row\">");
            escape(h, power.code().value()).append("</th><td>");
            escape(h, power.name()).append("</td><td>");
            escape(h, power.kind().label().zh()).append("</td><td>");
            for (Provision p : power.provisions()) {
                escape(h, p.toString()).append("<br>");
            }
            h.append("</td><td>");
            for (ResponsibilityItem item : power.responsibilityItems()) {
                escape(h, item.stage()).append("：");
                escape(h, item.duty()).append("<br>");
            }
            h.append("</td><td>");
            for (AccountabilityClause clause : power.accountabilityClauses()) {
                escape(h, clause.situation()).append("（");
                for (Provision p : clause.basis().provisions()) {
                    escape(h, p.toString());
                }
                h.append("）<br>");
            }
            h.append("</td><td>");
            for (Allocation a : site.allocation().forPower(power.code())) {
                escape(h, site.organization().findPost(a.post()).map(Post::name).orElse(a.post().value()))
                        .append("（");
                escape(h, a.role().label().zh()).append(a.lead() ? "，主办）<br>" : "）<br>");
            }
            h.append("</td></tr>\n");
        }
        return h.append("</tbody></table></body></html>\n").toString();
    }

    /** The minimal escaping a hand-written page does: the four characters that break text and attributes. */
    static StringBuilder escape(StringBuilder h, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> h.append("&amp;");
                case '<' -> h.append("&lt;");
                case '>' -> h.append("&gt;");
                case '"' -> h.append("&quot;");
                default -> h.append(c);
            }
        }
        return h;
    }
}
