package io.github.quanze.jackson.timelimit;

import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.timelimit.Adjustment;
import io.github.quanze.timelimit.DeadlineStatus;

/**
 * 期限状态 The codecs of a deadline's outputs: its status on a day and the adjustments that moved its due day.
 * Written only.
 */
public final class DeadlineDocuments {

    /** 期限状态 A deadline's status on a day: its state, the days left or late, and the day the act was done. */
    public static final ObjectCodec<DeadlineStatus> STATUS = ObjectCodec.<DeadlineStatus>writer("deadlineStatus")
            .description("期限状态 A deadline's status on a day")
            .field("state", Codecs.enumOf(DeadlineStatus.State.class), DeadlineStatus::state)
            .about("Days left (ON_TIME, DUE_SOON), 0 (DUE_TODAY, MET) or days late (OVERDUE, MET_LATE)")
            .field("days", Codecs.INT, DeadlineStatus::days)
            .about("True where the days are counted in working days")
            .field("workingDays", Codecs.BOOLEAN, DeadlineStatus::workingDays)
            .about("The day the act was done, for MET and MET_LATE")
            .optionalField("metOn", Codecs.DATE, DeadlineStatus::metOn)
            .build();

    /** 期限调整 An adjustment of a deadline: days not counted, an extension, a due day moved off a day off. */
    public static final ObjectCodec<Adjustment> ADJUSTMENT = ObjectCodec.<Adjustment>writer("adjustment")
            .description("期限调整 An adjustment of a deadline")
            .field("kind", Codecs.enumOf(Adjustment.Kind.class), Adjustment::kind)
            .field("from", Codecs.DATE, Adjustment::from)
            .field("to", Codecs.DATE, Adjustment::to)
            .field("amount", Codecs.INT, Adjustment::amount)
            .field("reason", TextDocuments.BILINGUAL, Adjustment::reason)
            .optionalField("approver", Codecs.STRING, Adjustment::approver)
            .build();

    private DeadlineDocuments() {
    }
}
