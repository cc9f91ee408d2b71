package io.github.quanze.basis;

/**
 * Thrown when a citation names an instrument that a {@link BasisCatalogue} does not hold, or none of its editions
 * is in force on the day asked for.
 * <p>
 * This exception is about the caller's data, not a legal outcome: the catalogue needs the instrument added.
 */
public final class UnknownInstrumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The title the citation names. */
    private final String title;

    UnknownInstrumentException(String title, String message) {
        super(message);
        this.title = title;
    }

    /**
     * Returns the title that could not be resolved.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }
}
