package io.github.quanze.power;

import io.github.quanze.internal.Texts;

/**
 * Thrown when a power code is not in the catalogue asked.
 * <p>
 * This exception is about the caller's data. An allocation that names a power outside the catalogue is a legal
 * finding of the allocation audit, not this exception.
 */
public final class UnknownPowerException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The code that is not in the catalogue. */
    private final PowerCode code;

    UnknownPowerException(PowerCode code, String catalogue) {
        super(String.format("Unknown power code '%s' in catalogue %s", code, Texts.quoted(catalogue)));
        this.code = code;
    }

    /**
     * Returns the code that is not in the catalogue.
     *
     * @return the code, not null
     */
    public PowerCode code() {
        return code;
    }
}
