package io.github.quanze.testkit.documents;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DecidedPenalty;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.jackson.allocation.AllocationDocuments;
import io.github.quanze.jackson.allocation.AllocationReportDocuments;
import io.github.quanze.jackson.assessment.AssessmentDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
import io.github.quanze.jackson.disparity.DisparityDocuments;
import io.github.quanze.jackson.fault.FaultDocuments;
import io.github.quanze.jackson.fault.FaultFindings;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.CatalogueFindingDocuments;
import io.github.quanze.jackson.power.CatalogueFindings;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import io.github.quanze.jackson.procedure.ProcedureDocuments;
import io.github.quanze.jackson.procedure.Procedures;
import io.github.quanze.jackson.referral.ReferralDocuments;
import io.github.quanze.jackson.review.ReviewDocuments;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.jackson.rule.TableDocuments;
import io.github.quanze.jackson.timelimit.CalendarYearDocuments;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.CaseFileReview;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.fault.Fault;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.testkit.QuanzeArbitraries;
import io.github.quanze.testkit.basis.BasisArbitraries;
import io.github.quanze.testkit.procedure.Bureau;
import io.github.quanze.testkit.referral.ReferralArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The values each document kind is written from (文档取值), with the context its reader needs: drawn from the
 * testkit's arbitraries, so that a document shrinks as its value does.
 */
final class KindValues {

    /** What generated provisions cite beyond the shipped laws: 《烟草专卖法》 and the joint teams' own rule. */
    static final BasisCatalogue BASIS = BasisCatalogue.builder("生成的执法依据目录")
            .add(BasisArbitraries.TOBACCO_MONOPOLY_LAW, ReferralArbitraries.OWN_RULE).build();
    private static final DocumentContext BASE = DocumentContext.empty().with(BasisCatalogue.class, BASIS);
    private static final DocumentContext BUREAU = BASE.with(Organization.class, Bureau.ORGANIZATION);
    private static final LocalDate AUDITED = LocalDate.of(2026, 6, 30);
    private static final String[] AGENCIES = {"甲县烟草专卖局", "乙县烟草专卖局", "丙县烟草专卖局"};

    /** A value and what its reader needs. */
    record Valued<T>(T value, DocumentContext context) {}

    private KindValues() {
    }

    /** Returns, per kind, its values with their contexts, in the order of {@code Documents.all()}. */
    static Map<DocumentKind<?>, Arbitrary<? extends Valued<?>>> all() {
        Map<DocumentKind<?>, Arbitrary<? extends Valued<?>>> v = new LinkedHashMap<>();
        v.put(BasisDocuments.BASIS_CATALOGUE, basisCatalogues().map(c -> new Valued<>(c, DocumentContext.empty())));
        v.put(PowerDocuments.POWER_CATALOGUE, in(QuanzeArbitraries.catalogues(), BASE));
        v.put(OrganizationDocuments.ORGANIZATION, in(QuanzeArbitraries.organizations(), BASE));
        v.put(AllocationDocuments.ALLOCATION_TABLE, in(QuanzeArbitraries.allocationTables().map(w -> w.table()),
                BASE));
        v.put(DiscretionDocuments.STATUTORY_FRAME, in(QuanzeArbitraries.discretionStandards()
                .map(DiscretionStandard::frame), BASE));
        v.put(DiscretionDocuments.DISCRETION_STANDARD, QuanzeArbitraries.discretionStandards()
                .map(s -> new Valued<>(s, BASE.with(StatutoryFrame.class, s.frame()))));
        v.put(DiscretionDocuments.OFFENCE_DOCUMENT, in(QuanzeArbitraries.decidedPenalties().map(r -> r.offence()),
                BASE));
        v.put(CalendarYearDocuments.CALENDAR_YEAR, in(QuanzeArbitraries.calendarYears(), BASE));
        v.put(ProcedureDocuments.PROCEDURES, in(Arbitraries.subsetOf(ProcedureTemplates.all()).ofMinSize(1)
                .map(chosen -> new Procedures(ProcedureTemplates.all().stream().filter(chosen::contains)
                        .toList())), BASE));
        v.put(CaseRecordDocuments.CASE_RECORD, in(QuanzeArbitraries.caseHistories().map(h -> h.record()),
                BUREAU));
        v.put(ReferralDocuments.JOINT_TEAM, in(ReferralArbitraries.teams(), BUREAU));
        v.put(ReferralDocuments.TEAM_LOG, in(ReferralArbitraries.logs(), BUREAU));
        v.put(ReviewDocuments.REVIEW_STANDARD, in(QuanzeArbitraries.reviewStandards(), BASE));
        v.put(ReviewDocuments.REVIEW_STANDARDS, in(QuanzeArbitraries.reviewStandards().map(ReviewStandards::of),
                BASE));
        v.put(ReviewDocuments.CASE_FILE, QuanzeArbitraries.caseHistories().map(h -> CaseFile.of(h.record()))
                .map(f -> new Valued<>(f, BUREAU.with(CaseRecord.class, f.record()))));
        v.put(AssessmentDocuments.ASSESSMENT_SCHEME, in(QuanzeArbitraries.assessmentSchemes(), BASE));
        v.put(AssessmentDocuments.AGENCY_PERIOD, in(QuanzeArbitraries.agencyPeriods(), BASE));
        v.put(TableDocuments.DECISION_TABLE, in(tables(), BASE));
        v.put(TableDocuments.RULE_BOOK, in(Arbitraries.of(SanctionPolicy.national().officers(),
                SanctionPolicy.national().agencies()), BASE));
        v.put(FaultDocuments.FAULT, in(QuanzeArbitraries.faults(), BASE));
        v.put(CatalogueFindingDocuments.CATALOGUE_FINDINGS, in(QuanzeArbitraries.catalogues()
                .map(c -> CatalogueFindings.of(c, AUDITED)), BASE));
        v.put(AllocationReportDocuments.ALLOCATION_REPORT, in(QuanzeArbitraries.allocationTables()
                .map(w -> AllocationAudit.run(w.catalogue(), w.organization(), w.table(), w.date())), BASE));
        v.put(DiscretionDocuments.PENALTY_RULING, in(QuanzeArbitraries.decidedPenalties(), BASE));
        v.put(DiscretionDocuments.STANDARD_VERIFICATION, in(QuanzeArbitraries.discretionStandards()
                .map(s -> StandardVerifier.standard().verify(s)), BASE));
        v.put(CaseStateDocuments.CASE_STATE, in(QuanzeArbitraries.caseHistories().mutated()
                .map(h -> h.record().replay(h.closedOn())), BUREAU));
        v.put(ReviewDocuments.REVIEW_REPORT, in(QuanzeArbitraries.caseHistories().mutated()
                .map(h -> CaseFileReview.review(CaseFile.of(h.record()), ReviewStandards.DEFAULT, h.closedOn())),
                BUREAU));
        v.put(DecisionDocuments.DECISION, in(Combinators.combine(tables(), QuanzeArbitraries.faults())
                .as((table, fault) -> table.decide(fault)), BASE));
        v.put(DecisionDocuments.TABLE_VERIFICATION, in(tables().map(DecisionTable::verify), BASE));
        v.put(FaultDocuments.FAULT_FINDINGS, in(QuanzeArbitraries.caseHistories().mutated()
                .map(h -> FaultFindings.of(h.record().replay(h.closedOn()))), BUREAU));
        // generated periods claim the bonus items of the default scheme (COMMENDED, MODEL_CASE)
        v.put(AssessmentDocuments.AGENCY_ASSESSMENT, in(QuanzeArbitraries.agencyPeriods()
                .map(AssessmentScheme.DEFAULT::assess), BASE));
        v.put(AssessmentDocuments.AGENCY_RANKING, in(QuanzeArbitraries.agencyPeriods().list().ofMinSize(1)
                .ofMaxSize(6).uniqueElements(p -> p.agency()).map(KindValues::ranking), BASE));
        v.put(DisparityDocuments.DISPARITY_REPORT, in(QuanzeArbitraries.decidedPenalties().list().ofMaxSize(12)
                .map(KindValues::disparity), BASE));
        return v;
    }

    /** Returns the kinds' documents, each written from a value with the context its reader needs. */
    static <T> Arbitrary<Document> written(io.github.quanze.jackson.QuanzeDocuments documents, DocumentKind<T> kind,
            Arbitrary<? extends Valued<?>> values) {
        return values.map(v -> {
            @SuppressWarnings("unchecked")
            T value = (T) v.value();
            return new Document(kind, documents.writer(kind).with(v.context()).writeString(value), v.context());
        });
    }

    private static <T> Arbitrary<Valued<T>> in(Arbitrary<T> values, DocumentContext context) {
        return values.map(value -> new Valued<>(value, context));
    }

    private static Arbitrary<BasisCatalogue> basisCatalogues() {
        return Combinators.combine(Arbitraries.of("某市烟草专卖局执法依据目录", "Basis of the bureau"),
                BasisArbitraries.instruments().list().ofMinSize(1).ofMaxSize(5)
                        .uniqueElements(LegalInstrument::title))
                .as((name, instruments) -> {
                    BasisCatalogue.Builder b = BasisCatalogue.builder(name);
                    instruments.forEach(b::add);
                    return b.build();
                });
    }

    private static Arbitrary<DecisionTable<Fault, Sanction>> tables() {
        return Arbitraries.of(SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2007),
                SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020),
                SanctionPolicy.nationalAgencyTable());
    }

    private static AgencyRanking ranking(List<AgencyPeriod> periods) {
        List<AgencyAssessment> assessed = new ArrayList<>();
        periods.forEach(p -> assessed.add(AssessmentScheme.DEFAULT.assess(p)));
        return AgencyRanking.of(assessed);
    }

    private static io.github.quanze.disparity.DisparityReport disparity(
            List<io.github.quanze.discretion.PenaltyRuling> rulings) {
        DisparityAnalysis analysis = DisparityAnalysis.create();
        for (int i = 0; i < rulings.size(); i++) {
            io.github.quanze.discretion.PenaltyRuling ruling = rulings.get(i);
            DecidedPenalty.Builder b = DecidedPenalty.builder().caseId("C-" + i)
                    .agency(AGENCIES[i % AGENCIES.length]).officers("张三", "李四").item(ruling.item().code())
                    .profile(ruling.offence().circumstances())
                    .level(ruling.tier().map(t -> t.level()).orElse(TierLevel.ORDINARY));
            // the fine decided: the middle of what the ruling allows (at least 100 yuan), to the fen; the generated
            // fines are not multiples of a base
            ruling.bounds().map(f -> f.min().add(f.max()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP))
                    .ifPresent(b::fine);
            analysis.add(b.build());
        }
        return analysis.report();
    }
}
