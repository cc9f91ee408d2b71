/**
 * Web pages (网页): the well-formed markup writer every page and chart is written with, and the frame of a
 * self-contained, bilingual, printable page.
 */
package io.github.quanze.publish.html;
