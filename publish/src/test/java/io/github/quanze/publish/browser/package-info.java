/**
 * Checks of the published pages (网页检查), for the tests of every page the module writes: {@link
 * io.github.quanze.publish.browser.PageStructure} reads one page's HTML without a browser (headings, tables, SVG,
 * alt texts, addresses, languages, links), {@link io.github.quanze.publish.browser.Browser} opens a page in headless
 * Chromium from the file system (console errors, network requests, the language switch, the filters, rendered
 * flowchart steps, screenshots), and {@link io.github.quanze.publish.browser.SiteCheck} runs both over a folder of
 * pages.
 * <p>
 * Start here: {@code SiteAssertions.assertSiteIsClean(folder)} in a test, or {@code SiteCheck.of(folder).run()} for the
 * findings as data. Without Chromium and chromedriver (or with {@code -Dquanze.browser=false}) the structure is still
 * checked and the browser checks are skipped, saying so.
 */
package io.github.quanze.publish.browser;
