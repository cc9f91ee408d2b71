package io.github.quanze.rule;

/**
 * Why a rule book applied the version it applied (适用版本的理由), under 从旧兼从轻. The domain words the reason
 * ({@link DecisionWording#version}).
 */
public enum VersionReason {
    /** The same version was in force when the act was done and when it is decided. */
    SAME_VERSION,
    /** The version in force at the act applies, since the later one is not lighter (从旧). */
    ACT_TIME_VERSION,
    /** The later version applies because it gives a lighter outcome (从轻). */
    LIGHTER_LATER_VERSION
}
