/**
 * Runnable scenarios of quanze, using only the exported API of the core module.
 */
module io.github.quanze.examples {
    requires io.github.quanze;
    requires info.picocli;

    opens io.github.quanze.examples to info.picocli;
}
