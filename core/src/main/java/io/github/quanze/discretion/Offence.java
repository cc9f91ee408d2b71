package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of one act to be decided (违法事实): the violation item, the days of the act, its discovery and the
 * decision, the fine base found, the declared circumstances, the party's side, and whether the act concerns 公民生命
 * 健康安全 or 金融安全 with harmful consequences (行政处罚法 Art 36).
 * <pre>{@code
 * Offence offence = Offence.builder().item("YC-057")
 *     .act(LocalDate.of(2025, 3, 2)).discovered(LocalDate.of(2025, 3, 2)).decided(LocalDate.of(2025, 4, 10))
 *     .base(new BigDecimal("12000")).circumstances(facts).party(PartyFacts.none())
 *     .build();
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Offence {

    private final String item;
    private final LocalDate act;
    private final Optional<LocalDate> ended;
    private final LocalDate discovered;
    private final LocalDate decided;
    private final Optional<BigDecimal> base;
    private final Circumstances circumstances;
    private final PartyFacts party;
    private final boolean graveHarm;

    private Offence(Builder b) {
        String name = "Offence " + Texts.quote(b.item);
        LocalDate last = b.ended == null ? b.act : b.ended;
        checkArgument(!b.discovered.isBefore(b.act), "%s: discovered %s is before the act on %s", name, b.discovered,
                b.act);
        checkArgument(!b.decided.isBefore(b.discovered), "%s: decided %s is before the act was discovered on %s", name,
                b.decided, b.discovered);
        checkArgument(!last.isBefore(b.act), "%s: the act ended %s, before it began on %s", name, last, b.act);
        checkArgument(!last.isAfter(b.decided), "%s: the act ended %s, after the decision on %s", name, last,
                b.decided);
        checkArgument(!b.graveHarm || b.party.harm() != Harm.NONE, "%s: graveHarm is set but party.harm is NONE; "
                + "Art 36 requires harmful consequences (且有危害后果)", name);
        this.item = b.item;
        this.act = b.act;
        this.ended = Optional.ofNullable(b.ended);
        this.discovered = b.discovered;
        this.decided = b.decided;
        this.base = Optional.ofNullable(b.base);
        this.circumstances = b.circumstances;
        this.party = b.party;
        this.graveHarm = b.graveHarm;
    }

    /**
     * Starts building an offence: item, act, discovered and decided are required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the violation item's code.
     *
     * @return the code, not null
     */
    public String item() {
        return item;
    }

    /**
     * Returns the day of the act, or the first day of a continuing act.
     *
     * @return the day, not null
     */
    public LocalDate act() {
        return act;
    }

    /**
     * Returns the day a continuing act ended (行为终了之日).
     *
     * @return the day, empty for an act on one day, not null
     */
    public Optional<LocalDate> ended() {
        return ended;
    }

    /**
     * Returns the day the act was discovered.
     *
     * @return the day, not null
     */
    public LocalDate discovered() {
        return discovered;
    }

    /**
     * Returns the day of the decision.
     *
     * @return the day, not null
     */
    public LocalDate decided() {
        return decided;
    }

    /**
     * Returns the fine base found, such as 违法经营总额, in yuan.
     *
     * @return the base, empty if none was found, not null
     */
    public Optional<BigDecimal> base() {
        return base;
    }

    /**
     * Returns the declared circumstances.
     *
     * @return the circumstances, not null
     */
    public Circumstances circumstances() {
        return circumstances;
    }

    /**
     * Returns the party's side.
     *
     * @return the facts, not null
     */
    public PartyFacts party() {
        return party;
    }

    /**
     * Returns whether the act concerns 公民生命健康安全 or 金融安全 with harmful consequences (Art 36).
     *
     * @return true if so
     */
    public boolean isGraveHarm() {
        return graveHarm;
    }

    /**
     * Returns a copy decided on another day, as a supervisor re-deciding a case would.
     *
     * @param day  the day of the decision, not before discovery, not null
     * @return the offence, not null
     * @throws IllegalArgumentException if the day is before discovery
     */
    public Offence decidedOn(LocalDate day) {
        Builder b = toBuilder();
        b.decided = null;
        return b.decided(day).build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.item = item;
        b.act = act;
        b.ended = ended.orElse(null);
        b.discovered = discovered;
        b.decided = decided;
        b.base = base.orElse(null);
        b.circumstances = circumstances;
        b.party = party;
        b.graveHarm = graveHarm;
        return b;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Offence o && item.equals(o.item) && act.equals(o.act) && ended.equals(o.ended)
                && discovered.equals(o.discovered) && decided.equals(o.decided) && base.equals(o.base)
                && circumstances.equals(o.circumstances) && party.equals(o.party) && graveHarm == o.graveHarm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, act, ended, discovered, decided, base, circumstances, party, graveHarm);
    }

    @Override
    public String toString() {
        return "Offence[" + item + ", act " + act + ended.map(e -> "–" + e).orElse("") + ", discovered " + discovered
                + ", decided " + decided + ", base " + base.map(BigDecimal::toPlainString).orElse("none") + ", "
                + circumstances + "]";
    }

    /**
     * Builds an {@link Offence}. Item and the three days are required; each attribute is set once; a refused value
     * leaves the builder as it was. A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("Offence");
        private String item;
        private LocalDate act;
        private LocalDate ended;
        private LocalDate discovered;
        private LocalDate decided;
        private BigDecimal base;
        private Circumstances circumstances = Circumstances.none();
        private PartyFacts party = PartyFacts.none();
        private boolean graveHarm;

        private Builder() {}

        /**
         * Sets the violation item's code; required.
         *
         * @param code  the code, one line, not null
         * @return this builder, not null
         */
        public Builder item(String code) {
            this.item = required.once("item", code, c -> Texts.checkLine("Offence: item", c,
                    ViolationItem.MAX_CODE_LENGTH));
            return this;
        }

        /**
         * Sets the day of the act, or the first day of a continuing act; required.
         *
         * @param day  the day, not null
         * @return this builder, not null
         */
        public Builder act(LocalDate day) {
            this.act = required.once("act", day);
            return this;
        }

        /**
         * Sets the day a continuing act ended (Art 36 para 2).
         *
         * @param day  the day, not before the act nor after the decision, not null
         * @return this builder, not null
         */
        public Builder ended(LocalDate day) {
            this.ended = required.once("ended", day);
            return this;
        }

        /**
         * Sets the day the act was discovered; required.
         *
         * @param day  the day, not before the act, not null
         * @return this builder, not null
         */
        public Builder discovered(LocalDate day) {
            this.discovered = required.once("discovered", day);
            return this;
        }

        /**
         * Sets the day of the decision; required.
         *
         * @param day  the day, not before discovery, not null
         * @return this builder, not null
         */
        public Builder decided(LocalDate day) {
            this.decided = required.once("decided", day);
            return this;
        }

        /**
         * Sets the fine base found, in yuan, such as 违法经营总额; kept to the fen (12000 is 12000.00).
         *
         * @param yuan  the amount, whole fen, not negative, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the amount is negative, has fractions of a fen or is too large
         */
        public Builder base(BigDecimal yuan) {
            this.base = FineBounds.checkedBase(required.once("base", yuan, FineBounds::checkedBase));
            return this;
        }

        /**
         * Sets the declared circumstances; none by default.
         *
         * @param facts  the circumstances, not null
         * @return this builder, not null
         */
        public Builder circumstances(Circumstances facts) {
            this.circumstances = required.once("circumstances", facts);
            return this;
        }

        /**
         * Sets the party's side; {@link PartyFacts#none()} by default.
         *
         * @param facts  the facts, not null
         * @return this builder, not null
         */
        public Builder party(PartyFacts facts) {
            this.party = required.once("party", facts);
            return this;
        }

        /**
         * Sets whether the act concerns 公民生命健康安全 or 金融安全 with harmful consequences; false by default. Refused
         * at {@link #build()} for a party whose {@link PartyFacts#harm()} is {@link Harm#NONE} (Art 36: 且有危害后果).
         *
         * @param grave  true if so
         * @return this builder, not null
         */
        public Builder graveHarm(boolean grave) {
            this.graveHarm = required.once("graveHarm", grave);
            return this;
        }

        /**
         * Builds the offence.
         *
         * @return the offence, not null
         * @throws IllegalStateException if item or a day is missing
         * @throws IllegalArgumentException if the days are out of order (an act ending after the decision too), or
         *         graveHarm is set for a party whose act has no harmful consequences; the message names the item and
         *         the days or the fields
         */
        public Offence build() {
            required.present("item", item, "act", act, "discovered", discovered, "decided", decided);
            return new Offence(this);
        }
    }
}
