package io.github.quanze.procedure;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * The kind of a note on a case (案件提示): something the replay took into account that is nobody's breach, such as a
 * party's late request for a hearing.
 */
public enum NoteKind implements Labelled {
    /** 当事人逾期要求听证: the request came after its period, so the hearing is not a duty (行政处罚法 Art 64(1)). */
    LATE_HEARING_REQUEST("当事人逾期要求听证", "the party asked for a hearing after the period"),
    /** 扣除的期间无依据: the procedure allows no exclusion of that activity, so its time is counted. */
    EXCLUSION_NOT_ALLOWED("所扣除的期间于法无据，未予扣除", "the procedure allows no such exclusion, so the time counts"),
    /** 视为受理: no notice to complete came in time, so the application counts as accepted on receipt. */
    DEEMED_STEP("逾期未告知补正，视为已于收到申请材料之日受理", "no notice in time, so the application counts as "
            + "accepted on receipt"),
    /** 当事人明确放弃: the party expressly waived the step (行政处罚法 Art 62). */
    WAIVED("当事人明确放弃", "the party expressly waived the step");

    private final BilingualText label;

    NoteKind(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the note in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
