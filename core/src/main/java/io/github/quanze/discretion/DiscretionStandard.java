package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionWording;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A discretion standard (行政处罚裁量基准, 行政处罚法 Art 34): issued by an agency under a 文号, at a level, in force
 * for a period, perhaps implementing a standard of a higher level; it declares the circumstance facts its tiers test
 * and grades violation items of a {@link StatutoryFrame}, each with ordered tiers ({@link ItemStandard}).
 * <pre>{@code
 * DiscretionStandard standard = DiscretionStandard.builder()
 *     .title("烟草专卖行政处罚裁量基准").issuer("某省烟草专卖局").number("某烟法〔2024〕1号")
 *     .level(StandardLevel.PROVINCIAL).effective(LocalDate.of(2024, 3, 1))
 *     .frame(frame).circumstances(Column.ofLong("amount", 0, 1_000_000_000L).graverWhenGreater())
 *     .item("YC-057", DiscretionStandard.tiers("YC-057")
 *             .columns(amount)
 *             .row("YC-057.1").title(title).basis(basis).when("amount", Cell.atMost(4_999)).then(lighter)
 *             .row("YC-057.2").title(title).basis(basis).when("amount", Cell.atLeast(5_000)).then(ordinary)
 *             .build())
 *     .build();
 * }</pre>
 * Every item's tiers are decided on the circumstances the standard declares and on the column
 * {@value #MITIGATION} ({@link StatutoryMitigation}), which the party's facts give. Building refuses what is wrong in
 * itself (a circumstance the standard does not declare, an item not in the frame, a hit policy that collects);
 * whether the tiers keep to the statute is for {@link StandardVerifier} to report.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DiscretionStandard {

    /** The name of the column of statutory mitigation every standard may test. */
    public static final String MITIGATION = "mitigation";
    /** The column of statutory mitigation: {@link StatutoryMitigation}, graver when smaller. */
    public static final Column MITIGATION_COLUMN = Column.ofEnum(MITIGATION, StatutoryMitigation.class)
            .graverWhenSmaller();

    private final String title;
    private final String issuer;
    private final String number;
    private final StandardLevel level;
    private final LocalDate effective;
    private final Optional<LocalDate> until;
    private final Optional<String> implementing;
    private final StatutoryFrame frame;
    private final ImmutableList<Column> circumstances;
    private final boolean midpointDefault;
    private final ImmutableMap<String, ItemStandard> items;

    private DiscretionStandard(Builder b) {
        String name = "Standard " + Texts.quote(b.number);
        checkArgument(b.until == null || !b.until.isBefore(b.effective), "%s: until %s is before effective %s", name,
                b.until, b.effective);
        checkArgument(b.implementing == null || b.level != StandardLevel.NATIONAL, "%s: a national standard "
                + "implements no higher one, but implementing was %s", name, Texts.quote(b.implementing));
        checkArgument(!b.items.isEmpty(), "%s must grade at least one violation item", name);
        this.title = b.title;
        this.issuer = b.issuer;
        this.number = b.number;
        this.level = b.level;
        this.effective = b.effective;
        this.until = Optional.ofNullable(b.until);
        this.implementing = Optional.ofNullable(b.implementing);
        this.frame = b.frame;
        this.circumstances = ImmutableList.copyOf(b.circumstances.values());
        this.midpointDefault = b.midpointDefault;
        FactSchema<Offence> schema = schema(name, circumstances);
        Map<String, ItemStandard> built = new LinkedHashMap<>();
        for (Map.Entry<String, TableSpec<Tier>> e : b.items.entrySet()) {
            String code = e.getKey();
            String where = name + ", item " + Texts.quote(code);
            ViolationItem item = frame.item(code).orElseThrow(() -> new IllegalArgumentException(where + " is not an "
                    + "item of the statutory frame " + frame));
            TableSpec<Tier> spec = e.getValue();
            checkPolicy(where, spec.policy());
            for (Column column : spec.columns()) {
                Column declared = column.name().equals(MITIGATION) ? MITIGATION_COLUMN
                        : b.circumstances.get(column.name());
                checkArgument(declared != null, "%s: the tiers test circumstance %s, which the standard does not "
                        + "declare (declared: %s)", where, Texts.quote(column.name()), b.circumstances.keySet());
                checkArgument(declared.equals(column), "%s: the tiers define circumstance %s as %s, but the standard "
                        + "declares it as %s", where, Texts.quote(column.name()), column, declared);
            }
            built.put(code, new ItemStandard(item, spec, b.firstOffence.contains(code), schema));
        }
        for (String code : b.firstOffence) {
            checkArgument(built.containsKey(code), "%s: the list of first offences not punished names item %s, which "
                    + "the standard does not grade", name, Texts.quote(code));
        }
        this.items = ImmutableMap.copyOf(built);
    }

    private static FactSchema<Offence> schema(String name, List<Column> circumstances) {
        FactSchema.Builder<Offence> schema = FactSchema.<Offence>builder(name)
                .enumColumn(MITIGATION, StatutoryMitigation.class, o -> o.party().mitigation());
        for (Column c : circumstances) {
            String n = c.name();
            switch (c.kind()) {
                case BOOLEAN -> schema.booleanColumn(n, o -> o.circumstances().booleanValue(n));
                case INT -> schema.intColumn(n, o -> (int) o.circumstances().longValue(n));
                case LONG -> schema.longColumn(n, o -> o.circumstances().longValue(n));
                case STRING -> schema.stringColumn(n, o -> o.circumstances().stringValue(n));
                case ENUM -> throw new IllegalArgumentException(name + ": circumstance " + Texts.quote(n)
                        + " is an enum column; declare it as a list of strings");
            }
        }
        return schema.build();
    }

    /**
     * Starts building a standard.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the tiers of an item, with the hit policy {@link HitPolicy#FIRST} (the first row that applies, so rows
     * for statutory mitigation come first), {@link Tier#SEVERITY} as the order, and tiers worded by
     * {@link Tier#text()}. Declare the columns the rows test, then the rows.
     *
     * @param item  the item's code, used as the table's name, not null
     * @return a table builder, not null
     */
    public static TableSpec.Builder<Tier> tiers(String item) {
        return tiers(item, HitPolicy.FIRST);
    }

    /**
     * Starts the tiers of an item with a hit policy, otherwise as {@link #tiers(String)}: {@link HitPolicy#UNIQUE}
     * where the rows must not overlap, {@link HitPolicy#PRIORITY} where the gravest tier that applies wins.
     *
     * @param item  the item's code, used as the table's name, not null
     * @param policy  the hit policy, not {@link HitPolicy#COLLECT}, not null
     * @return a table builder, not null
     * @throws IllegalArgumentException if the policy collects: a case falls in one tier
     */
    public static TableSpec.Builder<Tier> tiers(String item, HitPolicy policy) {
        Objects.requireNonNull(item, "item");
        checkPolicy("Standard, item " + Texts.quote(item), Objects.requireNonNull(policy, "policy"));
        return TableSpec.<Tier>builder(item, policy).order(Tier.SEVERITY)
                .wording(DecisionWording.describing(Tier::text));
    }

    private static void checkPolicy(String where, HitPolicy policy) {
        checkArgument(policy != HitPolicy.COLLECT, "%s: tiers cannot be collected; use FIRST, UNIQUE or PRIORITY",
                where);
    }

    /**
     * Returns the title (名称).
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the issuing agency (制定机关).
     *
     * @return the issuer, not null
     */
    public String issuer() {
        return issuer;
    }

    /**
     * Returns the document number (文号), which identifies the standard.
     *
     * @return the number, not null
     */
    public String number() {
        return number;
    }

    /**
     * Returns the level of the issuer.
     *
     * @return the level, not null
     */
    public StandardLevel level() {
        return level;
    }

    /**
     * Returns the first day in force.
     *
     * @return the day, not null
     */
    public LocalDate effective() {
        return effective;
    }

    /**
     * Returns the last day in force.
     *
     * @return the day, empty while in force indefinitely, not null
     */
    public Optional<LocalDate> until() {
        return until;
    }

    /**
     * Returns whether the standard is in force on a day.
     *
     * @param day  the day, not null
     * @return true if in force
     */
    public boolean isInForceOn(LocalDate day) {
        // no lambda: deciding a penalty asks this twice
        return !day.isBefore(effective) && (until.isEmpty() || !day.isAfter(until.get()));
    }

    /**
     * Returns the 文号 of the higher standard this one implements.
     *
     * @return the number, empty if none, not null
     */
    public Optional<String> implementing() {
        return implementing;
    }

    /**
     * Returns the statutory frame the standard grades.
     *
     * @return the frame, not null
     */
    public StatutoryFrame frame() {
        return frame;
    }

    /**
     * Returns the circumstances the tiers may test, besides {@value #MITIGATION}.
     *
     * @return the columns, in order, not null
     */
    public List<Column> circumstances() {
        return circumstances;
    }

    /**
     * Returns whether the standard makes the middle of a tier's range the default fine (中间值).
     *
     * @return true if so
     */
    public boolean isMidpointDefault() {
        return midpointDefault;
    }

    /**
     * Returns the graded items, in order.
     *
     * @return the items, not null
     */
    public List<ItemStandard> items() {
        return items.values().asList();
    }

    /**
     * Returns the standard of an item.
     *
     * @param code  the item's code, not null
     * @return the item's standard, empty if the standard does not grade it, not null
     */
    public Optional<ItemStandard> item(String code) {
        return Optional.ofNullable(items.get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DiscretionStandard s && number.equals(s.number) && title.equals(s.title)
                && issuer.equals(s.issuer) && level == s.level && effective.equals(s.effective)
                && until.equals(s.until) && implementing.equals(s.implementing) && frame.equals(s.frame)
                && circumstances.equals(s.circumstances) && midpointDefault == s.midpointDefault
                && items().equals(s.items());
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title, issuer, level, effective, until, items);
    }

    /** Returns the 文号 and title. */
    @Override
    public String toString() {
        return number + " " + title;
    }

    /**
     * Builds a {@link DiscretionStandard}. Title, issuer, number, level, effective day, frame and at least one item
     * are required; each single attribute is set once; a refused value leaves the builder as it was. A builder is
     * not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("DiscretionStandard");
        private String title;
        private String issuer;
        private String number;
        private StandardLevel level;
        private LocalDate effective;
        private LocalDate until;
        private String implementing;
        private StatutoryFrame frame;
        private final Map<String, Column> circumstances = new LinkedHashMap<>();
        private boolean midpointDefault;
        private final Map<String, TableSpec<Tier>> items = new LinkedHashMap<>();
        private final Set<String> firstOffence = new LinkedHashSet<>();

        private Builder() {}

        /**
         * Sets the title (名称); required.
         *
         * @param title  the title, one line, not null
         * @return this builder, not null
         */
        public Builder title(String title) {
            this.title = required.once("title", title, t -> Texts.checkLine("Standard: title", t));
            return this;
        }

        /**
         * Sets the issuing agency (制定机关); required.
         *
         * @param issuer  the agency's name, one line, not null
         * @return this builder, not null
         */
        public Builder issuer(String issuer) {
            this.issuer = required.once("issuer", issuer, t -> Texts.checkLine("Standard: issuer", t));
            return this;
        }

        /**
         * Sets the document number (文号), such as 冀烟法〔2021〕36号; required.
         *
         * @param number  the number, one line of at most 64 characters, not null
         * @return this builder, not null
         */
        public Builder number(String number) {
            this.number = required.once("number", number, t -> Texts.checkLine("Standard: number", t, 64));
            return this;
        }

        /**
         * Sets the level of the issuer; required.
         *
         * @param level  the level, not null
         * @return this builder, not null
         */
        public Builder level(StandardLevel level) {
            this.level = required.once("level", level);
            return this;
        }

        /**
         * Sets the first day in force; required.
         *
         * @param day  the day, not null
         * @return this builder, not null
         */
        public Builder effective(LocalDate day) {
            this.effective = required.once("effective", day);
            return this;
        }

        /**
         * Sets the last day in force; in force indefinitely if not set.
         *
         * @param day  the day, not before the effective day, not null
         * @return this builder, not null
         */
        public Builder until(LocalDate day) {
            this.until = required.once("until", day);
            return this;
        }

        /**
         * Sets the 文号 of the higher standard this one implements (细化).
         *
         * @param number  the higher standard's number, one line, not null
         * @return this builder, not null
         */
        public Builder implementing(String number) {
            this.implementing = required.once("implementing", number,
                    t -> Texts.checkLine("Standard: implementing", t, 64));
            return this;
        }

        /**
         * Sets the statutory frame whose items the standard grades; required.
         *
         * @param frame  the frame, not null
         * @return this builder, not null
         */
        public Builder frame(StatutoryFrame frame) {
            this.frame = required.once("frame", frame);
            return this;
        }

        /**
         * Declares circumstances the tiers may test: boolean, whole-number or string-list columns, with the direction
         * in which they are graver for the proportionality check.
         *
         * @param columns  the columns, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if a name is {@value DiscretionStandard#MITIGATION} or declared already, or
         *         a column is of enum constants; nothing is declared
         */
        public Builder circumstances(Column... columns) {
            Map<String, Column> added = new LinkedHashMap<>();
            for (Column c : columns) {
                Objects.requireNonNull(c, "circumstances");
                checkArgument(!c.name().equals(MITIGATION), "Standard: circumstance %s is reserved for statutory "
                        + "mitigation", Texts.quote(MITIGATION));
                checkArgument(c.kind() != Column.Kind.ENUM, "Standard: circumstance %s is a column of enum constants; "
                        + "declare it as a list of strings", Texts.quote(c.name()));
                checkArgument(!circumstances.containsKey(c.name()) && added.put(c.name(), c) == null,
                        "Standard: circumstance %s is declared twice", Texts.quote(c.name()));
            }
            circumstances.putAll(added);
            return this;
        }

        /**
         * Sets whether the middle of a tier's range is the default fine (中间值); false by default.
         *
         * @param midpoint  true if so
         * @return this builder, not null
         */
        public Builder midpointDefault(boolean midpoint) {
            this.midpointDefault = required.once("midpointDefault", midpoint);
            return this;
        }

        /**
         * Grades an item of the frame with its tiers, best started with {@link DiscretionStandard#tiers}.
         *
         * @param code  the item's code in the frame, not null
         * @param tiers  the tiers and their conditions, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the item is graded already
         */
        public Builder item(String code, TableSpec<Tier> tiers) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(tiers, "tiers");
            if (items.containsKey(code)) {
                throw new IllegalArgumentException((number == null ? "Standard" : "Standard " + Texts.quote(number))
                        + ": item " + Texts.quote(code) + " is graded twice");
            }
            items.put(code, tiers);
            return this;
        }

        /**
         * Puts items on the list of first offences not punished (首违不罚清单): a first offence with slight harm,
         * corrected in time, is not punished (行政处罚法 Art 33 para 1: 可以不予行政处罚).
         *
         * @param codes  the items' codes, each graded by the standard when built, not null
         * @return this builder, not null
         */
        public Builder firstOffenceExempt(String... codes) {
            List<String> added = new ArrayList<>();
            for (String c : codes) {
                added.add(Objects.requireNonNull(c, "codes"));
            }
            firstOffence.addAll(added);
            return this;
        }

        /**
         * Builds the standard.
         *
         * @return the standard, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if an item is not in the frame, its tiers test a circumstance not declared
         *         or collect, the period is empty, or a listed first offence is not graded; the message names the
         *         standard and the item
         */
        public DiscretionStandard build() {
            required.present("title", title, "issuer", issuer, "number", number, "level", level, "effective",
                    effective, "frame", frame);
            return new DiscretionStandard(this);
        }
    }
}
