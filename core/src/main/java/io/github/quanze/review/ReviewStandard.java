package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.quanze.internal.Texts;
import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A review standard (评查标准): items with their points, the criteria under each (deductions and veto items), the
 * grade thresholds, which criterion each procedural violation found by replaying a case counts as, and who issued
 * the standard and when it applies. A standard is data: a province builds its own, or revises one, with
 * {@link #builder} and {@link #toBuilder}.
 * <p>
 * Building checks that the items add up to the declared total, that no criterion deducts more than its item
 * carries, that codes are unique and referenced ones exist, and that the thresholds make sense. This class is
 * immutable and thread-safe.
 */
public final class ReviewStandard {

    private final String name;
    private final String issuer;
    private final LocalDate effectiveFrom;
    private final Optional<LocalDate> effectiveUntil;
    private final int total;
    private final ImmutableMap<String, ReviewItem> items;
    private final ImmutableMap<String, ReviewCriterion> criteria;
    private final int excellentFrom;
    private final int passFrom;
    private final Map<ViolationKind, ReviewCriterion> byViolation;
    private final String note;

    private ReviewStandard(Builder b) {
        this.name = b.name;
        this.issuer = b.issuer;
        this.effectiveFrom = b.effectiveFrom;
        this.effectiveUntil = b.effectiveUntil;
        this.total = b.total;
        this.items = ImmutableMap.copyOf(b.items);
        this.criteria = ImmutableMap.copyOf(b.criteria);
        this.excellentFrom = b.excellentFrom;
        this.passFrom = b.passFrom;
        EnumMap<ViolationKind, ReviewCriterion> map = new EnumMap<>(ViolationKind.class);
        b.byViolation.forEach((kind, code) -> map.put(kind, criteria.get(code)));
        this.byViolation = Maps.immutableEnumMap(map);
        this.note = b.note;
    }

    /**
     * Starts a standard.
     *
     * @param name  the standard's name, such as 行政处罚案卷评查标准, one line without surrounding spaces, not blank
     * @param issuer  the body that issued it, one line without surrounding spaces, not blank
     * @param effectiveFrom  the first day it applies, not null
     * @return the builder, not null
     * @throws IllegalArgumentException if the name or issuer is blank, has a control character or surrounding spaces
     */
    public static Builder builder(String name, String issuer, LocalDate effectiveFrom) {
        return new Builder(name, issuer, effectiveFrom);
    }

    /**
     * Returns a builder holding this standard, to revise it into a new one.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(name, issuer, effectiveFrom).total(total).thresholds(excellentFrom, passFrom).note(note);
        effectiveUntil.ifPresent(b::effectiveUntil);
        items.values().forEach(b::item);
        criteria.values().forEach(b::criterion);
        byViolation.forEach((kind, criterion) -> b.violation(kind, criterion.code()));
        return b;
    }

    /** @return the name, not null */
    public String name() {
        return name;
    }

    /** @return the issuing body, not null */
    public String issuer() {
        return issuer;
    }

    /** @return the first day the standard applies, not null */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the first day it no longer applies, if it was replaced or repealed */
    public Optional<LocalDate> effectiveUntil() {
        return effectiveUntil;
    }

    /**
     * Checks whether the standard applies on a day.
     *
     * @param date  the day, not null
     * @return true if the day is in its effective period
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && effectiveUntil.map(date::isBefore).orElse(true);
    }

    /** @return the declared total, which the items add up to */
    public int total() {
        return total;
    }

    /** @return the items, in the order they were added, not null */
    public List<ReviewItem> items() {
        return items.values().asList();
    }

    /**
     * Returns an item by its code.
     *
     * @param code  the code, not null
     * @return the item, not null
     * @throws IllegalArgumentException if the standard has no such item
     */
    public ReviewItem item(String code) {
        ReviewItem item = items.get(Objects.requireNonNull(code, "code"));
        checkArgument(item != null, "Review standard %s has no item %s", Texts.quoted(name), Texts.quoted(code));
        return item;
    }

    /** @return the criteria, in the order they were added, not null */
    public List<ReviewCriterion> criteria() {
        return criteria.values().asList();
    }

    /**
     * Returns a criterion by its code.
     *
     * @param code  the code, not null
     * @return the criterion, not null
     * @throws IllegalArgumentException if the standard has no such criterion
     */
    public ReviewCriterion criterion(String code) {
        return findCriterion(code).orElseThrow(() -> new IllegalArgumentException(
                "Review standard " + Texts.quoted(name) + " has no criterion " + Texts.quoted(code)));
    }

    /**
     * Finds a criterion by its code.
     *
     * @param code  the code, not null
     * @return the criterion, or empty if the standard has none of that code
     */
    public Optional<ReviewCriterion> findCriterion(String code) {
        return Optional.ofNullable(criteria.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the criterion a procedural violation counts as.
     *
     * @param kind  the violation's kind, not null
     * @return the criterion, or empty if the standard does not score the kind
     */
    public Optional<ReviewCriterion> criterionFor(ViolationKind kind) {
        return Optional.ofNullable(byViolation.get(Objects.requireNonNull(kind, "kind")));
    }

    /** @return the lowest score graded 优秀 */
    public int excellentFrom() {
        return excellentFrom;
    }

    /** @return the lowest score graded 合格 */
    public int passFrom() {
        return passFrom;
    }

    /** @return what the standard rests on and where it interprets, in words; empty if nothing is said */
    public String note() {
        return note;
    }

    /**
     * Grades a score: 不合格 with any veto, else by the thresholds.
     *
     * @param score  the score, 0 to the total
     * @param vetoed  whether a veto item was found
     * @return the grade, not null
     * @throws IllegalArgumentException if the score is outside 0 and the total
     */
    public Grade grade(int score, boolean vetoed) {
        checkArgument(score >= 0 && score <= total, "Review standard %s: a score must be 0 to %s, but was %s",
                Texts.quoted(name), total, score);
        if (vetoed || score < passFrom) {
            return Grade.FAIL;
        }
        return score >= excellentFrom ? Grade.EXCELLENT : Grade.PASS;
    }

    /** @return the name and effective period, such as "行政处罚案卷评查标准（2026-01-01起）" */
    public String citation() {
        return name + "（" + effectiveFrom + "起" + effectiveUntil.map(u -> "，" + u + "止").orElse("") + "）";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReviewStandard s && name.equals(s.name) && issuer.equals(s.issuer)
                && effectiveFrom.equals(s.effectiveFrom) && effectiveUntil.equals(s.effectiveUntil) && total == s.total
                && items.equals(s.items) && criteria.equals(s.criteria) && excellentFrom == s.excellentFrom
                && passFrom == s.passFrom && byViolation.equals(s.byViolation) && note.equals(s.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, effectiveFrom, items, criteria);
    }

    @Override
    public String toString() {
        return citation();
    }

    /**
     * Builds a {@link ReviewStandard}. Not thread-safe.
     */
    public static final class Builder {
        /** The most problems a message lists, so that a standard with thousands of bad criteria fails in a line. */
        private static final int MAX_PROBLEMS = 5;
        private final String name;
        private final String issuer;
        private final LocalDate effectiveFrom;
        private Optional<LocalDate> effectiveUntil = Optional.empty();
        private int total = 100;
        private final Map<String, ReviewItem> items = new LinkedHashMap<>();
        private final Map<String, ReviewCriterion> criteria = new LinkedHashMap<>();
        private int excellentFrom = 90;
        private int passFrom = 60;
        private final Map<ViolationKind, String> byViolation = new EnumMap<>(ViolationKind.class);
        private String note = "";

        private Builder(String name, String issuer, LocalDate effectiveFrom) {
            this.name = Objects.requireNonNull(name, "name");
            this.issuer = Objects.requireNonNull(issuer, "issuer");
            this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Texts.checkLine("Review standard name", name);
            Texts.checkLine("Review standard " + Texts.quoted(name) + ": issuer", issuer);
        }

        /**
         * Sets the first day the standard no longer applies.
         *
         * @param until  the day, after the effective date
         * @return this builder, not null
         */
        public Builder effectiveUntil(LocalDate until) {
            this.effectiveUntil = Optional.of(Objects.requireNonNull(until, "effectiveUntil"));
            return this;
        }

        /**
         * Sets the declared total the items must add up to (default 100).
         *
         * @param total  the total
         * @return this builder, not null
         */
        public Builder total(int total) {
            this.total = total;
            return this;
        }

        /**
         * Sets the grade thresholds (default 优秀 from 90, 合格 from 60).
         *
         * @param excellentFrom  the lowest score graded 优秀
         * @param passFrom  the lowest score graded 合格
         * @return this builder, not null
         */
        public Builder thresholds(int excellentFrom, int passFrom) {
            this.excellentFrom = excellentFrom;
            this.passFrom = passFrom;
            return this;
        }

        /**
         * Adds an item, or replaces the item of the same code.
         *
         * @param item  the item, not null
         * @return this builder, not null
         */
        public Builder item(ReviewItem item) {
            Objects.requireNonNull(item, "item");
            items.put(item.code(), item);
            return this;
        }

        /**
         * Adds a criterion, or replaces the criterion of the same code.
         *
         * @param criterion  the criterion, not null
         * @return this builder, not null
         */
        public Builder criterion(ReviewCriterion criterion) {
            Objects.requireNonNull(criterion, "criterion");
            criteria.put(criterion.code(), criterion);
            return this;
        }

        /**
         * Counts a kind of procedural violation as a criterion.
         *
         * @param kind  the violation kind, not null
         * @param criterion  the criterion's code, not null
         * @return this builder, not null
         */
        public Builder violation(ViolationKind kind, String criterion) {
            byViolation.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /**
         * Says what the standard rests on and where it interprets.
         *
         * @param note  the note, empty or a text with no control character but line breaks, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the note is blank but not empty, or has another control character
         */
        public Builder note(String note) {
            Objects.requireNonNull(note, "note");
            this.note = Texts.checkTextOrEmpty("Review standard " + Texts.quoted(name) + ": note", note);
            return this;
        }

        /**
         * Builds the standard.
         *
         * @return the standard, not null
         * @throws IllegalArgumentException if the standard has no item, its items do not add up to its total, a
         *         criterion names an unknown item or deducts more than its item carries, a violation names an unknown
         *         criterion, the thresholds are not {@code 0 < pass <= excellent <= total}, or the period ends
         *         before it starts; the message names the standard and the item or criterion
         */
        public ReviewStandard build() {
            String standard = Texts.quote(name);
            checkArgument(!items.isEmpty(), "Review standard %s has no item", standard);
            long sum = items.values().stream().mapToLong(ReviewItem::points).sum();
            checkArgument(sum == total, "Review standard %s: items add up to %s points, not the declared total %s",
                    standard, sum, total);
            List<String> problems = new ArrayList<>();
            for (ReviewCriterion c : criteria.values()) {
                ReviewItem item = items.get(c.item());
                if (item == null) {
                    problems.add("criterion " + Texts.quoted(c.code()) + " belongs to unknown item "
                            + Texts.quoted(c.item()));
                } else if (c.deduction() > item.points()) {
                    problems.add("criterion " + Texts.quoted(c.code()) + " deducts " + c.deduction()
                            + " points, more than its item " + Texts.quoted(item.code()) + " carries (" + item.points()
                            + ")");
                }
            }
            byViolation.forEach((kind, code) -> {
                if (!criteria.containsKey(code)) {
                    problems.add("violation " + kind + " counts as unknown criterion " + Texts.quoted(code));
                }
            });
            checkArgument(problems.isEmpty(), "Review standard %s: %s%s", standard,
                    String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))),
                    problems.size() > MAX_PROBLEMS ? "; and " + (problems.size() - MAX_PROBLEMS) + " more" : "");
            checkArgument(0 < passFrom && passFrom <= excellentFrom && excellentFrom <= total,
                    "Review standard %s: thresholds must satisfy 0 < pass <= excellent <= total %s, but were pass %s, "
                            + "excellent %s", standard, total, passFrom, excellentFrom);
            effectiveUntil.ifPresent(u -> checkArgument(u.isAfter(effectiveFrom),
                    "Review standard %s: effectiveUntil %s must be after effectiveFrom %s", standard, u,
                    effectiveFrom));
            return new ReviewStandard(this);
        }
    }
}
