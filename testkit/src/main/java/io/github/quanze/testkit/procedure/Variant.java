package io.github.quanze.testkit.procedure;

/**
 * The lawful choices (合法情形) a generated case makes, each of which a template allows.
 *
 * @param waived  the party waives 陈述申辩
 * @param requested  the party asks in time for the hearing the law gives
 * @param granted  the licence is granted (else refused, with reasons and remedies)
 * @param document  the grant needs a licence document
 * @param deemed  the licensing agency neither accepts nor tells what to complete in time, so the application counts
 *         as accepted on receipt
 * @param incomplete  the application lacks something, which the agency tells in time before accepting it
 * @param collected  the fine of a summary case is collected on the spot
 * @param present  the party attends the seizure
 */
public record Variant(boolean waived, boolean requested, boolean granted, boolean document, boolean deemed,
        boolean incomplete, boolean collected, boolean present) {}
