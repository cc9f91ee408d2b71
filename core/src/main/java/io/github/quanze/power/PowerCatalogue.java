package io.github.quanze.power;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A power catalogue (权责清单): the powers one agency holds, as published on a date.
 * <p>
 * The catalogue names its agency by the {@link AgencyId} the agency has in the
 * {@code io.github.quanze.organization.Organization}, so that an audit can tell a table of another agency from its own.
 * The catalogue rejects, when built, anything that makes it unusable as a list: a blank name, and two
 * powers with one code. It reports, as {@link CatalogueFinding}s, what is wrong in law with an entry that is
 * otherwise well formed: a basis not in force on the catalogue's date, or a basis whose level cannot create the
 * power ({@link #findings()}). Every power must cite a basis; {@link Power} rejects one that does not.
 * <p>
 * Powers are held in code order, so a catalogue does not depend on the order they were added in.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PowerCatalogue {

    private final String name;
    private final AgencyId agency;
    private final LocalDate date;
    private final List<Power> powers;
    private final Map<PowerCode, Power> byCode;
    private final ImmutableListMultimap<PowerKind, Power> byKind;
    private final ImmutableListMultimap<LegalInstrument, Power> byInstrument;

    private PowerCatalogue(Builder builder) {
        this.name = Texts.checkLine("Power catalogue name", builder.name);
        this.agency = Objects.requireNonNull(builder.agency, "agency");
        this.date = Objects.requireNonNull(builder.date, "date");
        Map<PowerCode, Power> seen = new HashMap<>();
        for (Power power : builder.powers) {
            Power earlier = seen.putIfAbsent(power.code(), power);
            if (earlier != null) { // the message is made only on failure
                throw new IllegalArgumentException(Strings.lenientFormat(
                        "Power catalogue %s has duplicate code '%s': %s and %s", Texts.quoted(name), power.code(),
                        Texts.quoted(earlier.name()), Texts.quoted(power.name())));
            }
        }
        this.powers = builder.powers.stream().sorted(Comparator.comparing(Power::code))
                .collect(ImmutableList.toImmutableList());
        this.byCode = ImmutableMap.copyOf(seen);
        this.byKind = Multimaps.index(powers, Power::kind);
        ImmutableListMultimap.Builder<LegalInstrument, Power> instruments = ImmutableListMultimap.builder();
        for (Power power : powers) {
            power.provisions().stream().map(Provision::instrument).distinct()
                    .forEach(instrument -> instruments.put(instrument, power));
        }
        this.byInstrument = instruments.build();
    }

    /**
     * Obtains a builder for a catalogue.
     *
     * @param name  the catalogue's name, such as 某市烟草专卖局权责清单（2024年版）, not blank
     * @param agency  the agency whose powers it lists, as the organization identifies it, not null
     * @param date  the day the catalogue is published or takes effect, against which its bases are checked
     * @return a new builder, not null
     */
    public static Builder builder(String name, AgencyId agency, LocalDate date) {
        return new Builder(name, agency, date);
    }

    /**
     * Returns a builder holding this catalogue's name, agency, date and powers.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder(name, agency, date).addAll(powers);
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
     * Returns the agency whose powers the catalogue lists.
     *
     * @return the agency's identifier, not null
     */
    public AgencyId agency() {
        return agency;
    }

    /**
     * Returns the day the catalogue is published or takes effect.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns every power, in code order.
     *
     * @return the powers, not null
     */
    public List<Power> powers() {
        return powers;
    }

    /**
     * Returns the number of powers.
     *
     * @return the size
     */
    public int size() {
        return powers.size();
    }

    /**
     * Checks whether the catalogue holds a power with {@code code}.
     *
     * @param code  the code, not null
     * @return true if it does
     */
    public boolean contains(PowerCode code) {
        return byCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns the power with {@code code}, if the catalogue holds it.
     *
     * @param code  the code, not null
     * @return the power, not null
     */
    public Optional<Power> find(PowerCode code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the power with {@code code}.
     *
     * @param code  the code, not null
     * @return the power, not null
     * @throws UnknownPowerException if the catalogue does not hold it
     */
    public Power power(PowerCode code) {
        return find(code).orElseThrow(() -> new UnknownPowerException(code, name));
    }

    /**
     * Returns the powers of one category.
     *
     * @param kind  the category, not null
     * @return the powers in code order, not null
     */
    public List<Power> byKind(PowerKind kind) {
        return byKind.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Returns the powers that cite a provision of {@code instrument} (this edition of it).
     *
     * @param instrument  the instrument, not null
     * @return the powers in code order, not null
     */
    public List<Power> byInstrument(LegalInstrument instrument) {
        return byInstrument.get(Objects.requireNonNull(instrument, "instrument"));
    }

    /**
     * Returns the powers that cite any edition of the instrument titled {@code title}.
     *
     * @param title  the full title without book-title marks, not null
     * @return the powers in code order, not null
     */
    public List<Power> byInstrumentTitle(String title) {
        Objects.requireNonNull(title, "title");
        return powers.stream()
                .filter(p -> p.provisions().stream().anyMatch(pr -> pr.instrument().title().equals(title)))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Checks the catalogue on its own date. Equivalent to {@code findings(date())}.
     *
     * @return the findings in code order, empty if the catalogue is sound, not null
     */
    public List<CatalogueFinding> findings() {
        return findings(date);
    }

    /**
     * Checks every power's legal basis on {@code date}: whether each cited instrument is in force, and whether the
     * basis is of a level that can create a power of that kind.
     *
     * @param date  the day to check against, not null
     * @return the findings in code order, empty if the catalogue is sound, not null
     */
    public List<CatalogueFinding> findings(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return powers.stream()
                .flatMap(p -> Stream.concat(CatalogueRules.basisInForce(p, date).stream(),
                        CatalogueRules.basisLevel(p).stream()))
                .collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PowerCatalogue other && name.equals(other.name) && agency.equals(other.agency)
                && date.equals(other.date) && powers.equals(other.powers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, agency, date, powers);
    }

    @Override
    public String toString() {
        return "PowerCatalogue{" + name + ", " + agency + ", " + date + ", " + powers.size() + " powers}";
    }

    /**
     * Builds a {@link PowerCatalogue}. A builder is not thread-safe; the catalogue it builds is.
     */
    public static final class Builder {
        private final String name;
        private final AgencyId agency;
        private final LocalDate date;
        private final List<Power> powers = new ArrayList<>();

        private Builder(String name, AgencyId agency, LocalDate date) {
            this.name = name;
            this.agency = agency;
            this.date = date;
        }

        /**
         * Adds powers.
         *
         * @param added  the powers, not null
         * @return this builder, not null
         * @throws NullPointerException if the argument or one of its elements is null; nothing is added
         */
        public Builder add(Power... added) {
            Lists.addEach("added", powers, added);
            return this;
        }

        /**
         * Adds powers.
         *
         * @param added  the powers, not null
         * @return this builder, not null
         * @throws NullPointerException if the argument or one of its elements is null; nothing is added
         */
        public Builder addAll(Iterable<Power> added) {
            Lists.addEach("added", powers, added);
            return this;
        }

        /**
         * Builds the catalogue.
         *
         * @return the catalogue, not null
         * @throws IllegalArgumentException if the name is blank, is not one line or has surrounding spaces, or two
         *         powers share a code
         * @throws NullPointerException if the agency or the date is null
         */
        public PowerCatalogue build() {
            return new PowerCatalogue(this);
        }
    }
}
