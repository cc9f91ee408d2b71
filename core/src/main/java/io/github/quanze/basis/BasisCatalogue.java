package io.github.quanze.basis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue of the legal instruments an agency enforces (执法依据目录).
 * <p>
 * 国办发〔2005〕37号 asks each agency to sort out its legal basis and "对所执行的执法依据分类排序、列明目录": this is
 * that list, sorted by level and title. It holds each edition of an instrument once; editions with the same title
 * must not be in force on the same day. It resolves citations back to provisions
 * ({@link #parseProvision(String, LocalDate)}), picking the edition in force on the day asked for.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BasisCatalogue {

    private static final Comparator<LegalInstrument> ORDER = Comparator
            .comparing(LegalInstrument::level)
            .thenComparing(LegalInstrument::title)
            .thenComparing(LegalInstrument::effectiveDate);

    private final String name;
    private final List<LegalInstrument> instruments;
    private final ImmutableListMultimap<String, LegalInstrument> byTitle;

    private BasisCatalogue(String name, List<LegalInstrument> instruments) {
        this.name = Texts.checkLine("Basis catalogue name", name);
        String quoted = Texts.quote(name);
        this.instruments = instruments.stream().sorted(ORDER).collect(ImmutableList.toImmutableList());
        this.byTitle = Multimaps.index(this.instruments, LegalInstrument::title);
        for (String title : byTitle.keySet()) {
            List<LegalInstrument> editions = byTitle.get(title);
            for (int i = 1; i < editions.size(); i++) {
                LegalInstrument earlier = editions.get(i - 1);
                LegalInstrument later = editions.get(i);
                checkArgument(!earlier.effectiveDate().equals(later.effectiveDate()),
                        "Basis catalogue %s holds two editions of %s effective %s", quoted, Texts.quotedTitle(title),
                        later.effectiveDate());
                checkArgument(earlier.repealDate().filter(r -> !r.isAfter(later.effectiveDate())).isPresent(),
                        "Basis catalogue %s: the edition of %s effective %s must be repealed on or before %s, "
                                + "when the next edition takes effect",
                        quoted, Texts.quotedTitle(title), earlier.effectiveDate(), later.effectiveDate());
            }
        }
    }

    /**
     * Obtains a builder for a catalogue.
     *
     * @param name  the catalogue's name, such as 某市烟草专卖局执法依据目录, not blank
     * @return a new builder, not null
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns a builder holding this catalogue's name and instruments.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.instruments.addAll(instruments);
        return builder;
    }

    /**
     * Returns the catalogue's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns every instrument, sorted by level, then title, then effective date.
     *
     * @return the instruments, not null
     */
    public List<LegalInstrument> instruments() {
        return instruments;
    }

    /**
     * Returns the instruments of one level.
     *
     * @param level  the level, not null
     * @return the instruments of that level in catalogue order, not null
     */
    public List<LegalInstrument> byLevel(InstrumentLevel level) {
        Objects.requireNonNull(level, "level");
        return instruments.stream().filter(i -> i.level() == level).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the instruments in force on {@code date}.
     *
     * @param date  the day, not null
     * @return the instruments in force, in catalogue order, not null
     */
    public List<LegalInstrument> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return instruments.stream().filter(i -> i.isInForceOn(date)).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns every edition of the instrument with {@code title}, oldest first.
     *
     * @param title  the full title without book-title marks, not null
     * @return the editions, empty if the catalogue does not hold the instrument, not null
     */
    public List<LegalInstrument> editions(String title) {
        return byTitle.get(Objects.requireNonNull(title, "title"));
    }

    /**
     * Returns the edition of the instrument with {@code title} that is in force on {@code date}.
     *
     * @param title  the full title without book-title marks, not null
     * @param date  the day, not null
     * @return the edition in force, empty if none is, not null
     */
    public Optional<LegalInstrument> edition(String title, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return editions(title).stream().filter(i -> i.isInForceOn(date)).findFirst();
    }

    /**
     * Parses a citation of an instrument that the catalogue holds in one edition only.
     *
     * @param citation  the citation, such as 《中华人民共和国烟草专卖法》第三十一条, not null
     * @return the provision, not null
     * @throws UnknownInstrumentException if the catalogue does not hold the instrument, or holds several editions
     * @throws IllegalArgumentException if the text is not a citation
     */
    public Provision parseProvision(String citation) {
        Objects.requireNonNull(citation, "citation");
        String title = Provision.titleOf(citation);
        List<LegalInstrument> editions = editions(title);
        if (editions.size() != 1) {
            throw new UnknownInstrumentException(title, editions.isEmpty()
                    ? String.format("Unknown instrument %s in basis catalogue %s", Texts.quoteTitle(title),
                            Texts.quoted(name))
                    : String.format("Basis catalogue %s holds %s editions of %s; give the date of the act "
                            + "to choose one", Texts.quoted(name), editions.size(), Texts.quoteTitle(title)));
        }
        return Provision.parse(citation, editions.get(0));
    }

    /**
     * Parses a citation, resolving the instrument to the edition in force on {@code date}.
     *
     * @param citation  the citation, such as 《中华人民共和国烟草专卖法》第三十一条, not null
     * @param date  the day whose edition is meant, usually the date of the act, not null
     * @return the provision, not null
     * @throws UnknownInstrumentException if the catalogue has no edition of the instrument in force on that day
     * @throws IllegalArgumentException if the text is not a citation
     */
    public Provision parseProvision(String citation, LocalDate date) {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(date, "date");
        String title = Provision.titleOf(citation);
        LegalInstrument edition = edition(title, date).orElseThrow(() -> new UnknownInstrumentException(title,
                String.format("No edition of %s in force on %s in basis catalogue %s (editions held: %s)",
                        Texts.quoteTitle(title), date, Texts.quoted(name), editions(title).size())));
        return Provision.parse(citation, edition);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BasisCatalogue other && name.equals(other.name) && instruments.equals(other.instruments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, instruments);
    }

    @Override
    public String toString() {
        return "BasisCatalogue{" + name + ", " + instruments.size() + " instruments}";
    }

    /**
     * Builds a {@link BasisCatalogue}. A builder is not thread-safe; the catalogue it builds is.
     */
    public static final class Builder {
        private final String name;
        private final List<LegalInstrument> instruments = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds instruments.
         *
         * @param added  the instruments, not null
         * @return this builder, not null
         * @throws NullPointerException if the argument or one of its elements is null; nothing is added
         */
        public Builder add(LegalInstrument... added) {
            Lists.addEach("added", instruments, added);
            return this;
        }

        /**
         * Adds instruments.
         *
         * @param added  the instruments, not null
         * @return this builder, not null
         * @throws NullPointerException if the argument or one of its elements is null; nothing is added
         */
        public Builder addAll(Iterable<LegalInstrument> added) {
            Lists.addEach("added", instruments, added);
            return this;
        }

        /**
         * Builds the catalogue.
         *
         * @return the catalogue, not null
         * @throws IllegalArgumentException if the name is blank, is not one line or has surrounding spaces, an
         *         edition is held twice, or two editions of one instrument overlap in time
         */
        public BasisCatalogue build() {
            return new BasisCatalogue(name, instruments);
        }
    }
}
