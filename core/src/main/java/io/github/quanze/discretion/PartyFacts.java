package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.internal.Required;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The party's side of a penalty (当事人情节): the facts 行政处罚法 Arts 30–33 decide on, whatever the standard says.
 * <ul>
 * <li>Art 30: age at the act; under 14 → 不予行政处罚, 14 to 17 → 应当从轻或者减轻.
 * <li>Art 31: mental capacity; none → 不予, diminished → 可以从轻或者减轻.
 * <li>Art 32: the grounds on which the penalty 应当从轻或者减轻.
 * <li>Art 33 para 1: 违法行为轻微, the harm, 及时改正, 初次违法; para 2: evidence of no subjective fault, unless a law
 * or administrative regulation provides otherwise (not modelled: the caller does not set {@code noFaultProven} then).
 * </ul>
 * Every fact is the finding of the agency; this class only carries it. {@link #none()} is an adult of full capacity
 * with no ground. This class is immutable and thread-safe.
 */
public final class PartyFacts {

    /** The age below which 行政处罚法 Art 30 excludes a penalty. */
    public static final int AGE_OF_RESPONSIBILITY = 14;
    /** The age from which 行政处罚法 Art 30 no longer mitigates. */
    public static final int AGE_OF_MAJORITY = 18;

    private static final PartyFacts NONE = builder().build();

    private final OptionalInt age;
    private final MentalCapacity capacity;
    private final Set<MitigatingGround> grounds;
    private final boolean minorAct;
    private final Harm harm;
    private final boolean correctedInTime;
    private final boolean firstOffence;
    private final boolean noFaultProven;

    private PartyFacts(Builder b) {
        this.age = b.age;
        this.capacity = b.capacity;
        this.grounds = Sets.immutableEnumSet(b.grounds);
        this.minorAct = b.minorAct;
        this.harm = b.harm;
        this.correctedInTime = b.correctedInTime;
        this.firstOffence = b.firstOffence;
        this.noFaultProven = b.noFaultProven;
    }

    /**
     * Returns the facts of an adult of full capacity with no statutory ground, whose act has harmful consequences.
     *
     * @return the facts, not null
     */
    public static PartyFacts none() {
        return NONE;
    }

    /**
     * Starts building the facts; every attribute is optional.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the age of a natural person at the act.
     *
     * @return the age, empty for an organisation or when not relevant
     */
    public OptionalInt age() {
        return age;
    }

    /**
     * Returns the party's capacity at the act (Art 31).
     *
     * @return the capacity, {@link MentalCapacity#FULL} unless set, not null
     */
    public MentalCapacity capacity() {
        return capacity;
    }

    /**
     * Returns the Art 32 grounds found.
     *
     * @return the grounds, not null
     */
    public Set<MitigatingGround> grounds() {
        return grounds;
    }

    /**
     * Returns whether the act is minor (违法行为轻微, Art 33 para 1).
     *
     * @return true if minor
     */
    public boolean isMinorAct() {
        return minorAct;
    }

    /**
     * Returns the harmful consequences (Art 33 para 1).
     *
     * @return the harm, {@link Harm#HARMFUL} unless set, not null
     */
    public Harm harm() {
        return harm;
    }

    /**
     * Returns whether the party corrected the act in time (及时改正, Art 33 para 1).
     *
     * @return true if corrected in time
     */
    public boolean isCorrectedInTime() {
        return correctedInTime;
    }

    /**
     * Returns whether this is the party's first offence (初次违法, Art 33 para 1).
     *
     * @return true if a first offence
     */
    public boolean isFirstOffence() {
        return firstOffence;
    }

    /**
     * Returns whether the party has evidence sufficient to prove no subjective fault (Art 33 para 2).
     *
     * @return true if proven
     */
    public boolean isNoFaultProven() {
        return noFaultProven;
    }

    /**
     * Returns the statutory mitigation these facts call for: {@link StatutoryMitigation#MUST} for an age of 14 to
     * 17 (Art 30) or any Art 32 ground, else {@link StatutoryMitigation#MAY} for diminished capacity (Art 31), else
     * {@link StatutoryMitigation#NONE}.
     *
     * @return the mitigation, not null
     */
    public StatutoryMitigation mitigation() {
        if (!grounds.isEmpty() || age.isPresent() && age.getAsInt() < AGE_OF_MAJORITY) {
            return StatutoryMitigation.MUST;
        }
        return capacity == MentalCapacity.DIMINISHED ? StatutoryMitigation.MAY : StatutoryMitigation.NONE;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PartyFacts p && age.equals(p.age) && capacity == p.capacity && grounds.equals(p.grounds)
                && minorAct == p.minorAct && harm == p.harm && correctedInTime == p.correctedInTime
                && firstOffence == p.firstOffence && noFaultProven == p.noFaultProven;
    }

    @Override
    public int hashCode() {
        return Objects.hash(age, capacity, grounds, minorAct, harm, correctedInTime, firstOffence, noFaultProven);
    }

    @Override
    public String toString() {
        return "PartyFacts[age=" + age + ", capacity=" + capacity + ", grounds=" + grounds + ", minorAct=" + minorAct
                + ", harm=" + harm + ", corrected=" + correctedInTime + ", first=" + firstOffence + ", noFault="
                + noFaultProven + "]";
    }

    /**
     * Builds {@link PartyFacts}; every attribute is optional and set at most once. A refused value leaves the builder
     * as it was. A builder is not thread-safe.
     */
    public static final class Builder {
        private final Required required = new Required("PartyFacts");
        private OptionalInt age = OptionalInt.empty();
        private MentalCapacity capacity = MentalCapacity.FULL;
        private final Set<MitigatingGround> grounds = EnumSet.noneOf(MitigatingGround.class);
        private boolean minorAct;
        private Harm harm = Harm.HARMFUL;
        private boolean correctedInTime;
        private boolean firstOffence;
        private boolean noFaultProven;

        private Builder() {}

        /**
         * Sets the age of a natural person at the act (Art 30).
         *
         * @param years  the age in whole years, 0 to 150
         * @return this builder, not null
         * @throws IllegalArgumentException if the age is out of range
         */
        public Builder age(int years) {
            required.once("age", years, y -> checkArgument(y >= 0 && y <= 150, "PartyFacts: age must be 0 to 150 "
                    + "years, but was %s", y));
            this.age = OptionalInt.of(years);
            return this;
        }

        /**
         * Sets the party's capacity at the act (Art 31); {@link MentalCapacity#FULL} by default.
         *
         * @param capacity  the capacity, not null
         * @return this builder, not null
         */
        public Builder capacity(MentalCapacity capacity) {
            this.capacity = required.once("capacity", capacity);
            return this;
        }

        /**
         * Sets the Art 32 grounds; none by default.
         *
         * @param found  the grounds, none null, not null
         * @return this builder, not null
         * @throws IllegalStateException if the grounds were set before
         */
        public Builder grounds(MitigatingGround... found) {
            required.once("grounds", found, f -> {
                for (MitigatingGround g : f) {
                    Objects.requireNonNull(g, "PartyFacts: grounds must not hold null");
                }
            });
            grounds.addAll(java.util.List.of(found));
            return this;
        }

        /**
         * Sets whether the act is minor (违法行为轻微); false by default.
         *
         * @param minor  true if minor
         * @return this builder, not null
         */
        public Builder minorAct(boolean minor) {
            this.minorAct = required.once("minorAct", minor);
            return this;
        }

        /**
         * Sets the harmful consequences; {@link Harm#HARMFUL} by default.
         *
         * @param harm  the harm, not null
         * @return this builder, not null
         */
        public Builder harm(Harm harm) {
            this.harm = required.once("harm", harm);
            return this;
        }

        /**
         * Sets whether the party corrected the act in time (及时改正); false by default.
         *
         * @param corrected  true if corrected in time
         * @return this builder, not null
         */
        public Builder correctedInTime(boolean corrected) {
            this.correctedInTime = required.once("correctedInTime", corrected);
            return this;
        }

        /**
         * Sets whether this is the party's first offence (初次违法); false by default.
         *
         * @param first  true if a first offence
         * @return this builder, not null
         */
        public Builder firstOffence(boolean first) {
            this.firstOffence = required.once("firstOffence", first);
            return this;
        }

        /**
         * Sets whether the party proved it had no subjective fault (Art 33 para 2); false by default. Art 33 para 2
         * ends "法律、行政法规另有规定的，从其规定", which this class does not model: the caller must not set this where a
         * law or administrative regulation provides otherwise for the act (our interpretation of who decides; the
         * 说理 says so).
         *
         * @param proven  true if proven
         * @return this builder, not null
         */
        public Builder noFaultProven(boolean proven) {
            this.noFaultProven = required.once("noFaultProven", proven);
            return this;
        }

        /**
         * Builds the facts.
         *
         * @return the facts, not null
         */
        public PartyFacts build() {
            return new PartyFacts(this);
        }
    }
}
