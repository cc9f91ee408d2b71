/**
 * Runnable scenarios of quanze on the exported API of the core module, and a command line over its documents.
 */
module io.github.quanze.examples {
    requires io.github.quanze;
    requires io.github.quanze.jackson;
    requires io.github.quanze.publish;
    requires tools.jackson.dataformat.yaml;
    requires info.picocli;

    opens io.github.quanze.examples to info.picocli;
}
