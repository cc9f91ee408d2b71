/**
 * Administrative penalties and their discretion (行政处罚与裁量): the kinds of penalty 行政处罚法 Art 9 lists, on
 * which the statutory frames and discretion standards (裁量基准, Art 34) of each violation build, and which a
 * procedure's penalty decision records.
 * <p>
 * The package sits between {@code allocation} and {@code timelimit}: procedures and case records use it, it uses
 * none of them.
 */
package io.github.quanze.discretion;
