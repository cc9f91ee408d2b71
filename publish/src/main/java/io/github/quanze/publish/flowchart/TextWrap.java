package io.github.quanze.publish.flowchart;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines that fit a box, measuring characters in ems as a sans-serif font sets them: a Chinese
 * character (or any full-width one) one em, a Latin letter or digit a little over half an em, spaces and narrow
 * punctuation less. The estimate errs wide, so that a line drawn in any common font stays inside its box.
 * <p>
 * English breaks between words, Chinese between any two characters; a word longer than a line is cut.
 */
final class TextWrap {

    private TextWrap() {}

    /** The width of a character in ems. */
    static double width(int c) {
        if (c >= 0x2E80 || Character.isIdeographic(c)) {
            return c >= 0xFF61 && c <= 0xFFDC ? 0.6 : 1.0;   // half-width forms are narrow
        }
        if (c == ' ' || ".,;:!'|()[]·".indexOf(c) >= 0) {
            return 0.35;
        }
        return Character.isUpperCase(c) || c == 'm' || c == 'w' ? 0.8 : 0.62;
    }

    /** The width of a text in ems. */
    static double width(String text) {
        return text.codePoints().mapToDouble(TextWrap::width).sum();
    }

    /**
     * Breaks a text into lines of at most {@code ems} each.
     *
     * @param text  the text, not blank
     * @param ems  the width of a line, at least two ems
     * @return the lines, at least one, none with spaces at either end
     */
    static List<String> wrap(String text, double ems) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String unit : units(text.strip())) {
            double w = width(unit);
            if (unit.isBlank()) {
                if (line.length() > 0 && used + w <= ems) {
                    line.append(unit);
                    used += w;
                }
                continue;
            }
            if (used + w > ems && line.length() > 0) {
                lines.add(line.toString().strip());
                line.setLength(0);
                used = 0;
            }
            if (w > ems) {                                   // a word wider than a line: cut it
                for (int i = 0; i < unit.length(); ) {
                    int c = unit.codePointAt(i);
                    if (used + width(c) > ems && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    line.appendCodePoint(c);
                    used += width(c);
                    i += Character.charCount(c);
                }
            } else {
                line.append(unit);
                used += w;
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** Splits a text into what must stay together: a run of Latin letters and digits, or any other character. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if (isWordPart(c)) {
                while (end < text.length() && isWordPart(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                // closing punctuation stays with the word before it
                while (end < text.length() && ",.;:)'".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
            } else if (end < text.length() && "，。、；：）》」".indexOf(text.charAt(end)) >= 0) {
                end++;                                       // nor does a line begin with Chinese closing marks
            }
            units.add(text.substring(i, end));
            i = end;
        }
        return units;
    }

    private static boolean isWordPart(int c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '-' || c == '(' || c == '/');
    }
}
