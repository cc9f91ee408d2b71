package io.github.quanze.examples;

import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.text.BilingualText;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints the results of a command over documents (结果输出): each as its report in the chosen language, separated
 * by a blank line, or with {@code --json} each as one line of JSON.
 */
final class ResultPrinter {

    private final PrintWriter out;
    private final Locale locale;
    private final boolean json;
    private final DocumentContext context;
    private boolean first = true;

    ResultPrinter(PrintWriter out, Locale locale, boolean json, DocumentContext context) {
        this.out = out;
        this.locale = locale;
        this.json = json;
        this.context = context;
    }

    /** Prints one result: its document of {@code kind}, or its report {@code text}. */
    <T> void print(DocumentKind<T> kind, T value, BilingualText text) {
        if (json) {
            DocumentFiles.printJson(kind, value, context, out);
            return;
        }
        if (!first) {
            out.println();
        }
        first = false;
        out.println(text.in(locale));
        out.flush();
    }
}
