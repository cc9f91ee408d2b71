package io.github.quanze.jackson.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Fault;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.testing.DocumentAssertions;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Agency;
import io.github.quanze.power.AgencyId;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.CaseState;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FaultDocumentsTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 24);

    @Example
    void theFaultsOfAReplayedCaseAreWrittenWithTheirGroundsAndSanctions() {
        CaseState state = uncertifiedInvestigation();
        FaultFindings findings = FaultFindings.of(state).decided(SanctionPolicy.national(), DECIDED);
        String once = write(findings);

        assertThat(once).isEqualTo(write(FaultFindings.of(uncertifiedInvestigation())
                .decided(SanctionPolicy.national(), DECIDED)));
        DocumentAssertions.assertValid(FaultDocuments.FAULT_FINDINGS, QuanzeDocuments.json(), once);
        JsonNode doc = JsonMapper.builder().build().readTree(once);
        assertThat(doc.get("caseId").asString()).isEqualTo("烟罚〔2026〕1号");
        JsonNode found = doc.get("faults").get(0);
        JsonNode fault = found.get("fault");
        assertThat(fault.get("type").asString()).isEqualTo("NO_CREDENTIAL");
        assertThat(fault.get("subject").get("id").asString()).isEqualTo("O-2");
        assertThat(fault.get("grounds").get(0).get("code").asString()).startsWith("PROCEDURE.");
        assertThat(fault.get("provisions").get(0).asString()).startsWith("《");
        assertThat(found.get("sanction").get("outcome").get(0).asString()).isEqualTo("WRITTEN_SELF_CRITICISM");
        assertThat(found.get("sanction").get("outcomeText").get("zh").asString()).isEqualTo("责令书面检查");
    }

    @Property(tries = 50)
    void generatedFaultsAreWrittenAlikeEachTimeAndPassTheSchema(@ForAll("faults") List<Fault> faults) {
        String once = write(FaultFindings.of("C-1", faults).decided(SanctionPolicy.national(), DECIDED));
        assertThat(once).isEqualTo(write(FaultFindings.of("C-1", faults).decided(SanctionPolicy.national(),
                DECIDED)));
        DocumentAssertions.assertValid(FaultDocuments.FAULT_FINDINGS, QuanzeDocuments.json(), once);
        DocumentAssertions.assertValid(FaultDocuments.FAULT_FINDINGS, QuanzeDocuments.yaml(),
                QuanzeDocuments.yaml().writer(FaultDocuments.FAULT_FINDINGS).writeString(FaultFindings.of("C-1",
                        faults)));
    }

    private static String write(FaultFindings findings) {
        return QuanzeDocuments.json().writer(FaultDocuments.FAULT_FINDINGS).writeString(findings);
    }

    @Provide
    Arbitrary<List<Fault>> faults() {
        return QuanzeArbitraries.faults().filter(f -> !f.actDate().isAfter(DECIDED)).list().ofMaxSize(5);
    }

    /** The README's case: an officer without a certificate takes part in an investigation. */
    private static CaseState uncertifiedInvestigation() {
        AgencyId bureau = AgencyId.of("CITY");
        Organization.Builder staff = Organization.builder().addAgency(new Agency(bureau, "某市烟草专卖局"))
                .addUnit(new Unit(UnitId.of("JCZD"), bureau, "专卖稽查支队"))
                .addPost(Post.builder().id(PostId.of("JC")).unit(UnitId.of("JCZD")).name("专卖稽查岗").build());
        for (String id : List.of("O-1", "O-2")) {
            staff.addOfficer(Officer.builder().id(OfficerId.of(id)).name(id.equals("O-1") ? "冯刚" : "孙悦")
                    .agency(bureau).addPosts(PostId.of("JC")).build());
        }
        staff.addCredential(EnforcementCredential.builder().number("ZF-370009").holder(OfficerId.of("O-1"))
                .issuingAuthority("某市人民政府").addAreas("烟草专卖")
                .validFrom(LocalDate.of(2023, 1, 1)).validUntil(LocalDate.of(2027, 12, 31)).build());
        CaseRecord record = CaseRecord.builder().id("烟罚〔2026〕1号").procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(staff.build()).area("烟草专卖").opened(LocalDate.of(2026, 9, 1)).build()
                .append(CaseEvent.performed(StepKind.FILING, LocalDate.of(2026, 9, 1), OfficerId.of("O-1")))
                .append(CaseEvent.performed(StepKind.INVESTIGATION, LocalDate.of(2026, 9, 2),
                        OfficerId.of("O-1"), OfficerId.of("O-2")));
        return record.replay(LocalDate.of(2026, 9, 3));
    }
}
