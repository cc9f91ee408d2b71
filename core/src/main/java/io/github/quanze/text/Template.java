package io.github.quanze.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.quanze.internal.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A message template in Chinese and English (消息模板): the wording of one kind of finding, kept apart from the check
 * that finds it, with named placeholders such as {@code {date}} filled from the finding's {@link Parameters}.
 * <p>
 * Both languages use the same placeholders, in any order. Values render as: a text as it is; a number in digits; an
 * amount in plain digits; a date as {@code 2026-09-24}; a yes-or-no value as 是/否 or yes/no; a {@link Labelled}
 * value or a text in both languages in the reader's language; another enum constant by its name; a list as its
 * elements joined with 、 or {@code ", "}. A doubled brace, <code>&#123;&#123;</code> or <code>&#125;&#125;</code>,
 * writes one brace.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Template {

    private final String zh;
    private final String en;
    private final ImmutableList<Object> zhParts;
    private final ImmutableList<Object> enParts;
    private final ImmutableSet<String> names;

    private Template(String zh, String en) {
        this.zh = zh;
        this.en = en;
        this.zhParts = parse(zh);
        this.enParts = parse(en);
        Set<String> zhNames = names(zhParts);
        Set<String> enNames = names(enParts);
        checkArgument(zhNames.equals(enNames), "Template %s: the Chinese text uses placeholders %s, the English "
                + "text %s; both must use the same", Texts.quoted(zh), zhNames, enNames);
        this.names = ImmutableSet.copyOf(zhNames);
    }

    /**
     * Obtains a template from its Chinese and English wording.
     *
     * @param zh  the Chinese wording with placeholders such as {@code {date}}, not blank
     * @param en  the English wording with the same placeholders, not blank
     * @return the template, not null
     * @throws IllegalArgumentException if a wording is blank, a brace is unbalanced, a placeholder is not an
     *         identifier, or the two languages use different placeholders
     */
    public static Template of(String zh, String en) {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        checkArgument(!zh.isBlank() && !en.isBlank(), "Template must not be blank, but was %s / %s",
                Texts.quoted(zh), Texts.quoted(en));
        return new Template(zh, en);
    }

    /**
     * Returns the names of the placeholders.
     *
     * @return the names, in the order of the Chinese wording, not null
     */
    public Set<String> names() {
        return names;
    }

    /**
     * Renders the template with parameters.
     *
     * @param parameters  the values of the placeholders, not null; extra values are ignored
     * @return the text in Chinese and English, not null
     * @throws IllegalArgumentException if a placeholder has no value
     */
    public BilingualText render(Parameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        for (String name : names) {
            checkArgument(parameters.has(name), "Template %s needs parameter %s; present: %s", Texts.quoted(zh),
                    Texts.quoted(name), parameters.names());
        }
        String zhText = fill(zhParts, parameters, true);
        String enText = fill(enParts, parameters, false);
        checkArgument(!zhText.isBlank() && !enText.isBlank(), "Template %s rendered a blank text from parameters %s",
                Texts.quoted(zh), parameters);
        return BilingualText.of(zhText, enText);
    }

    /**
     * Renders one value as a template renders a parameter.
     *
     * @param value  the value, of a kind {@link Parameters} holds (a list of such values too), not null
     * @return the value in Chinese and English, not null
     * @throws IllegalArgumentException if the value is of a kind {@link Parameters} does not hold, or renders blank
     *         (an empty text or list)
     */
    public static BilingualText format(Object value) {
        Objects.requireNonNull(value, "value");
        boolean held = Parameters.Builder.isScalar(value) || value instanceof List<?> list
                && list.stream().allMatch(e -> e != null && Parameters.Builder.isScalar(e));
        checkArgument(held, "A template renders a text, whole number, amount, date, yes-or-no value, enum constant, "
                + "bilingual text, labelled value or a list of them, but was a %s", value.getClass().getSimpleName());
        String zhText = format(value, true);
        String enText = format(value, false);
        checkArgument(!zhText.isBlank() && !enText.isBlank(), "Value %s renders blank", Texts.quoted(value));
        return BilingualText.of(zhText, enText);
    }

    /** Returns the Chinese wording, with its placeholders. */
    @Override
    public String toString() {
        return zh;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Template && zh.equals(((Template) other).zh) && en.equals(((Template) other).en);
    }

    @Override
    public int hashCode() {
        return zh.hashCode() * 31 + en.hashCode();
    }

    private static String fill(List<Object> parts, Parameters parameters, boolean chinese) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Name) {
                text.append(format(parameters.get(((Name) part).value).orElseThrow(), chinese));
            } else {
                text.append((String) part);
            }
        }
        return text.toString();
    }

    private static String format(Object value, boolean chinese) {
        if (value instanceof Labelled) {
            BilingualText label = ((Labelled) value).label();
            return chinese ? label.zh() : label.en();
        }
        if (value instanceof BilingualText) {
            return chinese ? ((BilingualText) value).zh() : ((BilingualText) value).en();
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? (chinese ? "是" : "yes") : (chinese ? "否" : "no");
        }
        if (value instanceof List) {
            List<String> elements = new ArrayList<>();
            for (Object element : (List<?>) value) {
                elements.add(format(element, chinese));
            }
            return String.join(chinese ? "、" : ", ", elements);
        }
        return String.valueOf(value);
    }

    private static ImmutableList<Object> parse(String wording) {
        ImmutableList.Builder<Object> parts = ImmutableList.builder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < wording.length()) {
            char c = wording.charAt(i);
            if (c == '{' && i + 1 < wording.length() && wording.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < wording.length() && wording.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int end = wording.indexOf('}', i);
                checkArgument(end > i, "Template %s: a brace at %s is not closed", Texts.quoted(wording), i);
                String name = wording.substring(i + 1, end);
                checkArgument(Parameters.isIdentifier(name), "Template %s: placeholder %s is not an identifier",
                        Texts.quoted(wording), Texts.quoted(name));
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(new Name(name));
                i = end + 1;
            } else {
                checkArgument(c != '}', "Template %s: a closing brace at %s has no opening one",
                        Texts.quoted(wording), i);
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return parts.build();
    }

    private static Set<String> names(List<Object> parts) {
        ImmutableSet.Builder<String> names = ImmutableSet.builder();
        for (Object part : parts) {
            if (part instanceof Name) {
                names.add(((Name) part).value);
            }
        }
        return names.build();
    }

    /** A placeholder. */
    private static final class Name {
        final String value;

        Name(String value) {
            this.value = value;
        }
    }
}
