package io.github.quanze.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.fault.Fault;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.testkit.organization.AllocationWorld;
import io.github.quanze.testkit.procedure.CaseHistory;
import io.github.quanze.timelimit.CalendarYear;
import io.github.quanze.timelimit.TimeLimit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Every domain type resolves for {@code @ForAll} through the providers the testkit registers. */
class ProvidersTest {

    @Property(tries = 20)
    void everyDomainTypeResolves(@ForAll LegalInstrument instrument, @ForAll Provision provision,
            @ForAll PowerCatalogue catalogue, @ForAll Organization organization, @ForAll AllocationWorld world,
            @ForAll CalendarYear year, @ForAll TimeLimit limit, @ForAll CaseHistory history, @ForAll Fault fault,
            @ForAll ReviewStandard standard, @ForAll AssessmentScheme scheme, @ForAll AgencyPeriod period,
            @ForAll DiscretionStandard discretion, @ForAll PenaltyRuling ruling) {
        assertThat(instrument.title()).isNotBlank();
        assertThat(provision.instrument()).isNotNull();
        assertThat(catalogue.powers()).isNotEmpty().hasSizeLessThanOrEqualTo(30);
        assertThat(organization.officers()).isNotEmpty();
        assertThat(world.table().agency()).isEqualTo(world.agency());
        assertThat(year.year()).isBetween(2030, 2099);
        assertThat(limit.toString()).isNotBlank();
        assertThat(history.record().replay(history.closedOn()).violations()).isEmpty();
        assertThat(fault.actDate()).isAfterOrEqualTo(java.time.LocalDate.of(2007, 6, 1));
        assertThat(standard.items()).isNotEmpty();
        assertThat(scheme.sections()).isNotEmpty();
        assertThat(period.agency().value()).startsWith("A-");
        assertThat(discretion.items()).hasSize(1);
        assertThat(ruling.offence().item()).isEqualTo("ITEM-1");
    }
}
