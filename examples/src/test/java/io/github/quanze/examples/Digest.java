package io.github.quanze.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A digest of legal results (法律结果) being written: plain lines of {@code key=value} fields, in sections.
 * <p>
 * Only enum names, ids, numbers, booleans and ISO dates go into a digest, never a sentence, so that re-rendered
 * texts leave it unchanged. The helpers here format values the same way in every digest: a list as
 * {@code [A,B]}, an absent value as {@code -}.
 */
final class Digest {

    private final List<String> lines = new ArrayList<>();

    /** Starts a section: a blank line (except at the top) and {@code [name]}. */
    Digest section(String name) {
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add("[" + name + "]");
        return this;
    }

    /** Adds a line of fields separated by one space. */
    Digest line(Object... fields) {
        lines.add(Arrays.stream(fields).map(String::valueOf).collect(Collectors.joining(" ")));
        return this;
    }

    /** Adds every line of another digest, after a blank line. */
    Digest append(Digest other) {
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.addAll(other.lines);
        return this;
    }

    /** @return the digest, one line each, ending with a line break */
    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** A list as {@code [a,b]}, each element as {@link String#valueOf}. */
    static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    /** An optional value, or {@code -} when absent. */
    static String opt(Optional<?> value) {
        return value.map(String::valueOf).orElse("-");
    }
}
