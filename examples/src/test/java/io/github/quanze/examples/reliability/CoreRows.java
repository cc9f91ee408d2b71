package io.github.quanze.examples.reliability;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The rows of the core library's entry points, family by family in the order of the pipeline. */
final class CoreRows {

    /** The families of core's public entry points, each of which has rows. */
    static final List<String> FAMILIES = List.of("text", "basis", "power", "organization", "allocation",
            "timelimit", "procedure", "review", "rule", "fault",
            "discretion", "assessment", "disparity", "referral");

    private CoreRows() {}

    static List<BadInput> all() {
        return Stream.<Supplier<List<BadInput>>>of(LawRows::text, LawRows::basis, LawRows::power,
                OrganizationRows::organization, OrganizationRows::allocation, TimeLimitRows::timeLimit,
                CaseRows::procedure, CaseRows::review, RuleRows::rule,
                AccountabilityRows::fault, AccountabilityRows::discretion,
                OversightRows::assessment, OversightRows::disparity, OversightRows::referral)
                .flatMap(rows -> rows.get().stream()).toList();
    }
}
