package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Example;

/**
 * Every builder of the published API documents itself: the nested {@code Builder} class and each of its public
 * methods have Javadoc, naming every parameter and what the method returns, and so do the {@code builder(…)} and
 * {@code toBuilder(…)} methods that hand one out. Read from the sources, since the compiled classes keep no
 * comments.
 */
class BuilderDocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/quanze");
    private static final Pattern BUILDER_CLASS = Pattern.compile("^(\\s*)public static final class Builder\\b.*");
    private static final Pattern FACTORY = Pattern.compile("^\\s*public (static )?(<[^>]*> )?[\\w.<>, ]*Builder(<[^>]*>)? "
            + "(builder|toBuilder)\\(.*");

    @Example
    void everyBuilderAndEachOfItsPublicMethodsHasJavadoc() {
        List<Path> files = sources();
        List<String> missing = new ArrayList<>();
        int builders = 0;
        for (Path file : files) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = BUILDER_CLASS.matcher(lines.get(i));
                if (m.matches()) {
                    builders++;
                    check(file, lines, i, missing);
                    String end = m.group(1) + "}";
                    String member = m.group(1) + "    public ";
                    for (int j = i + 1; j < lines.size() && !lines.get(j).equals(end); j++) {
                        if (lines.get(j).startsWith(member)) {
                            check(file, lines, j, missing);
                        }
                    }
                } else if (FACTORY.matcher(lines.get(i)).matches()) {
                    check(file, lines, i, missing);
                }
            }
        }
        assertThat(builders).as("the scan finds the builders").isGreaterThanOrEqualTo(15);
        assertThat(missing).as("builder members without complete Javadoc").isEmpty();
    }

    @Example
    void theCheckFindsAMissingParameterAndReturn() {
        List<String> lines = List.of("    /**", "     * Sets the name.", "     */",
                "    public Builder name(String name) {");
        List<String> missing = new ArrayList<>();
        check(Path.of("X.java"), lines, 3, missing);
        assertThat(missing).containsExactly("X.java:4 name(String name): @param name", "X.java:4 name(String name): "
                + "@return");
    }

    /** Checks the member declared at {@code line}: Javadoc above it, with @param for each parameter and @return. */
    private static void check(Path file, List<String> lines, int line, List<String> missing) {
        String where = file.getFileName() + ":" + (line + 1) + " " + signature(lines, line);
        int end = line - 1;
        while (end >= 0 && lines.get(end).strip().startsWith("@")) {
            end--;
        }
        if (end < 0 || !lines.get(end).strip().endsWith("*/")) {
            missing.add(where + ": no Javadoc");
            return;
        }
        int start = end;
        while (start > 0 && !lines.get(start).strip().startsWith("/**")) {
            start--;
        }
        String doc = String.join("\n", lines.subList(start, end + 1));
        String declaration = declaration(lines, line);
        if (declaration.contains(" class ")) {
            return;
        }
        for (String parameter : parameters(declaration)) {
            if (!Pattern.compile("@param\\s+" + Pattern.quote(parameter) + "\\b").matcher(doc).find()) {
                missing.add(where + ": @param " + parameter);
            }
        }
        String head = declaration.substring(0, declaration.indexOf('('));
        boolean constructor = head.strip().split("\\s+").length <= 2;
        if (!head.contains(" void ") && !constructor && !doc.contains("@return")) {
            missing.add(where + ": @return");
        }
    }

    private static String declaration(List<String> lines, int line) {
        StringBuilder text = new StringBuilder();
        for (int i = line; i < lines.size(); i++) {
            text.append(lines.get(i).strip()).append(' ');
            if (lines.get(i).contains("{") || lines.get(i).contains(";")) {
                break;
            }
        }
        return text.toString();
    }

    private static String signature(List<String> lines, int line) {
        String declaration = declaration(lines, line);
        int open = declaration.indexOf('(');
        if (open < 0) {
            return declaration.strip();
        }
        String head = declaration.substring(0, open).strip();
        return head.substring(head.lastIndexOf(' ') + 1) + declaration.substring(open, close(declaration, open) + 1);
    }

    /** The names of the parameters between the first parenthesis of a declaration and its match. */
    private static List<String> parameters(String declaration) {
        int open = declaration.indexOf('(');
        String inside = declaration.substring(open + 1, close(declaration, open)).strip();
        List<String> names = new ArrayList<>();
        if (inside.isEmpty()) {
            return names;
        }
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= inside.length(); i++) {
            char c = i < inside.length() ? inside.charAt(i) : ',';
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String[] words = inside.substring(from, i).strip().split("\\s+");
                names.add(words[words.length - 1]);
                from = i + 1;
            }
        }
        return names;
    }

    private static int close(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(SOURCES.resolve("internal"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
