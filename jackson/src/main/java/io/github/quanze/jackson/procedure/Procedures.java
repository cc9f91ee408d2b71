package io.github.quanze.jackson.procedure;

import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An agency's own procedures (自定义执法程序), the value of a {@code procedures} document: each known by its Chinese
 * name, which a case record names to say which procedure it follows.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param procedures  the procedures, each Chinese name once, not null
 */
public record Procedures(List<Procedure> procedures) {

    /**
     * Creates the procedures.
     *
     * @param procedures  the procedures, each Chinese name once, not null
     * @throws IllegalArgumentException if two procedures have the same Chinese name
     */
    public Procedures {
        procedures = List.copyOf(procedures);
        Set<String> names = new HashSet<>();
        for (Procedure p : procedures) {
            if (!names.add(p.name().zh())) {
                throw new IllegalArgumentException("procedure '" + p.name().zh() + "' is given twice; a case names "
                        + "its procedure by its Chinese name, so each name must be distinct");
            }
        }
    }

    /**
     * Obtains procedures.
     *
     * @param procedures  the procedures, each Chinese name once, not null
     * @return the procedures, not null
     */
    public static Procedures of(Procedure... procedures) {
        return new Procedures(List.of(procedures));
    }

    /**
     * Returns the procedure of that Chinese name.
     *
     * @param name  the Chinese name, not null
     * @return the procedure, empty if there is none, not null
     */
    public Optional<Procedure> find(String name) {
        Objects.requireNonNull(name, "name");
        return procedures.stream().filter(p -> p.name().zh().equals(name)).findFirst();
    }

    /**
     * Returns the procedure a case names: one of these, else one of the library's templates
     * ({@link ProcedureTemplates#all()} and {@link ProcedureTemplates#CRIMINAL_REFERRAL}).
     *
     * @param given  the procedures given with the document, empty if none, not null
     * @param name  the Chinese name, not null
     * @return the procedure, not null
     * @throws IllegalArgumentException if no procedure has that name
     */
    static Procedure resolve(Optional<Procedures> given, String name) {
        return given.flatMap(p -> p.find(name))
                .or(() -> new Procedures(templates()).find(name))
                .orElseThrow(() -> new IllegalArgumentException("unknown procedure '" + name + "': it is "
                        + given.map(p -> "neither among the " + p.procedures().size() + " procedures given nor ")
                                .orElse("not among the procedures given (none) nor ")
                        + "among the templates " + templates().stream().map(p -> p.name().zh()).toList()));
    }

    /** The library's templates a case may name: those of {@link ProcedureTemplates#all()}, and the referral. */
    private static List<Procedure> templates() {
        List<Procedure> all = new ArrayList<>(ProcedureTemplates.all());
        all.add(ProcedureTemplates.CRIMINAL_REFERRAL);
        return all;
    }
}
