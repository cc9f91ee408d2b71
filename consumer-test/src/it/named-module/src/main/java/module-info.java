/**
 * A downstream application of quanze, compiled as a named module against the installed artifacts.
 */
module example.consumer {
    requires io.github.quanze;
    requires io.github.quanze.jackson;
    requires io.github.quanze.testkit;

    exports example.consumer;
}
