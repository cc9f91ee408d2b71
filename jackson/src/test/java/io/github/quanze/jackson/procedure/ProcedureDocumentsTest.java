package io.github.quanze.jackson.procedure;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.procedure.CollectionGround;
import io.github.quanze.procedure.Condition;
import io.github.quanze.procedure.ExcludedActivity;
import io.github.quanze.procedure.Exclusion;
import io.github.quanze.procedure.FineCollection;
import io.github.quanze.procedure.PartyType;
import io.github.quanze.procedure.PenaltyDecision;
import io.github.quanze.procedure.PenaltyLimit;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.procedure.Step;
import io.github.quanze.procedure.StepKind;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.Extension;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ProcedureDocumentsTest {

    static final String SIMPLE = """
            kind: procedures
            version: 1
            procedures:
              - name: {zh: 简易案件流程, en: simple case flow}
                steps:
                  - kind: FILING
                    role: HANDLER
                    basis: [《中华人民共和国行政处罚法》第五十四条第二款]
                  - kind: DECISION
                    role: APPROVER
                    basis: [《中华人民共和国行政处罚法》第五十七条第一款]
                    after: [FILING]
                    byHead: true
                    deadline: {limit: {amount: 90, unit: DAYS}, from: FILING}
            """;

    @Test
    void everyTemplateSurvivesJsonAndYaml() {
        assertRoundTrip(ProcedureDocuments.PROCEDURES, new Procedures(ProcedureTemplates.all()),
                DocumentContext.empty());
    }

    @Test
    void aProcedureCitingTheAgencysOwnRulesNeedsItsBasisCatalogue() throws IOException {
        BasisCatalogue tobacco = QuanzeDocuments.yaml().reader(BasisDocuments.BASIS_CATALOGUE)
                .read(Path.of("src/test/resources/fixtures/basis.yaml"));
        Procedures own = QuanzeDocuments.yaml().reader(ProcedureDocuments.PROCEDURES)
                .with(BasisCatalogue.class, tobacco).read(Path.of("src/test/resources/fixtures/case-procedures.yaml"));

        assertThat(own.procedures()).singleElement().satisfies(p -> {
            assertThat(p.first().kind()).isEqualTo(StepKind.FILING);
            assertThat(p.step(StepKind.DECISION).orElseThrow().separations()).hasSize(1);
            assertThat(p.hearingRequest()).isPresent();
        });
        assertRoundTrip(ProcedureDocuments.PROCEDURES, own, DocumentContext.empty().with(BasisCatalogue.class,
                tobacco));
        assertInvalid(ProcedureDocuments.PROCEDURES, DocumentContext.empty(),
                Files.readString(Path.of("src/test/resources/fixtures/case-procedures.yaml")))
                .hasMessageContaining("unknown instrument 《中华人民共和国烟草专卖法实施条例》");
    }

    @Test
    void readsAStepWithItsDefaults() {
        Procedure p = QuanzeDocuments.yaml().reader(ProcedureDocuments.PROCEDURES).readString("p", SIMPLE)
                .find("简易案件流程").orElseThrow();

        Step decision = p.step(StepKind.DECISION).orElseThrow();
        assertThat(decision.officers()).isEqualTo(1);
        assertThat(decision.condition()).isEqualTo(Condition.ALWAYS);
        assertThat(decision.isByHead()).isTrue();
        assertThat(decision.deadline().orElseThrow().limit()).isEqualTo(TimeLimit.ofDays(90));
        assertThat(p.last()).isEqualTo(decision);
    }

    @Test
    void theProceduresRulesBecomeTheErrorsRule() {
        assertInvalid(ProcedureDocuments.PROCEDURES, DocumentContext.empty(),
                SIMPLE.replace("after: [FILING]", "after: [HEARING]"))
                .hasMessageContaining("/procedures/0")
                .hasMessageContaining("step DECISION comes after HEARING, which the procedure does not have");
        assertInvalid(ProcedureDocuments.PROCEDURES, DocumentContext.empty(),
                SIMPLE.replace("byHead: true", "byHead: true\n        staffedBy: [HANDLER]"))
                .hasMessageContaining("unknown field in step");
        assertInvalid(ProcedureDocuments.PROCEDURES, DocumentContext.empty(),
                SIMPLE.replace("    steps:", "    staffedBy: [HANDLER]\n    steps:"))
                .hasMessageContaining("step DECISION needs a APPROVER post");
    }

    @Property(tries = 80)
    void aGeneratedProcedureSurvivesJsonAndYaml(@ForAll("procedures") Procedures procedures) {
        assertRoundTrip(ProcedureDocuments.PROCEDURES, procedures, DocumentContext.empty());
    }

    @Provide
    Arbitrary<Procedures> procedures() {
        Arbitrary<Procedure> one = Arbitraries.integers().between(1, 10)
                .flatMap(size -> Arbitraries.longs().map(seed -> generate(size, new Random(seed))));
        return one.list().ofMaxSize(3).uniqueElements(p -> p.name().zh()).map(Procedures::new);
    }

    private static LegalBasis basis(Random r) {
        return LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 1 + r.nextInt(86)));
    }

    private static TimeLimit limit(Random r) {
        TimeLimit t = TimeLimit.of(1 + r.nextInt(90), PeriodUnit.values()[r.nextInt(PeriodUnit.values().length)]);
        t = r.nextBoolean() ? t : t.withoutRolling();
        t = r.nextBoolean() ? t : t.named(BilingualText.of("期限" + r.nextInt(9), "limit"));
        t = r.nextBoolean() ? t : t.citing(basis(r));
        return r.nextBoolean() ? t : t.extendable(new Extension(1 + r.nextInt(30), "行政机关负责人", basis(r)));
    }

    /** A procedure of {@code size} distinct steps, each after the one before, with attributes drawn at random. */
    static Procedure generate(int size, Random r) {
        List<StepKind> kinds = new ArrayList<>(List.of(StepKind.values()));
        java.util.Collections.shuffle(kinds, r);
        kinds = kinds.subList(0, size);
        List<Step> steps = new ArrayList<>();
        StepKind forward = null;
        for (int i = 0; i < size; i++) {
            StepKind kind = kinds.get(i);
            Step s = Step.of(kind, PostRole.values()[r.nextInt(PostRole.values().length)], basis(r));
            if (i > 0) {
                s = s.after(kinds.get(i - 1), kinds.get(r.nextInt(i)));
            }
            s = r.nextBoolean() ? s : s.officers(1 + r.nextInt(3));
            s = r.nextBoolean() ? s : s.certified();
            s = r.nextBoolean() ? s : s.when(Condition.values()[r.nextInt(Condition.values().length)]);
            if (i > 0 && r.nextInt(3) == 0) {
                s = s.separateFrom(basis(r), kinds.get(r.nextInt(i)));
            }
            if (r.nextInt(3) == 0) {
                s = s.within(limit(r), kinds.get(r.nextInt(i + 1)));
                forward = forward == null ? kind : forward;
            }
            s = r.nextInt(4) > 0 ? s : s.waivable(basis(r));
            s = i == 0 || r.nextInt(4) > 0 ? s : s.onTheSpotWith(kinds.get(r.nextInt(i)));
            s = r.nextBoolean() ? s : s.byHead();
            s = r.nextBoolean() ? s : s.qualifiedLegalReviewer();
            switch (r.nextInt(4)) {
                case 0 -> s = s.recording(PenaltyDecision.class, r.nextBoolean()).limitedTo(new PenaltyLimit(
                        EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE), Map.of(PartyType.CITIZEN,
                                new BigDecimal("200"), PartyType.LEGAL_PERSON, new BigDecimal("3000.50"),
                                PartyType.OTHER_ORGANIZATION, new BigDecimal("3000")), basis(r)));
                case 1 -> s = s.recording(FineCollection.class, true).collectingOn(CollectionGround.SMALL_FINE,
                        CollectionGround.REMOTE_AREA);
                default -> { }
            }
            if (i >= 2 && r.nextInt(4) == 0) {
                s = s.deemed(TimeLimit.ofWorkingDays(5), kinds.get(0), kinds.get(1));
            }
            s = r.nextInt(4) > 0 ? s : s.extensionNotice(basis(r));
            s = r.nextInt(4) > 0 ? s : s.interpretation(BilingualText.of("解释" + i, "reading " + i));
            steps.add(s);
        }
        Procedure.Builder b = Procedure.builder(BilingualText.of("流程" + r.nextInt(1000), "flow"))
                .step(steps.toArray(Step[]::new));
        if (r.nextBoolean()) {
            b.hearingRequest(TimeLimit.ofWorkingDays(5), kinds.get(0));
        }
        if (forward != null && r.nextBoolean()) {
            b.exclusion(Exclusion.of(basis(r), EnumSet.of(forward), r.nextBoolean(),
                    EnumSet.of(ExcludedActivity.TESTING, ExcludedActivity.HEARING)));
        }
        return b.build();
    }
}
