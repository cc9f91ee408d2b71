package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.text.Parameters;
import java.util.List;
import java.util.Set;

/**
 * The checks of full-process recording (全过程记录检查): each event that states its records against the requirements
 * of its step (行政处罚法 Art 47; 行政强制法 Art 18(7); 国办发〔2018〕118号 for 全程音像记录), and, when an event is
 * appended, that the records it states can have been made. An event that does not say which records were made is
 * never checked: absence of data is not absence of a record.
 */
final class RecordChecks {

    private final ReplayIndex index;
    private final ReplayFindings findings;

    RecordChecks(ReplayIndex index, ReplayFindings findings) {
        this.index = index;
        this.findings = findings;
    }

    /** Every requirement of the step not met by the records the event states. */
    void check(Step step, CaseEvent.StepPerformed event) {
        if (event.records().isEmpty()) {
            return;
        }
        Set<RecordKind> made = event.records().get();
        for (RecordRequirement requirement : step.records()) {
            if (!requirement.isMetBy(made)) {
                ViolationKind kind = requirement.isAudioVideoOnly() ? ViolationKind.AUDIO_VIDEO_MISSING
                        : ViolationKind.RECORD_MISSING;
                findings.violation(kind, step, event.date(), index.people(step, event.officers()),
                        Parameters.builder().put("anyOf", List.copyOf(requirement.anyOf()))
                                .put("made", List.copyOf(made)).build(), requirement.basis());
            }
        }
    }

    /**
     * Checks that the records an event states can have been made: a signature is made on a written record, so an
     * event with a signature states a written record; and the party's signature cannot be on the record of a step
     * whose attestation says that the party refused to sign or was absent (行政强制法 Art 18(8)(9)).
     *
     * @throws IllegalArgumentException naming the case, the step, its day and the record kind
     */
    static void checkEvent(String caseId, CaseEvent.StepPerformed event) {
        if (event.records().isEmpty()) {
            return;
        }
        Set<RecordKind> made = event.records().get();
        for (RecordKind kind : made) {
            checkArgument(!kind.isSignature() || made.contains(RecordKind.TEXT), "Case %s: step %s on %s records %s "
                    + "but no written record (%s) to bear it", caseId, event.step(), event.date(), kind,
                    RecordKind.TEXT);
        }
        if (made.contains(RecordKind.PARTY_SIGNATURE) && event.content().orElse(null) instanceof Attestation a
                && a != Attestation.PARTY_SIGNED) {
            throw new IllegalArgumentException(String.format("Case %s: step %s on %s records %s, but its attestation "
                    + "is %s", caseId, event.step(), event.date(), RecordKind.PARTY_SIGNATURE, a));
        }
    }
}
