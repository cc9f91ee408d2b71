package io.github.quanze.jackson.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.testing.DocumentAssertions;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.Role;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.TableVerification;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecisionDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Property(tries = 100)
    void aDecisionIsWrittenAlikeEachTimeAndPassesItsSchema(@ForAll("faults") Fault fault,
            @ForAll @IntRange(max = 4000) int lag) {
        LocalDate on = fault.actDate().plusDays(lag);
        String once = write(SanctionPolicy.national().decide(fault, on));
        String again = write(SanctionPolicy.national().decide(fault, on));
        assertThat(once).isEqualTo(again);
        DocumentAssertions.assertValid(DecisionDocuments.DECISION, QuanzeDocuments.json(), once);
        DocumentAssertions.assertValid(DecisionDocuments.DECISION, QuanzeDocuments.yaml(),
                QuanzeDocuments.yaml().writer(DecisionDocuments.DECISION)
                        .writeString(SanctionPolicy.national().decide(fault, on)));
    }

    @Example
    void anActOf2019DecidedIn2021KeepsTheOldRegulationAndSaysWhy() {
        Fault abuse = Fault.builder().subject(FaultSubject.officer(OfficerId.of("O-09"), "王强"))
                .type(FaultType.ABUSE_OF_DISCRETION).form(FaultForm.INTENT).consequence(Consequence.SERIOUS)
                .role(Role.HANDLER).responsibility(Responsibility.DIRECT).actDate(LocalDate.of(2019, 11, 5))
                .description("擅自加重处罚幅度，案发后隐匿询问笔录").addCircumstances(Circumstance.OBSTRUCTED_EVIDENCE)
                .build();
        Decision<Sanction> decision = SanctionPolicy.national().decide(abuse, LocalDate.of(2021, 3, 1));
        JsonNode doc = JSON.readTree(write(decision));

        assertThat(doc.get("kind").asString()).isEqualTo("decision");
        assertThat(doc.get("ruleSet").asString()).isEqualTo("执法人员过错责任追究表");
        List<String> fired = new ArrayList<>();
        doc.get("fired").forEach(r -> fired.add(r.get("id").asString()));
        assertThat(fired).isEqualTo(decision.fired().stream().map(r -> r.id().value()).toList())
                .containsExactly("OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED");
        JsonNode version = doc.get("ruleVersion");
        assertThat(version.get("reason").asString()).isEqualTo("ACT_TIME_VERSION");
        assertThat(version.get("applied").asString()).isEqualTo(SanctionPolicy.EDITION_2007);
        assertThat(version.get("actDate").asString()).isEqualTo("2019-11-05");
        assertThat(version.get("basis").get(0).asString()).isEqualTo("《中华人民共和国公职人员政务处分法》第六十七条");
        List<String> citations = new ArrayList<>();
        doc.get("citations").forEach(c -> citations.add(c.isString() ? c.asString() : c.get("zh").asString()));
        assertThat(citations).contains("《行政机关公务员处分条例》第二十一条");
        assertThat(doc.get("outcome").isArray()).isTrue();
        assertThat(doc.get("outcomeText").get("zh").asString()).isEqualTo(decision.outcomeText().zh());
        assertThat(doc.get("explanation").get("en").asString()).isEqualTo(decision.explain().en());
    }

    @Example
    void theVerificationOfTheNationalTablesIsWrittenAndPassesItsSchema() {
        for (DecisionTable<Fault, Sanction> table : List.of(SanctionPolicy.nationalAgencyTable(),
                SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020))) {
            String once = QuanzeDocuments.json().writer(DecisionDocuments.TABLE_VERIFICATION)
                    .writeString(table.verify());
            assertThat(once).isEqualTo(QuanzeDocuments.json().writer(DecisionDocuments.TABLE_VERIFICATION)
                    .writeString(table.withoutCache().verify()));
            DocumentAssertions.assertValid(DecisionDocuments.TABLE_VERIFICATION, QuanzeDocuments.json(), once);
            JsonNode doc = JSON.readTree(once);
            assertThat(doc.get("table").asString()).isEqualTo(table.name());
            assertThat(doc.get("clean").asBoolean()).isEqualTo(table.verify().isClean());
        }
    }

    @Property(tries = 40)
    void theVerificationOfAGeneratedTableNamesItsRows(@ForAll("tables") DecisionTable<Fault, Sanction> table) {
        TableVerification<Sanction> verification = table.verify();
        String json = QuanzeDocuments.json().writer(DecisionDocuments.TABLE_VERIFICATION).writeString(verification);
        DocumentAssertions.assertValid(DecisionDocuments.TABLE_VERIFICATION, QuanzeDocuments.json(), json);
        JsonNode doc = JSON.readTree(json);
        assertThat(doc.has("findings")).isEqualTo(!verification.findings().isEmpty());
        for (int i = 0; i < verification.findings().size(); i++) {
            JsonNode f = doc.get("findings").get(i);
            assertThat(f.get("code").asString()).isEqualTo(verification.findings().get(i).code());
            assertThat(f.get("kind").asString()).isEqualTo(verification.findings().get(i).kind().name());
            assertThat(f.get("message").get("zh").asString())
                    .isEqualTo(verification.findings().get(i).message().zh());
        }
    }

    private static String write(Decision<?> decision) {
        return QuanzeDocuments.json().writer(DecisionDocuments.DECISION).writeString(decision);
    }

    @Provide
    Arbitrary<Fault> faults() {
        return QuanzeArbitraries.faults();
    }

    @Provide
    Arbitrary<DecisionTable<Fault, Sanction>> tables() {
        return new TableDocumentsTest().tables();
    }
}
