package io.github.quanze.power;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A duty at one stage of exercising a power (责任事项), such as 立案责任 or 决定责任, as a 权责清单 states it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param stage  the stage, such as 立案责任 or 受理责任, not blank
 * @param duty  what the agency must do at that stage, not blank
 */
public record ResponsibilityItem(String stage, String duty) {

    /**
     * Creates a responsibility item.
     *
     * @throws IllegalArgumentException if the stage or duty is blank
     */
    public ResponsibilityItem {
        checkArgument(stage != null && !stage.isBlank(), "Responsibility item stage must not be blank, but was '%s'",
                stage);
        checkArgument(duty != null && !duty.isBlank(), "Responsibility item '%s': duty must not be blank", stage);
    }
}
