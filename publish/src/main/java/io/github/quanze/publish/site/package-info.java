/**
 * An agency's publication site (行政执法公示网站): its documents read from a folder ({@link
 * io.github.quanze.publish.site.AgencyDocuments}), the content of the site ({@link
 * io.github.quanze.publish.site.AgencySite}), and its pages (权责清单, 执法依据, 执法流程图, 裁量基准, 执法主体和人员)
 * rendered ({@link io.github.quanze.publish.site.SiteRenderer}) and written to a folder as a whole or not at all
 * ({@link io.github.quanze.publish.site.Site}).
 */
package io.github.quanze.publish.site;
