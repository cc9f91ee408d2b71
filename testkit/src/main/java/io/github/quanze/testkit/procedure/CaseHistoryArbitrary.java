package io.github.quanze.testkit.procedure;

import io.github.quanze.procedure.CaseGround;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.testkit.Choices;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated case histories (案件记录) of the {@link Bureau}, per procedure template: lawful in any of the template's
 * lawful variants (the default), with exactly one planted violation of a chosen kind, or with violations of any kinds.
 * <p>
 * A lawful history has each required step after its required predecessors, by enough certified officers of its
 * role, within its time limit; 陈述申辩 waived or not, a hearing asked for in time or not asked for, a licence granted
 * or refused with reasons, an application completed after a notice or deemed accepted, a fine collected on the spot,
 * a seizure with the party present or a witness. Cases open from 2025-01-02 to 2026-04-27, inside the national
 * calendar's coverage. Everything shrinks: to the first template, the earliest day, no grounds, the first variant,
 * no repeated step and events in procedure order.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class CaseHistoryArbitrary extends ArbitraryDecorator<CaseHistory> {

    private static final LocalDate FIRST_OPENING = LocalDate.of(2025, 1, 2);
    private static final int CHOICES = 64;

    private enum Mode { LAWFUL, PLANTED, MUTATED }

    private final List<Procedure> templates;
    private final Mode mode;
    private final Optional<ViolationKind> planted;

    private CaseHistoryArbitrary(List<Procedure> templates, Mode mode, Optional<ViolationKind> planted) {
        this.templates = List.copyOf(templates);
        this.mode = mode;
        this.planted = planted;
    }

    /**
     * Returns lawful histories of every template of {@link ProcedureTemplates#all()}.
     *
     * @return the arbitrary, not null
     */
    public static CaseHistoryArbitrary lawful() {
        return new CaseHistoryArbitrary(ProcedureTemplates.all(), Mode.LAWFUL, Optional.empty());
    }

    /**
     * Returns histories of the given templates only.
     *
     * @param first  a template, not null
     * @param more  more templates, not null
     * @return the arbitrary, not null
     */
    public CaseHistoryArbitrary template(Procedure first, Procedure... more) {
        Objects.requireNonNull(first, "first");
        List<Procedure> chosen = new java.util.ArrayList<>(List.of(first));
        chosen.addAll(List.of(more));
        return new CaseHistoryArbitrary(chosen, mode, planted);
    }

    /**
     * Returns histories with exactly one violation, of the given kind, on the day the case closes: a lawful history
     * with one change —
     * <ul>
     * <li>{@code TOO_FEW_OFFICERS}, {@code UNCERTIFIED_OFFICER}: one event done by one officer alone, or by an officer
     * with no certificate;</li>
     * <li>{@code NOT_BY_HEAD}: a head's step (not the closing one) done by a section chief;</li>
     * <li>{@code RECORD_MISSING}, {@code AUDIO_VIDEO_MISSING} (执法全过程记录): a step that must be recorded states no
     * record; which of the two the replay finds depends on what the step requires;</li>
     * <li>{@code DECIDED_AGAINST_REVIEW}: the legality review before the decision finds an issue and does not pass
     * it;</li>
     * <li>{@code MISSED_DEADLINE}: the closing step, where it has a time limit, done 1 to 60 days after it ran
     * out;</li>
     * <li>{@code EXTENSION_NOT_ALLOWED}, {@code EXTENSION_WITHOUT_APPROVAL}, {@code EXTENSION_NOT_BY_HEAD},
     * {@code EXTENSION_NOT_NOTIFIED}, {@code EXTENSION_OVER_CAP}: an extension of a step's time limit that the law
     * does not provide for, that nobody approved, that a section chief approved, that the party was not told of, or
     * that goes beyond the cap.</li>
     * </ul>
     * Other kinds cannot be planted alone: a dropped step ({@code MISSING_STEP}) also puts its successors before their
     * predecessor ({@code WRONG_ORDER}); a publication's deadline ({@code PUBLICATION_OVERDUE}) runs out only after a
     * generated case closes, the day it is replayed on; the penalty and referral kinds need facts generated histories
     * do not state. Templates without a step to plant the kind in give no history; a history of the chosen templates
     * is drawn until one takes it.
     *
     * @param kind  the kind of violation, one of {@link #plantableKinds()}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the kind cannot be planted
     */
    public CaseHistoryArbitrary withViolation(ViolationKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (!PlantedViolations.KINDS.contains(kind)) {
            throw new IllegalArgumentException("Cannot plant a violation of kind " + kind
                    + "; the kinds that can be planted are " + PlantedViolations.KINDS);
        }
        return new CaseHistoryArbitrary(templates, Mode.PLANTED, Optional.of(kind));
    }

    /**
     * Returns histories changed by one to four mutations of any kind: a step dropped, officers replaced, a step
     * delayed, an extension with or without approval, a late hearing request, a late publication, a record missing, a
     * decision overturned. Most have violations; some mutations happen to keep the history lawful.
     *
     * @return the arbitrary, not null
     */
    public CaseHistoryArbitrary mutated() {
        return new CaseHistoryArbitrary(templates, Mode.MUTATED, Optional.empty());
    }

    /**
     * Returns the kinds of violation {@link #withViolation} can plant.
     *
     * @return the kinds, not null
     */
    public static List<ViolationKind> plantableKinds() {
        return List.copyOf(PlantedViolations.KINDS);
    }

    @Override
    protected Arbitrary<CaseHistory> arbitrary() {
        Arbitrary<Variant> variants = Combinators.combine(Arbitraries.of(false, true), Arbitraries.of(false, true),
                Arbitraries.of(true, false), Arbitraries.of(false, true), Arbitraries.of(false, true),
                Arbitraries.of(false, true), Arbitraries.of(false, true), Arbitraries.of(true, false))
                .as(Variant::new);
        Arbitrary<CaseHistory> lawful = Combinators.combine(Arbitraries.of(templates),
                        Arbitraries.integers().between(0, 480), Arbitraries.subsetOf(CaseGround.values()),
                        Arbitraries.of(false, true), variants, Choices.of(CHOICES), Arbitraries.of(false, true),
                        Arbitraries.of(false, true))
                .as((procedure, offset, grounds, eligible, variant, choices, published, recorded) ->
                        LawfulHistories.publicise(LawfulHistories.generate(procedure, FIRST_OPENING.plusDays(offset),
                                grounds, eligible, variant, choices), published, recorded, choices));
        return switch (mode) {
            case LAWFUL -> lawful;
            case MUTATED -> Combinators.combine(lawful, Choices.of(16)).as(Mutations::mutate);
            case PLANTED -> Combinators.combine(lawful, Choices.of(4))
                    .as((history, choices) -> PlantedViolations.plant(planted.orElseThrow(), history, choices))
                    .filter(h -> h.isPresent() && PlantedViolations.hasExactlyOne(h.get(), planted.orElseThrow()))
                    .map(Optional::orElseThrow);
        };
    }
}
