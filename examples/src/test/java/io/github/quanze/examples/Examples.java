package io.github.quanze.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the examples' command line as {@code java -jar quanze-examples.jar} would, capturing its output. */
final class Examples {

    private Examples() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    /** What a run printed and its exit status. */
    record Run(int status, String out, String err) {}
}
