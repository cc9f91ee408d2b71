/**
 * quanze-testkit: jqwik arbitraries (测试数据生成) of quanze's domain values and documents for property-based test
 * suites, with an ArbitraryProvider per domain type so that {@code @ForAll Organization organization} works.
 */
module io.github.quanze.testkit {
    requires transitive io.github.quanze;
    requires transitive io.github.quanze.jackson;          // the documents package writes through it
    requires transitive net.jqwik.api;

    exports io.github.quanze.testkit;
    exports io.github.quanze.testkit.basis;
    exports io.github.quanze.testkit.discretion;
    exports io.github.quanze.testkit.organization;
    exports io.github.quanze.testkit.timelimit;
    exports io.github.quanze.testkit.procedure;
    exports io.github.quanze.testkit.referral;
    exports io.github.quanze.testkit.rule;
    exports io.github.quanze.testkit.review;
    exports io.github.quanze.testkit.assessment;
    exports io.github.quanze.testkit.fault;
    exports io.github.quanze.testkit.text;
    exports io.github.quanze.testkit.documents;
    // io.github.quanze.testkit.providers is not exported: jqwik finds its classes as services

    provides net.jqwik.api.providers.ArbitraryProvider with
            io.github.quanze.testkit.providers.AgencyPeriodProvider,
            io.github.quanze.testkit.providers.AllocationWorldProvider,
            io.github.quanze.testkit.providers.AssessmentSchemeProvider,
            io.github.quanze.testkit.providers.CalendarYearProvider,
            io.github.quanze.testkit.providers.CaseHistoryProvider,
            io.github.quanze.testkit.providers.DiscretionStandardProvider,
            io.github.quanze.testkit.providers.FaultProvider,
            io.github.quanze.testkit.providers.LegalInstrumentProvider,
            io.github.quanze.testkit.providers.OrganizationProvider,
            io.github.quanze.testkit.providers.PenaltyRulingProvider,
            io.github.quanze.testkit.providers.PowerCatalogueProvider,
            io.github.quanze.testkit.providers.ProvisionProvider,
            io.github.quanze.testkit.providers.ReviewStandardProvider,
            io.github.quanze.testkit.providers.TimeLimitProvider;
}
