package io.github.quanze.procedure;

/**
 * What a performed step decided or recorded (环节内容), beyond who did it and when: the penalty decided, whether a
 * licence was granted, a fine collected on the spot, how an on-site record was signed, the opinion of a legality review. A {@link Step} says which
 * kind of content its events carry ({@link Step#recording}); the replay checks it against the law.
 * <p>
 * Every implementation is immutable and thread-safe.
 */
public sealed interface StepContent permits PenaltyDecision, LicenceDecision, FineCollection, Attestation,
        LegalityOpinion, ReferralApproval, ReferralTransfer, ItemsHandover {}
