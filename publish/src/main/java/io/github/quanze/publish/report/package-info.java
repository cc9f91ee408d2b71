/**
 * The supervisor's report (宏观数据分析报告): a county's assessment of its agencies — scores and ranking with the
 * 流动奖杯, grades, indicators, the measures of 国办发〔2005〕37号, officers' ratings and cards — with a case's timeline
 * and the analysis of like cases (类案), as one self-contained page with SVG charts
 * ({@link io.github.quanze.publish.report.SupervisorReport}).
 */
package io.github.quanze.publish.report;
