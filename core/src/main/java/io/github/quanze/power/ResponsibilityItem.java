package io.github.quanze.power;

import io.github.quanze.internal.Texts;

/**
 * A duty at one stage of exercising a power (责任事项), such as 立案责任 or 决定责任, as a 权责清单 states it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param stage  the stage, such as 立案责任 or 受理责任, one line, not blank
 * @param duty  what the agency must do at that stage, not blank, no control character but line breaks
 */
public record ResponsibilityItem(String stage, String duty) {

    /**
     * Creates a responsibility item.
     *
     * @param stage  the stage, such as 立案责任 or 受理责任, one line, not blank
     * @param duty  what the agency must do at that stage, not blank, no control character but line breaks
     * @throws IllegalArgumentException if the stage or duty is blank or has a control character (the duty may hold
     *         line breaks), or the stage has surrounding spaces
     */
    public ResponsibilityItem {
        Texts.checkLine("Responsibility item stage", stage);
        Texts.checkText("Responsibility item " + Texts.quoted(stage) + ": duty", duty);
    }
}
