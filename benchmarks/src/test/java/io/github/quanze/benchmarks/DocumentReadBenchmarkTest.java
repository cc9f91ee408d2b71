package io.github.quanze.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.benchmarks.DocumentMirrors.AllocationDoc;
import io.github.quanze.benchmarks.DocumentMirrors.AllocationTableDoc;
import io.github.quanze.benchmarks.DocumentMirrors.CaseRecordDoc;
import io.github.quanze.benchmarks.DocumentMirrors.OrganizationDoc;
import io.github.quanze.benchmarks.DocumentMirrors.PerformedDoc;
import io.github.quanze.benchmarks.DocumentMirrors.PowerCatalogueDoc;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The setup of {@link DocumentReadBenchmark} is sound: quanze and the databind peer read the same documents into
 * the same number of powers, posts, officers, allocations, cases and events, with the same ids at both ends, and the
 * databind mirror sees every field quanze reads.
 */
class DocumentReadBenchmarkTest {

    private static final JsonMapper MAPPER = DocumentMirrors.mapper();

    @Test
    void quanzeAndDatabindReadTheSameAgency() {
        SyntheticAgency agency = SyntheticAgency.generate(1_000, 100, 500, 20250701L);
        DocumentData.Agency documents = DocumentData.Agency.of(agency);
        DocumentData.AgencyValues quanze = DocumentData.read(documents);
        PowerCatalogueDoc catalogue = MAPPER.readValue(documents.catalogue(), PowerCatalogueDoc.class);
        OrganizationDoc organization = MAPPER.readValue(documents.organization(), OrganizationDoc.class);
        AllocationTableDoc table = MAPPER.readValue(documents.table(), AllocationTableDoc.class);

        assertThat(quanze.catalogue()).isEqualTo(agency.catalogue());
        assertThat(quanze.organization()).isEqualTo(agency.organization());
        assertThat(quanze.table()).isEqualTo(agency.table());

        assertThat(catalogue.kind()).isEqualTo("power-catalogue");
        assertThat(catalogue.powers()).hasSize(quanze.catalogue().powers().size()).hasSize(1_000);
        assertThat(catalogue.powers().get(0).code()).isEqualTo(quanze.catalogue().powers().get(0).code().value());
        assertThat(catalogue.powers().get(999).code()).isEqualTo(quanze.catalogue().powers().get(999).code().value());
        assertThat(catalogue.powers().get(0).kind()).isEqualTo(quanze.catalogue().powers().get(0).kind());
        assertThat(catalogue.powers().get(0).basis()).containsExactly(
                quanze.catalogue().powers().get(0).provisions().get(0).toString());

        assertThat(organization.posts()).hasSize(quanze.organization().posts().size());
        assertThat(organization.officers()).hasSize(quanze.organization().officers().size()).hasSize(500);
        assertThat(organization.credentials()).hasSize(quanze.organization().credentials().size());
        assertThat(organization.posts().get(0).id()).isEqualTo(quanze.organization().posts().get(0).id().value());
        assertThat(organization.officers().get(499).id())
                .isEqualTo(quanze.organization().officers().get(499).id().value());
        assertThat(organization.credentials().stream().filter(c -> c.statusChanges() != null).count())
                .isPositive();

        List<Allocation> allocations = quanze.table().allocations();
        assertThat(table.allocations()).hasSize(allocations.size());
        AllocationDoc last = table.allocations().get(allocations.size() - 1);
        assertThat(last.power()).isEqualTo(allocations.get(allocations.size() - 1).power().value());
        assertThat(last.post()).isEqualTo(allocations.get(allocations.size() - 1).post().value());
        assertThat(last.role()).isEqualTo(allocations.get(allocations.size() - 1).role());
    }

    @Test
    void quanzeAndDatabindReadTheSameCases() throws IOException {
        DocumentData.Cases cases = DocumentData.cases(1_000, 7L);
        List<CaseRecord> quanze;
        try (Stream<CaseRecord> records = cases.caseReader().readAll("cases.jsonl", cases.reader())) {
            quanze = records.toList();
        }
        List<CaseRecordDoc> databind = new ArrayList<>();
        try (MappingIterator<CaseRecordDoc> records = MAPPER.readerFor(CaseRecordDoc.class)
                .readValues(cases.lines())) {
            records.forEachRemaining(databind::add);
        }
        List<CaseRecordDoc> fromChars = new ArrayList<>();
        try (Reader in = cases.reader();
                MappingIterator<CaseRecordDoc> records = MAPPER.readerFor(CaseRecordDoc.class).readValues(in)) {
            records.forEachRemaining(fromChars::add);
        }

        assertThat(quanze).hasSize(1_000);
        assertThat(databind).hasSize(1_000).isEqualTo(fromChars);
        assertThat(quanze.get(0).id()).isEqualTo(cases.firstId()).isEqualTo(databind.get(0).id());
        assertThat(quanze.get(999).id()).isEqualTo(cases.lastId()).isEqualTo(databind.get(999).id());
        assertThat(quanze.stream().map(CaseRecord::id).distinct().count()).isEqualTo(1_000);
        for (int i = 0; i < quanze.size(); i++) {
            CaseRecord q = quanze.get(i);
            CaseRecordDoc d = databind.get(i);
            assertThat(d.events()).hasSize(q.events().size());
            assertThat(d.opened()).isEqualTo(q.opened());
            assertThat(d.hearingEligible()).isEqualTo(q.isHearingEligible());
            assertThat(d.grounds() == null ? 0 : d.grounds().size()).isEqualTo(q.grounds().size());
            CaseEvent lastEvent = q.events().get(q.events().size() - 1);
            assertThat(d.events().get(d.events().size() - 1).getClass().getSimpleName())
                    .isEqualTo(lastEvent instanceof CaseEvent.StepPerformed ? "PerformedDoc" : "HearingRequestedDoc");
            if (lastEvent instanceof CaseEvent.StepPerformed p) {
                PerformedDoc pd = (PerformedDoc) d.events().get(d.events().size() - 1);
                assertThat(pd.step()).isEqualTo(p.step());
                assertThat(pd.date()).isEqualTo(p.date());
                assertThat(pd.officers()).isEqualTo(p.officers().stream().map(o -> o.value()).toList());
            }
        }
        // the cases are of every shape the generator makes: major, heard, closed
        assertThat(quanze).anyMatch(c -> !c.grounds().isEmpty()).anyMatch(CaseRecord::isHearingEligible)
                .anyMatch(CaseRecord::isClosed);
    }
}
