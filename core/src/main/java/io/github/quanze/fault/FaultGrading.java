package io.github.quanze.fault;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.procedure.Role;
import io.github.quanze.text.BilingualText;
import java.util.Set;

/**
 * How a {@link Fault} is checked and graded (过错定级): the consistency of its attributes, its gravity from its type,
 * form and consequence, and its circumstances as bits, so that a fault answers {@link Fault#has} at once.
 */
final class FaultGrading {

    private FaultGrading() {}

    /**
     * Checks what a fault's attributes must satisfy together.
     *
     * @throws IllegalArgumentException if the type cannot concern the subject, the role does not fit it, the count
     *         of faults this year is out of range, the description is not a text in each language, or the order is
     *         said to be manifestly unlawful without an order executed after objecting
     */
    static void check(FaultSubject subject, FaultType type, Role role, int faultsThisYear, BilingualText description,
            boolean orderManifestlyUnlawful, Set<Circumstance> circumstances) {
        checkArgument(type.concerns(subject.kind()), "Fault of %s: type %s cannot concern an %s", subject.id(), type,
                subject.kind());
        checkArgument((role == Role.AGENCY) == (subject.kind() == FaultSubject.Kind.AGENCY),
                "Fault of %s: role %s does not fit a subject of kind %s", subject.id(), role, subject.kind());
        checkArgument(faultsThisYear >= 1 && faultsThisYear <= Fault.MAX_FAULTS_PER_YEAR,
                "Fault of %s: faults this year must be between 1 and %s, but was %s", subject.id(),
                Fault.MAX_FAULTS_PER_YEAR, faultsThisYear);
        Texts.checkText("Fault of " + subject.id() + ": description", description.zh());
        Texts.checkText("Fault of " + subject.id() + ": description in English", description.en());
        checkArgument(!orderManifestlyUnlawful || circumstances.contains(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING),
                "Fault of %s: orderManifestlyUnlawful concerns an order executed after objecting, but the "
                        + "circumstances %s do not include EXECUTED_ORDER_AFTER_OBJECTING", subject.id(),
                circumstances);
    }

    /**
     * Grades a fault: the type's default gravity, one tier graver for intent, one lighter for ordinary negligence
     * with no more than minor harm, at least SERIOUS for serious harm and GRAVE for grave harm.
     */
    static Gravity grade(FaultType type, FaultForm form, Consequence consequence) {
        int tier = type.defaultGravity().ordinal();
        if (form == FaultForm.INTENT) {
            tier++;
        } else if (form == FaultForm.ORDINARY_NEGLIGENCE && consequence.compareTo(Consequence.MINOR) <= 0) {
            tier--;
        }
        if (consequence == Consequence.SERIOUS) {
            tier = Math.max(tier, Gravity.SERIOUS.ordinal());
        } else if (consequence == Consequence.GRAVE) {
            tier = Gravity.GRAVE.ordinal();
        }
        return Gravity.values()[Math.max(0, Math.min(tier, Gravity.GRAVE.ordinal()))];
    }

    /** The circumstances found, one bit each by ordinal. */
    static long found(Set<Circumstance> circumstances) {
        long bits = 0;
        for (Circumstance c : circumstances) {
            bits |= 1L << c.ordinal();
        }
        return bits;
    }

    /** The effects of the circumstances found, one bit each by ordinal. */
    static int effects(Set<Circumstance> circumstances) {
        int bits = 0;
        for (Circumstance c : circumstances) {
            bits |= 1 << c.effect().ordinal();
        }
        return bits;
    }
}
