/**
 * quanze: China's administrative law-enforcement responsibility system (行政执法责任制) as a library. Legal basis,
 * power catalogues, organization and the allocation of powers to posts, with findings that cite the law.
 */
module io.github.quanze {
    requires com.google.common;                        // immutable collections, preconditions
    requires org.slf4j;

    exports io.github.quanze.text;
    exports io.github.quanze.basis;
    exports io.github.quanze.power;
    exports io.github.quanze.organization;
    exports io.github.quanze.allocation;
    exports io.github.quanze.discretion;
    exports io.github.quanze.procedure;
    exports io.github.quanze.referral;
    exports io.github.quanze.review;
    exports io.github.quanze.assessment;
    exports io.github.quanze.disparity;
    exports io.github.quanze.fault;
    exports io.github.quanze.sanction;
    exports io.github.quanze.timelimit;
    exports io.github.quanze.rule;
    // io.github.quanze.internal is not exported
}
