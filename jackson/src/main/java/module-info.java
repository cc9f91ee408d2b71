/**
 * quanze's documents (文档): every input and output of the library as JSON or YAML, with a JSON Schema per kind,
 * read through the library's own builders, on Jackson 3.
 */
module io.github.quanze.jackson {
    requires transitive io.github.quanze;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires com.google.common;

    exports io.github.quanze.jackson;
    exports io.github.quanze.jackson.codec;
    exports io.github.quanze.jackson.text;
    exports io.github.quanze.jackson.rule;
    exports io.github.quanze.jackson.basis;
    exports io.github.quanze.jackson.power;
    exports io.github.quanze.jackson.organization;
    exports io.github.quanze.jackson.allocation;
    exports io.github.quanze.jackson.discretion;
    exports io.github.quanze.jackson.timelimit;
    exports io.github.quanze.jackson.procedure;
    exports io.github.quanze.jackson.referral;
    exports io.github.quanze.jackson.review;
    exports io.github.quanze.jackson.assessment;
    exports io.github.quanze.jackson.fault;
    exports io.github.quanze.jackson.disparity;

    opens io.github.quanze.jackson.schemas;

    provides tools.jackson.databind.JacksonModule with io.github.quanze.jackson.QuanzeModule;
}
