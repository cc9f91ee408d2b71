package io.github.quanze.examples;

import io.github.quanze.text.BilingualText;
import java.io.PrintWriter;
import java.util.Locale;

/** A printed report in Chinese or English: the examples' shared way of writing lines in the reader's language. */
abstract class Report {

    private final PrintWriter out;
    private final Locale locale;

    Report(PrintWriter out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    final PrintWriter out() {
        return out;
    }

    final Locale locale() {
        return locale;
    }

    final String in(BilingualText text) {
        return locale == Locale.ENGLISH ? text.en() : text.zh();
    }

    final String t(String zh, String en) {
        return locale == Locale.ENGLISH ? en : zh;
    }

    final void line(String text) {
        out.println(text);
    }
}
