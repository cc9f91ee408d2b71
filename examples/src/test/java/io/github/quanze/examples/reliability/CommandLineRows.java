package io.github.quanze.examples.reliability;

import java.util.List;

/** Bad arguments, missing files and bad batch lines given to the command line. */
final class CommandLineRows {

    private CommandLineRows() {}

    static List<BadInput> all() {
        return List.of();
    }
}
