package io.github.quanze.disparity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.internal.Amounts;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Required;
import io.github.quanze.internal.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decided penalty case (已决处罚案件), as the analysis of like cases sees it: its case number, the agency that
 * decided it and the officers who handled it (承办人), the violation item and the declared circumstance facts
 * (its circumstance profile), the level of discretion the decision applied, the fine and its base, and what the
 * discretion standard gives for these facts.
 * <pre>{@code
 * DecidedPenalty decided = DecidedPenalty.builder()
 *     .caseId("某烟罚〔2025〕17号").agency("某县烟草专卖局").officers("执法证0101", "执法证0102")
 *     .item("YC-057").profile(Circumstances.builder().set("repeated", false).build())
 *     .level(TierLevel.ORDINARY).fine(new BigDecimal("1500")).base(new BigDecimal("5000"))
 *     .expected(Expectation.of(TierLevel.ORDINARY, bounds))
 *     .build();
 * }</pre>
 * The fine is compared with the fines of like cases as it is when there is no base; where the fine is a multiple of
 * a base amount (违法所得, 违法经营额 …) the analysis compares the rate, fine ÷ base, instead, since like facts with
 * different bases give different fines.
 * <p>
 * This class is immutable and thread-safe. It is final and built only by its {@link Builder}.
 */
public final class DecidedPenalty {

    /** The longest case number accepted. */
    public static final int MAX_CASE_ID_LENGTH = 128;
    /** The longest agency name or code accepted. */
    public static final int MAX_AGENCY_LENGTH = 128;
    /** The longest officer name or number accepted. */
    public static final int MAX_OFFICER_LENGTH = 64;

    private final String caseId;
    private final String agency;
    private final ImmutableList<String> officers;
    private final String item;
    private final Circumstances profile;
    private final TierLevel level;
    private final Optional<BigDecimal> fine;
    private final Optional<BigDecimal> base;
    /** The fine and the base in fen, -1 if none: what the analysis reads for every case. */
    private final long fineFen;
    private final long baseFen;
    private final Optional<Expectation> expected;

    private DecidedPenalty(Builder b) {
        // the messages are made only on failure: a reader builds a case for every decision it reads
        checkArgument(b.level != TierLevel.NO_PENALTY || b.fine == null, "Decided penalty %s: level NO_PENALTY (不予处罚) "
                + "with a fine of %s yuan; a case not penalised has no fine", Texts.quoted(b.caseId), b.fine);
        checkArgument(b.base == null || b.fine != null, "Decided penalty %s: a fine base of %s yuan without a fine; "
                + "set the base only for a fine that is a multiple of it", Texts.quoted(b.caseId), b.base);
        this.caseId = b.caseId;
        this.agency = b.agency;
        this.officers = b.officers;
        this.item = b.item;
        this.profile = b.profile;
        this.level = b.level;
        this.fine = Optional.ofNullable(b.fine);
        this.base = Optional.ofNullable(b.base);
        // at most Amounts.MAX_YUAN, 10^14 fen: a long holds it, and the product of two
        this.fineFen = b.fine == null ? -1 : b.fine.unscaledValue().longValueExact();
        this.baseFen = b.base == null ? -1 : b.base.unscaledValue().longValueExact();
        this.expected = Optional.ofNullable(b.expected);
    }

    /**
     * Starts building a decided case: set its case number, agency, officers, item, profile and level; the fine,
     * its base and the expectation are optional.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this case's attributes; each can be set once on it.
     *
     * @return a builder filled from this case, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.caseId = caseId;
        b.agency = agency;
        b.officers = officers;
        b.item = item;
        b.profile = profile;
        b.level = level;
        b.fine = fine.orElse(null);
        b.base = base.orElse(null);
        b.expected = expected.orElse(null);
        return b;
    }

    /**
     * Returns the case number (案号), unique among the cases analysed together.
     *
     * @return the case number, not blank
     */
    public String caseId() {
        return caseId;
    }

    /**
     * Returns the agency that decided the case (执法主体), by name or code.
     *
     * @return the agency, not blank
     */
    public String agency() {
        return agency;
    }

    /**
     * Returns the officers who handled the case (承办人), by name or certificate number.
     *
     * @return the officers, at least one, distinct, in the order given, not null
     */
    public List<String> officers() {
        return officers;
    }

    /**
     * Returns the code of the violation item (违法行为), such as YC-057.
     *
     * @return the code, not blank
     */
    public String item() {
        return item;
    }

    /**
     * Returns the declared circumstance facts (情节), by which like cases are grouped.
     *
     * @return the profile, not null
     */
    public Circumstances profile() {
        return profile;
    }

    /**
     * Returns the level of discretion the decision applied (适用的裁量阶次).
     *
     * @return the level, not null
     */
    public TierLevel level() {
        return level;
    }

    /**
     * Returns the fine imposed, in yuan.
     *
     * @return the fine with two decimal places, empty if the decision imposed none, not null
     */
    public Optional<BigDecimal> fine() {
        return fine;
    }

    /**
     * Returns the base amount the fine is a multiple of (罚款基数), such as 违法经营总额, in yuan.
     *
     * @return the base, more than nothing, with two decimal places, empty if the fine is not a multiple, not null
     */
    public Optional<BigDecimal> base() {
        return base;
    }

    /**
     * Returns what the discretion standard gives for the facts of the case.
     *
     * @return the expectation, empty if the caller gave none, not null
     */
    public Optional<Expectation> expected() {
        return expected;
    }

    /** The fine in fen, -1 if none. */
    long fineFen() {
        return fineFen;
    }

    /** The base in fen, -1 if none. */
    long baseFen() {
        return baseFen;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecidedPenalty d && caseId.equals(d.caseId) && agency.equals(d.agency)
                && officers.equals(d.officers) && item.equals(d.item) && profile.equals(d.profile)
                && level == d.level && fine.equals(d.fine) && base.equals(d.base) && expected.equals(d.expected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, agency, officers, item, profile, level, fine, base, expected);
    }

    /** Returns the case number, item, level and fine: 某烟罚〔2025〕17号 YC-057 ORDINARY 1500.00. */
    @Override
    public String toString() {
        return caseId + " " + item + " " + level + fine.map(f -> " " + f.toPlainString()).orElse("");
    }

    private static void checkOfficers(List<String> officers) {
        checkArgument(!officers.isEmpty(), "Decided penalty: officers must name at least one officer (承办人)");
        for (String officer : officers) {
            if (!Texts.isLine(officer, MAX_OFFICER_LENGTH)) {
                Texts.checkLine("Decided penalty: officer", officer, MAX_OFFICER_LENGTH);
            }
        }
        checkArgument(Lists.isDistinct(officers), "Decided penalty: officers must be distinct, but were %s",
                Texts.quoted(officers));
    }

    /**
     * Builds a {@link DecidedPenalty} (已决处罚案件). The case number, agency, officers, item, profile and level are
     * required; {@link #build()} names every one still missing. A refused value leaves the builder as it was. A
     * builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("DecidedPenalty");
        private String caseId;
        private String agency;
        private ImmutableList<String> officers;
        private String item;
        private Circumstances profile;
        private TierLevel level;
        private BigDecimal fine;
        private BigDecimal base;
        private Expectation expected;

        private Builder() {}

        /**
         * Sets the case number (案号); required.
         *
         * @param caseId  the case number, one line of at most {@value DecidedPenalty#MAX_CASE_ID_LENGTH} characters,
         *        not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the case number is blank, too long or not one line; nothing is set
         * @throws IllegalStateException if the case number is already set
         */
        public Builder caseId(String caseId) {
            this.caseId = required.once("caseId", caseId, v -> checkLine("caseId", v, MAX_CASE_ID_LENGTH));
            return this;
        }

        /**
         * Sets the agency that decided the case (执法主体); required.
         *
         * @param agency  the agency's name or code, one line of at most {@value DecidedPenalty#MAX_AGENCY_LENGTH}
         *        characters, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the agency is blank, too long or not one line; nothing is set
         * @throws IllegalStateException if the agency is already set
         */
        public Builder agency(String agency) {
            this.agency = required.once("agency", agency, v -> checkLine("agency", v, MAX_AGENCY_LENGTH));
            return this;
        }

        /**
         * Sets the officers who handled the case (承办人); required.
         *
         * @param officers  the officers' names or numbers, at least one, distinct, each one line of at most
         *        {@value DecidedPenalty#MAX_OFFICER_LENGTH} characters, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if there is no officer, one is blank, too long or not one line, or two
         *         are equal; nothing is set
         * @throws NullPointerException if the list or an officer is null
         * @throws IllegalStateException if the officers are already set
         */
        public Builder officers(List<String> officers) {
            this.officers = required.once("officers", Lists.copyOf("officers", officers),
                    DecidedPenalty::checkOfficers);
            return this;
        }

        /**
         * Sets the officers who handled the case (承办人), as {@link #officers(List)}; required.
         *
         * @param first  the first officer, not null
         * @param more  the other officers, not null
         * @return this builder, not null
         * @throws IllegalArgumentException as {@link #officers(List)}
         * @throws IllegalStateException if the officers are already set
         */
        public Builder officers(String first, String... more) {
            Objects.requireNonNull(more, "officers");
            ImmutableList.Builder<String> all = ImmutableList.builder();
            all.add(Objects.requireNonNull(first, "officers[0] must not be null"));
            for (int i = 0; i < more.length; i++) {
                all.add(Objects.requireNonNull(more[i], "officers[" + (i + 1) + "] must not be null"));
            }
            return officers(all.build());
        }

        /**
         * Sets the code of the violation item (违法行为); required.
         *
         * @param item  the code, one line of at most {@value ViolationItem#MAX_CODE_LENGTH} characters, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the code is blank, too long or not one line; nothing is set
         * @throws IllegalStateException if the item is already set
         */
        public Builder item(String item) {
            this.item = required.once("item", item, v -> checkLine("item", v, ViolationItem.MAX_CODE_LENGTH));
            return this;
        }

        /**
         * Sets the declared circumstance facts (情节); required, {@link Circumstances#none()} if none were declared.
         *
         * @param profile  the circumstances, not null
         * @return this builder, not null
         * @throws IllegalStateException if the profile is already set
         */
        public Builder profile(Circumstances profile) {
            this.profile = required.once("profile", profile);
            return this;
        }

        /**
         * Sets the level of discretion the decision applied (适用的裁量阶次); required.
         *
         * @param level  the level, not null
         * @return this builder, not null
         * @throws IllegalStateException if the level is already set
         */
        public Builder level(TierLevel level) {
            this.level = required.once("level", level);
            return this;
        }

        /**
         * Sets the fine imposed; optional, for a decision with a fine. A fine is more than 0, as the fine of a
         * {@code PenaltyDecision} is: a decision without a fine leaves it unset.
         *
         * @param yuan  the fine in yuan, a whole number of fen more than 0 and at most {@link Amounts#MAX_YUAN},
         *        not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the fine is not more than 0, finer than a fen or too large; nothing is
         *         set
         * @throws IllegalStateException if the fine is already set
         */
        public Builder fine(BigDecimal yuan) {
            this.fine = required.once("fine", yuan, v -> checkPositive("fine", v, "the decision has no fine"))
                    .setScale(2);
            return this;
        }

        /**
         * Sets the base amount the fine is a multiple of (罚款基数), such as 违法所得 or 违法经营总额; optional, only
         * with a fine.
         *
         * @param yuan  the base in yuan, a whole number of fen more than 0 and at most {@link Amounts#MAX_YUAN},
         *        not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the base is not more than 0, finer than a fen or too large; nothing is
         *         set
         * @throws IllegalStateException if the base is already set
         */
        public Builder base(BigDecimal yuan) {
            this.base = required.once("base", yuan, v -> checkPositive("base", v, "there is no base")).setScale(2);
            return this;
        }

        /**
         * Sets what the discretion standard gives for the facts of the case; optional.
         *
         * @param expected  the expectation, not null
         * @return this builder, not null
         * @throws IllegalStateException if the expectation is already set
         */
        public Builder expected(Expectation expected) {
            this.expected = required.once("expected", expected);
            return this;
        }

        private String what() {
            return caseId == null ? "Decided penalty" : "Decided penalty " + Texts.quote(caseId);
        }

        /** Checks an amount as {@link Amounts#yuan} does, naming the case and the field only when it fails. */
        private void checkYuan(String field, BigDecimal value) {
            if (value.signum() < 0 || value.scale() > 2 || value.compareTo(Amounts.MAX_YUAN) > 0) {
                Amounts.yuan(what() + ": " + field, value);
            }
        }

        /** Checks an amount as {@link #checkYuan} does, and that it is more than 0, saying when to leave it unset. */
        private void checkPositive(String field, BigDecimal value, String unset) {
            checkYuan(field, value);
            if (value.signum() == 0) {
                throw new IllegalArgumentException(what() + ": " + field + " must be more than 0 yuan, but was "
                        + value.toPlainString() + "; leave it unset when " + unset);
            }
        }

        /** Checks a one-line text, naming the case and the field only when it fails. */
        private void checkLine(String field, String value, int maxLength) {
            if (!Texts.isLine(value, maxLength)) {
                Texts.checkLine(what() + ": " + field, value, maxLength);
            }
        }

        /**
         * Builds the case.
         *
         * @return the case, not null
         * @throws IllegalStateException if a required attribute is missing; the message names all that are
         * @throws IllegalArgumentException if the level is {@link TierLevel#NO_PENALTY} and a fine is set, or a base
         *         is set without a fine; the message names the case
         */
        public DecidedPenalty build() {
            required.present("caseId", caseId, "agency", agency, "officers", officers, "item", item, "profile",
                    profile, "level", level);
            return new DecidedPenalty(this);
        }
    }
}
