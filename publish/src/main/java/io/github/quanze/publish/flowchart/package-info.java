/**
 * Flowcharts (执法流程图): a procedure's steps drawn as inline SVG, laid out by the library itself, for the pages an
 * agency publishes.
 */
package io.github.quanze.publish.flowchart;
