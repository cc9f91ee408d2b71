package io.github.quanze.benchmarks;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyRanking;

/**
 * The peer of {@link ReportRenderBenchmark}: the ranking table a supervisor's vendor hand-codes with a
 * {@code StringBuilder} — one HTML document, in Chinese only, one row per agency (place, name, total, grade, trophy)
 * and a minimal escape of {@code & < > "}. No chart, no officers, no English, no style: far less than the report.
 */
final class HandWrittenRankingTable {

    private HandWrittenRankingTable() {}

    static String render(String title, AgencyRanking ranking) {
        StringBuilder h = new StringBuilder(1 << 14);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
        HandWrittenPowersTable.escape(h, title).append("</title></head><body><h1>");
        HandWrittenPowersTable.escape(h, title).append("</h1>\n<table><caption>评议考核排名</caption><thead><tr>")
                .append("<th scope=\"col\">名次</th><th scope=\"col\">单位</th><th scope=\"col\">得分</th>")
                .append("<th scope=\"col\">等次</th><th scope=\"col\">流动奖杯</th></tr></thead>\n<tbody>\n");
        for (AgencyRanking.Place p : ranking.places()) {
            AgencyAssessment a = p.assessment();
            h.append("<tr><td>").append(p.rank()).append("</td><th scope=\"row\">");
            HandWrittenPowersTable.escape(h, a.period().agencyName()).append("</th><td>");
            if (a.isScored()) {
                long hundredths = Math.round(a.total() * 100);
                h.append(hundredths / 100).append(hundredths % 100 < 10 ? ".0" : ".").append(hundredths % 100);
            } else {
                h.append("—");
            }
            h.append("</td><td>");
            HandWrittenPowersTable.escape(h, a.grade().map(g -> g.label().zh()).orElse("未评分")).append("</td><td>")
                    .append(p.trophy() ? "★" : "").append("</td></tr>\n");
        }
        return h.append("</tbody></table></body></html>\n").toString();
    }
}
