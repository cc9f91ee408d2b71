package io.github.quanze.publish.notice;

import static io.github.quanze.publish.notice.DecisionNoticeDocuments.DECISION_NOTICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class DecisionNoticeDocumentsTest {

    static final Path TOBACCO = Path.of("../examples/documents/tobacco");
    private static final Path SCHEMA_SOURCE = Path.of("src/main/resources/io/github/quanze/publish/notice")
            .resolve(DECISION_NOTICES.schemaFileName());

    static BasisCatalogue tobaccoBasis() {
        return QuanzeDocuments.yaml().reader(BasisDocuments.BASIS_CATALOGUE).read(TOBACCO.resolve("basis.yaml"));
    }

    static DecisionNotices tobaccoDecisions() {
        return QuanzeDocuments.yaml().reader(DECISION_NOTICES).with(BasisCatalogue.class, tobaccoBasis())
                .read(TOBACCO.resolve("decisions.yaml"));
    }

    private static final DecisionNotices FIXTURES = DecisionNotices.of("示例市烟草专卖局", MaskingPolicy.reducingNames(),
            List.of(Fixtures.penaltyOnZhao().overturned(Fixtures.revokedOn(LocalDate.of(2026, 10, 19)))
                    .withdrawal(Withdrawal.of(LocalDate.of(2026, 10, 21), "已被撤销"))
                    .publication(io.github.quanze.procedure.PublicationRule.penalty()).build(),
                    Fixtures.licenceToCompany().build()));

    private static final String GOOD = """
            kind: decision-notices
            version: 1
            agency: 示例市烟草专卖局
            notices:
            - number: 示烟罚〔2026〕1号
              kind: PENALTY
              agency: 示例市烟草专卖局
              party:
                kind: NATURAL_PERSON
                name: 赵立新
                idNumber: "990102198503142013"
                phone: "13900001111"
              facts: 经查，当事人销售非法生产的卷烟。
              basis:
              - 《中华人民共和国行政处罚法》第五十七条
              penalties:
              - WARNING
              decided: 2026-09-10
              published: 2026-09-15
            """;

    private static InvalidDocumentException refused(String text) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> QuanzeDocuments.yaml().reader(DECISION_NOTICES).readString("decisions.yaml", text));
    }

    @Example
    void aListRoundTripsInYamlAndJson() {
        for (QuanzeDocuments format : List.of(QuanzeDocuments.yaml(), QuanzeDocuments.json())) {
            String text = format.writer(DECISION_NOTICES).writeString(FIXTURES);
            assertThat(text).contains("decision-notices", "reduceNames");
            assertThat(format.reader(DECISION_NOTICES).readString("round trip", text)).isEqualTo(FIXTURES);
        }
    }

    @Example
    void theTobaccoBureausDecisionsReadAndKeepTheirTimes() {
        DecisionNotices decisions = tobaccoDecisions();
        assertThat(decisions.notices()).hasSize(5);
        assertThat(decisions.notices()).extracting(n -> n.party().kind()).contains(PartyKind.NATURAL_PERSON,
                PartyKind.INDIVIDUAL_BUSINESS, PartyKind.LEGAL_PERSON);
        assertThat(decisions.notices()).filteredOn(DecisionNotice::isWithdrawn).hasSize(1);
        assertThat(decisions.notices()).flatExtracting(DecisionNotice::thirdPersons).isNotEmpty();
        for (DecisionNotice n : decisions.notices()) {
            assertThat(NoticeChecks.check(n, WorkingDayCalendar.national(), LocalDate.of(2026, 12, 1)))
                    .as(n.number()).isEmpty();
        }
        String again = QuanzeDocuments.yaml().writer(DECISION_NOTICES).with(BasisCatalogue.class, tobaccoBasis())
                .writeString(decisions);
        assertThat(again).contains("edition: 2023-07-20");
        assertThat(QuanzeDocuments.yaml().reader(DECISION_NOTICES).with(BasisCatalogue.class, tobaccoBasis())
                .readString("again", again)).isEqualTo(decisions);
    }

    @Example
    void aGoodDocumentReads() {
        DecisionNotices read = QuanzeDocuments.yaml().reader(DECISION_NOTICES).readString("decisions.yaml", GOOD);
        assertThat(read.notices().get(0).party().idNumber()).isPresent();
        assertThat(read.policy()).isEqualTo(MaskingPolicy.standard());
    }

    @Example
    void aWrongIdNumberNamesFilePointerAndFieldButNotTheNumber() {
        InvalidDocumentException e = refused(GOOD.replace("990102198503142013", "990102198503142019"));
        assertThat(e.document()).isEqualTo("decisions.yaml");
        assertThat(e.pointer()).isEqualTo("/notices/0/party/idNumber");
        assertThat(e.field()).contains("idNumber");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.getMessage()).contains("check character").doesNotContain("990102198503142019")
                .doesNotContain("99010219850314201");
    }

    @Example
    void personalDataInTheFactsNamesTheFieldAndTheKindButNotTheValue() {
        InvalidDocumentException e = refused(GOOD.replace("销售非法生产的卷烟", "销售卷烟，联系电话13512345678"));
        assertThat(e.pointer()).isEqualTo("/notices/0/facts");
        assertThat(e.field()).contains("facts");
        assertThat(e.getMessage()).contains("示烟罚〔2026〕1号", "a mobile phone number at position")
                .doesNotContain("13512345678");
        InvalidDocumentException own = refused(GOOD.replace("销售非法生产的卷烟", "销售卷烟，电话13900001111"));
        assertThat(own.getMessage()).contains("phone").doesNotContain("13900001111");
    }

    @Example
    void malformedDocumentsAreRefusedWithTheirPlace() {
        assertThat(refused(GOOD.replace("  kind: PENALTY", "  kind: PENALTY\n  colour: red")).getMessage())
                .contains("colour", "unknown field");
        assertThat(refused(GOOD.replace("decided: 2026-09-10", "decided: 2026-09-31")).pointer())
                .isEqualTo("/notices/0/decided");
        assertThat(refused(GOOD.replace("    phone: \"13900001111\"\n", "    phone: 13900001111\n"))
                .getMessage()).contains("phone", "must be a string").doesNotContain("13900001111");
        assertThat(refused(GOOD.replace("version: 1", "version: 2")).getMessage()).contains("version");
        assertThat(refused(GOOD + "- number: 示烟罚〔2026〕1号\n  kind: LICENCE\n").getMessage())
                .contains("required field");
    }

    @Example
    void theShippedSchemaIsTheOneTheCodecDescribes() throws IOException {
        String generated = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(DECISION_NOTICES.schema()) + "\n";
        if (Boolean.getBoolean("quanze.schemas.write")) {
            Files.writeString(SCHEMA_SOURCE, generated);
        }
        assertThat(DecisionNoticeDocuments.publishedSchema())
                .as("run with -Dquanze.schemas.write=true after changing the codec").isEqualTo(generated);
    }

    @Example
    void theTobaccoDocumentIsValidAgainstTheSchemaAndABrokenOneIsNot() throws IOException {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new java.io.ByteArrayInputStream(DecisionNoticeDocuments.publishedSchema()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var document = YAMLMapper.builder().build().readTree(TOBACCO.resolve("decisions.yaml"));
        assertThat(schema.validate(document)).isEmpty();
        var broken = YAMLMapper.builder().build().readTree(Files.readString(TOBACCO.resolve("decisions.yaml"))
                .replace("kind: LICENCE", "kind: PERMIT"));
        assertThat(schema.validate(broken)).isNotEmpty();
    }
}
