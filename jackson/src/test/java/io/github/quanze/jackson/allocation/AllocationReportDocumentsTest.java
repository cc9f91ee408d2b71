package io.github.quanze.jackson.allocation;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationReport;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.organization.TobaccoOrganization;
import io.github.quanze.jackson.power.TobaccoPowers;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AllocationReportDocumentsTest {

    private static final LocalDate AUDIT = LocalDate.of(2026, 6, 30);

    @Test
    void theTobaccoAuditIsWrittenTheSameTwiceAndValid() {
        String first = json(audit(TobaccoAllocation.tableWithStrays()), AllocationDocumentsTest.TOBACCO);
        String second = json(audit(TobaccoAllocation.tableWithStrays()), AllocationDocumentsTest.TOBACCO);

        assertThat(first).isEqualTo(second);
        assertValid(AllocationReportDocuments.ALLOCATION_REPORT, QuanzeDocuments.json(), first);
        assertValid(AllocationReportDocuments.ALLOCATION_REPORT, QuanzeDocuments.yaml(), QuanzeDocuments.yaml()
                .writer(AllocationReportDocuments.ALLOCATION_REPORT).with(AllocationDocumentsTest.TOBACCO)
                .writeString(audit(TobaccoAllocation.tableWithStrays())));
    }

    @Test
    void eachFindingNamesItsCodeAndThePowersPostsAndOfficersConcerned() {
        JsonNode doc = JsonMapper.builder().build().readTree(json(audit(TobaccoAllocation.tableWithStrays()),
                AllocationDocumentsTest.TOBACCO));

        assertThat(doc.get("kind").asString()).isEqualTo("allocation-report");
        assertThat(doc.get("date").asString()).isEqualTo("2026-06-30");
        List<String> found = doc.get("findings").valueStream()
                .map(f -> f.get("code").asString() + " " + ids(f, "powers") + " " + ids(f, "posts"))
                .toList();
        assertThat(found).containsExactly(
                "ALLOCATION.UNALLOCATED [QT-001] []",
                "ALLOCATION.NO_HANDLER [JL-001] [JZ]",
                "ALLOCATION.SPLIT_WITHOUT_LEAD [CF-008] [JC-JC, ZM-SC]",
                "ALLOCATION.SPLIT_WITHOUT_LEAD [JC-002] [JCDD-JC, ZM-SC]",
                "ALLOCATION.HANDLER_ALSO_REVIEWS [JC-002] [ZM-SC]",
                "ALLOCATION.NO_APPROVER [QZ-001] []",
                "ALLOCATION.NO_CERTIFIED_OFFICER [XK-001] [ZM-XK]",
                "ALLOCATION.FEWER_THAN_TWO_CERTIFIED [CF-002, CF-006, CF-008, CF-012, QZ-001] [JC-JC]",
                "ALLOCATION.FOREIGN_POST [XK-004] [XJ-JC]",
                "ALLOCATION.UNKNOWN_POWER [CF-099] [JC-JC]",
                "ALLOCATION.UNKNOWN_POST [JC-002] [JCDD-JC]");
        JsonNode uncertified = finding(doc, "ALLOCATION.NO_CERTIFIED_OFFICER");
        assertThat(ids(uncertified, "posts")).isEqualTo("[ZM-XK]");
        assertThat(ids(uncertified, "officers")).isEqualTo("[O-04, O-05]");
        assertThat(uncertified.get("severity").asString()).isEqualTo("ERROR");
        assertThat(uncertified.at("/message/zh").asString()).contains("ZM-XK");
        assertThat(uncertified.at("/message/en").asString()).isNotBlank();
        JsonNode unapproved = finding(doc, "ALLOCATION.NO_APPROVER");
        assertThat(unapproved.at("/cites/0").asString()).isEqualTo("《中华人民共和国行政强制法》第十八条第（一）项");
    }

    @Property(tries = 40)
    void aGeneratedAuditIsWrittenTheSameTwiceAndValid(@ForAll("worlds") GeneratedWorld world,
            @ForAll @IntRange(min = 0, max = 5000) int day) {
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(day);

        String first = json(AllocationAudit.run(world.catalogue(), world.organization(), world.table(), date),
                world.context());

        assertThat(json(AllocationAudit.run(world.catalogue(), world.organization(), world.table(), date),
                world.context())).isEqualTo(first);
        assertValid(AllocationReportDocuments.ALLOCATION_REPORT, QuanzeDocuments.json(), first);
    }

    @Provide
    Arbitrary<GeneratedWorld> worlds() {
        return Arbitraries.integers().between(0, 25).flatMap(size -> Arbitraries.randomValue(
                random -> GeneratedWorld.of(random, size)));
    }

    private static AllocationReport audit(AllocationTable table) {
        return AllocationAudit.run(TobaccoPowers.catalogue(), TobaccoOrganization.organization(), table, AUDIT);
    }

    private static String json(AllocationReport report, DocumentContext context) {
        return QuanzeDocuments.json().writer(AllocationReportDocuments.ALLOCATION_REPORT).with(context)
                .writeString(report);
    }

    private static String ids(JsonNode finding, String field) {
        return finding.has(field) ? finding.get(field).valueStream().map(JsonNode::asString).toList().toString()
                : "[]";
    }

    private static JsonNode finding(JsonNode doc, String code) {
        return doc.get("findings").valueStream().filter(f -> f.get("code").asString().equals(code)).findFirst()
                .orElseThrow();
    }
}
