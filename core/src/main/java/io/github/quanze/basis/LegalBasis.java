package io.github.quanze.basis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Citation;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legal basis (法律依据) that a power, a finding or a decision rests on: one or more provisions, in the order
 * they are cited.
 * <p>
 * Rendered in Chinese, consecutive provisions of one instrument share its title, as legal documents write them:
 * 《中华人民共和国行政处罚法》第四十二条第一款、第七十六条第一款第（五）项.
 * <p>
 * A legal basis is the {@link Citation} of rules, findings and decisions: its parts are its provisions.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param provisions  the provisions, not empty, without duplicates
 */
public record LegalBasis(List<Provision> provisions) implements Citation {

    /**
     * Creates a legal basis.
     *
     * @param provisions  the provisions, not empty, without duplicates
     * @throws IllegalArgumentException if there is no provision or a provision is cited twice
     */
    public LegalBasis {
        provisions = Lists.copyOf("provisions", provisions);
        checkArgument(!provisions.isEmpty(), "Legal basis must cite at least one provision");
        Set<Provision> cited = new HashSet<>();
        for (Provision provision : provisions) {
            if (!cited.add(provision)) { // the message is made only on failure
                throw new IllegalArgumentException(Strings.lenientFormat(
                        "Legal basis must not cite a provision twice, but cites %s twice", Texts.quoted(provision)));
            }
        }
    }

    /**
     * Obtains a legal basis from one or more provisions.
     *
     * @param first  the first provision, not null
     * @param more  further provisions, not null
     * @return the legal basis, not null
     * @throws IllegalArgumentException if a provision is cited twice
     */
    public static LegalBasis of(Provision first, Provision... more) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(more, "more");
        List<Provision> all = new ArrayList<>(more.length + 1);
        all.add(first);
        all.addAll(Arrays.asList(more));
        return new LegalBasis(all);
    }

    /**
     * Returns this basis followed by the provisions of {@code other} that it does not already cite.
     *
     * @param other  the basis to add, not null
     * @return the combined basis, not null
     */
    public LegalBasis and(LegalBasis other) {
        Objects.requireNonNull(other, "other");
        List<Provision> all = new ArrayList<>(provisions);
        other.provisions.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return new LegalBasis(all);
    }

    /**
     * Returns the provisions whose instrument is not in force on {@code date}.
     *
     * @param date  the day to check, not null
     * @return the provisions not in force, in citation order, not null
     */
    public List<Provision> notInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return provisions.stream().filter(p -> !p.instrument().isInForceOn(date)).collect(ImmutableList.toImmutableList());
    }

    /**
     * Checks whether this basis cites a provision of {@code instrument}.
     *
     * @param instrument  the instrument, not null
     * @return true if a provision of that instrument is cited
     */
    public boolean cites(LegalInstrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return provisions.stream().anyMatch(p -> p.instrument().equals(instrument));
    }

    /**
     * Returns the citation in English, instruments separated by semicolons and consecutive articles of one
     * instrument sharing its name: Arts 9 and 13, Regulation for the Implementation of ….
     *
     * @return the English citation, not null
     */
    public String toEnglish() {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < provisions.size()) {
            Provision first = provisions.get(start);
            int end = start + 1;
            while (first.article().isPresent() && end < provisions.size()
                    && provisions.get(end).instrument().equals(first.instrument())
                    && provisions.get(end).article().isPresent()) {
                end++;
            }
            if (end - start == 1) {
                parts.add(first.toEnglish());
            } else {
                List<String> refs = provisions.subList(start, end).stream().map(Provision::englishReference)
                        .collect(Collectors.toList());
                parts.add("Arts " + String.join(", ", refs.subList(0, refs.size() - 1)) + " and "
                        + refs.get(refs.size() - 1) + ", " + first.instrument().englishName());
            }
            start = end;
        }
        return String.join("; ", parts);
    }

    /**
     * Returns the citation in both languages.
     *
     * @return the bilingual citation, not null
     */
    public BilingualText toText() {
        return BilingualText.of(toString(), toEnglish());
    }

    /**
     * Returns the citation in both languages, as {@link #toText()}.
     *
     * @return the bilingual citation, not null
     */
    @Override
    public BilingualText citation() {
        return toText();
    }

    /**
     * Returns the citation in both languages, as a message template renders a basis among its parameters.
     *
     * @return the bilingual citation, not null
     */
    @Override
    public BilingualText label() {
        return toText();
    }

    /**
     * Returns the provisions, each a citation of its own.
     *
     * @return the provisions, not null
     */
    @Override
    public List<Provision> parts() {
        return provisions;
    }

    /**
     * Returns the citation in Chinese, consecutive provisions of one instrument sharing its title.
     *
     * @return the Chinese citation, not null
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        LegalInstrument previous = null;
        for (Provision p : provisions) {
            boolean continues = p.instrument().equals(previous) && p.article().isPresent();
            if (out.length() > 0) {
                out.append('、');
            }
            out.append(continues ? p.articleReference() : p.toString());
            previous = p.article().isPresent() ? p.instrument() : null;
        }
        return out.toString();
    }
}
