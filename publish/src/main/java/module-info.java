/**
 * quanze's publication (公示): the pages an agency must make public — its 权责清单, 执法流程图, 裁量基准, 执法决定 and
 * 执法主体和人员 — and the supervisor's report (宏观数据分析), rendered as self-contained static web pages with their
 * charts drawn as SVG. No server, no network: the pages open from the file system.
 */
module io.github.quanze.publish {
    requires transitive io.github.quanze;
    requires transitive io.github.quanze.jackson;
    requires com.google.common;
    requires tools.jackson.dataformat.yaml;             // the kind of each document in an agency's folder

    exports io.github.quanze.publish.html;
    exports io.github.quanze.publish.chart;
    exports io.github.quanze.publish.flowchart;
    exports io.github.quanze.publish.notice;
    exports io.github.quanze.publish.report;
    exports io.github.quanze.publish.site;
}
