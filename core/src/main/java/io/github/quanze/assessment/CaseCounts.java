package io.github.quanze.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.RecordKind;
import io.github.quanze.procedure.RecordRequirement;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The counts of publicity and recording (公示与全过程记录的统计) of one replayed case, as
 * {@link Indicator#PUBLICATION_ON_TIME_RATE} and {@link Indicator#RECORDING_COMPLETENESS_RATE} define them.
 * <p>
 * The replay judges a case transferred to another agency as it stood on the day of the transfer, so these counts
 * look at the events up to the same day.
 *
 * @param toPublish  1 if the decision's publication has come to be judged, else 0
 * @param publishedOnTime  1 if it was published on time, else 0
 * @param recordedSteps  the step performances that had to leave a record and state their records
 * @param completelyRecorded  those whose records meet every requirement of their step
 */
record CaseCounts(long toPublish, long publishedOnTime, long recordedSteps, long completelyRecorded) {

    /**
     * Counts a case from its record and the state replayed from it.
     *
     * @throws IllegalArgumentException if the state is of another case
     */
    static CaseCounts of(CaseRecord record, CaseState state) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(state, "state");
        checkArgument(record.id().equals(state.caseId()), "Case %s: the state given is the replay of case %s, not of "
                + "this record", Texts.quoted(record.id()), Texts.quoted(state.caseId()));
        LocalDate asOf = record.transferredTo().map(CaseEvent::date).filter(d -> !d.isAfter(state.asOf()))
                .orElse(state.asOf());
        long toPublish = 0;
        long onTime = 0;
        if (record.publication().isPresent()) {
            boolean decided = false;
            boolean published = false;
            for (CaseEvent event : record.events()) {
                if (event.date().isAfter(asOf)) {
                    continue;
                }
                decided |= event instanceof CaseEvent.StepPerformed p
                        && p.step() == record.publication().get().decision();
                published |= event instanceof CaseEvent.Published;
            }
            boolean late = !state.violations(ViolationKind.PUBLICATION_OVERDUE).isEmpty();
            if (decided && (published || late)) {
                toPublish = 1;
                onTime = late ? 0 : 1;
            }
        }
        long recorded = 0;
        long complete = 0;
        for (CaseEvent event : record.events()) {
            if (event.date().isAfter(asOf) || !(event instanceof CaseEvent.StepPerformed p)
                    || p.records().isEmpty()) {
                continue;
            }
            List<RecordRequirement> required = record.procedure().step(p.step()).map(Step::records)
                    .orElse(List.of());
            if (required.isEmpty()) {
                continue;
            }
            Set<RecordKind> made = p.records().get();
            recorded++;
            complete += required.stream().allMatch(r -> r.isMetBy(made)) ? 1 : 0;
        }
        return new CaseCounts(toPublish, onTime, recorded, complete);
    }
}
