/**
 * Charts (统计图) drawn by the library as inline SVG, for the supervisor's report and the publication's pages: a
 * horizontal {@link io.github.quanze.publish.chart.BarChart} (scores in ranking order, the 流动奖杯 marked), a
 * {@link io.github.quanze.publish.chart.ColumnChart} of counts (grade distribution), a
 * {@link io.github.quanze.publish.chart.GroupedBarChart} (indicators compared), a case's
 * {@link io.github.quanze.publish.chart.Timeline} (events and deadlines, rest days shaded) and a
 * {@link io.github.quanze.publish.chart.StripPlot} (fines by tier against the tier's range).
 * <p>
 * Every chart is an {@code <svg role="img">} with a title and a textual summary, bilingual labels, a size that
 * follows its data in a viewBox, and the same markup for the same data. An empty dataset draws 无数据 / no data; a
 * value that cannot be drawn (NaN, infinite, negative) is refused with a message naming the chart and the item. The
 * charts know no law: the report maps quanze's values onto them.
 */
package io.github.quanze.publish.chart;
