package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An agency's list of major enforcement decisions that need a legality review (重大执法决定法制审核目录清单,
 * 国办发〔2018〕118号), covering penalties, licences, coercion and levies alike. A case whose decision the list covers
 * must have its {@link StepKind#LEGALITY_REVIEW} (the step's {@link Condition#LEGALITY_REVIEW_GROUND}) before the
 * decision, as a case with a ground of 行政处罚法 Art 58 第一款 must: set on the case with
 * {@link CaseRecord.Builder#reviewCatalogue}.
 * <p>
 * An entry lists a decision by one trigger: a fine of at least an amount, a kind of penalty (such as 吊销许可证件), any
 * licensing decision, or every case of a procedure with a step (such as {@link StepKind#SEIZURE} for every 查封扣押).
 * A trigger read from the decision's content ({@link PenaltyDecision}, {@link LicenceDecision}) is known only once the
 * decision is recorded with it; a case the agency knows earlier to be listed records the ground
 * {@link CaseGround#LISTED_FOR_REVIEW} instead. A decision recorded without content is not listed by such an entry:
 * absence of data is not a listing.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the list's name, such as 某局重大执法决定法制审核目录清单, not blank
 * @param entries  the entries, at least one, not null
 */
public record ReviewCatalogue(String name, List<Entry> entries) {

    /** The longest name accepted, of the list and of an entry. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Creates a list.
     *
     * @param name  the list's name, such as 某局重大执法决定法制审核目录清单, not blank
     * @param entries  the entries, at least one, not null
     * @throws IllegalArgumentException if the name is blank, too long or has a control character, there is no entry,
     *         or two entries share a name
     */
    public ReviewCatalogue {
        Texts.checkLine("Review catalogue name", name, MAX_NAME_LENGTH);
        entries = Lists.copyOf("entries", entries);
        checkArgument(!entries.isEmpty(), "Review catalogue %s must list at least one entry", Texts.quote(name));
        Set<String> names = new HashSet<>();
        for (Entry e : entries) {
            checkArgument(names.add(e.name()), "Review catalogue %s lists entry %s twice", Texts.quote(name),
                    Texts.quote(e.name()));
        }
    }

    /**
     * Obtains a list.
     *
     * @param name  the list's name, not blank
     * @param first  an entry, not null
     * @param more  further entries, not null
     * @return the list, not null
     * @throws IllegalArgumentException as the constructor
     */
    public static ReviewCatalogue of(String name, Entry first, Entry... more) {
        List<Entry> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "first"));
        for (Entry e : more) {
            all.add(Objects.requireNonNull(e, "more"));
        }
        return new ReviewCatalogue(name, all);
    }

    /**
     * Returns the entries that list a case: of its procedure, with the decisions recorded.
     *
     * @param procedure  the case's procedure, not null
     * @param decided  the contents of the decisions recorded, not null
     * @return the entries, in the list's order, not null
     */
    public List<Entry> listing(Procedure procedure, List<StepContent> decided) {
        return entries.stream().filter(e -> e.lists(procedure, decided)).toList();
    }

    /**
     * An entry of the list (目录清单事项): its name and the one trigger that lists a decision.
     *
     * @param name  the entry's name, such as 罚款五万元以上, not blank
     * @param fineAtLeast  a fine of at least this many yuan, if that is the trigger
     * @param penalties  any of these kinds of penalty, if that is the trigger, not null
     * @param licences  whether every licensing decision is listed
     * @param step  every case of a procedure with this step, if that is the trigger
     */
    public record Entry(String name, Optional<BigDecimal> fineAtLeast, Set<PenaltyKind> penalties, boolean licences,
            Optional<StepKind> step) {

        /**
         * Creates an entry.
         *
         * @param name  the entry's name, such as 罚款五万元以上, not blank
         * @param fineAtLeast  a fine of at least this many yuan, if that is the trigger
         * @param penalties  any of these kinds of penalty, if that is the trigger, not null
         * @param licences  whether every licensing decision is listed
         * @param step  every case of a procedure with this step, if that is the trigger
         * @throws IllegalArgumentException if the name is blank, too long or has a control character, the fine is
         *         not positive, or not exactly one trigger is given
         */
        public Entry {
            Texts.checkLine("Review catalogue entry", name, MAX_NAME_LENGTH);
            Objects.requireNonNull(fineAtLeast, "fineAtLeast");
            penalties = Sets.immutableEnumSet(Lists.copyOf("penalties", penalties));
            Objects.requireNonNull(step, "step");
            fineAtLeast.ifPresent(f -> checkArgument(f.signum() > 0, "Review catalogue entry %s: fine must be "
                    + "positive, but was %s", Texts.quote(name), f));
            int triggers = (fineAtLeast.isPresent() ? 1 : 0) + (penalties.isEmpty() ? 0 : 1) + (licences ? 1 : 0)
                    + (step.isPresent() ? 1 : 0);
            checkArgument(triggers == 1, "Review catalogue entry %s must have exactly one trigger, but has %s",
                    Texts.quote(name), triggers);
        }

        /**
         * Obtains an entry listing a fine of at least an amount.
         *
         * @param name  the entry's name, not blank
         * @param yuan  the smallest fine listed, positive
         * @return the entry, not null
         */
        public static Entry fineAtLeast(String name, BigDecimal yuan) {
            return new Entry(name, Optional.of(Objects.requireNonNull(yuan, "yuan")), Set.of(), false,
                    Optional.empty());
        }

        /**
         * Obtains an entry listing penalties of some kinds, such as 吊销许可证件 or 责令停产停业.
         *
         * @param name  the entry's name, not blank
         * @param first  a kind, not null
         * @param more  further kinds, not null
         * @return the entry, not null
         */
        public static Entry penalty(String name, PenaltyKind first, PenaltyKind... more) {
            EnumSet<PenaltyKind> kinds = EnumSet.of(Objects.requireNonNull(first, "first"));
            Lists.addEach("more", kinds, more);
            return new Entry(name, Optional.empty(), kinds, false, Optional.empty());
        }

        /**
         * Obtains an entry listing every licensing decision, granted or refused.
         *
         * @param name  the entry's name, not blank
         * @return the entry, not null
         */
        public static Entry licences(String name) {
            return new Entry(name, Optional.empty(), Set.of(), true, Optional.empty());
        }

        /**
         * Obtains an entry listing every case of a procedure that has a step, such as every 查封扣押.
         *
         * @param name  the entry's name, not blank
         * @param step  the step, not null
         * @return the entry, not null
         */
        public static Entry procedureWith(String name, StepKind step) {
            return new Entry(name, Optional.empty(), Set.of(), false, Optional.of(step));
        }

        /**
         * Checks whether the entry lists a case.
         *
         * @param procedure  the case's procedure, not null
         * @param decided  the contents of the decisions recorded, not null
         * @return true if listed
         */
        public boolean lists(Procedure procedure, List<StepContent> decided) {
            if (step.isPresent()) {
                return procedure.has(step.get());
            }
            for (StepContent content : decided) {
                if (content instanceof PenaltyDecision d) {
                    if (fineAtLeast.isPresent() && d.fine().map(f -> f.compareTo(fineAtLeast.get()) >= 0)
                            .orElse(false)) {
                        return true;
                    }
                    if (d.kinds().stream().anyMatch(penalties::contains)) {
                        return true;
                    }
                } else if (content instanceof LicenceDecision && licences) {
                    return true;
                }
            }
            return false;
        }
    }
}
