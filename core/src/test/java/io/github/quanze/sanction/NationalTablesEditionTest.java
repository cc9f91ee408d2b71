package io.github.quanze.sanction;

import static io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW;
import static io.github.quanze.basis.Instruments.CIVIL_SERVANT_SANCTIONS_REGULATION;
import static io.github.quanze.basis.Instruments.GOVERNMENTAL_SANCTIONS_LAW;
import static io.github.quanze.sanction.SanctionKind.DEMERIT;
import static io.github.quanze.sanction.SanctionKind.DISMISSAL_FROM_POST;
import static io.github.quanze.sanction.SanctionKind.EXPULSION;
import static io.github.quanze.sanction.SanctionKind.MAJOR_DEMERIT;
import static io.github.quanze.sanction.SanctionKind.OFF_POST_TRAINING;
import static io.github.quanze.sanction.SanctionKind.PUBLIC_REPRIMAND;
import static io.github.quanze.sanction.SanctionKind.QUALIFICATION_REVOKED;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_JUDICIAL;
import static io.github.quanze.sanction.SanctionKind.REFERRAL_SUPERVISORY;
import static io.github.quanze.sanction.SanctionKind.WRITTEN_SELF_CRITICISM;
import static io.github.quanze.testing.Faults.officerFault;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultType;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.RuleRef;
import io.github.quanze.rule.Row;
import io.github.quanze.sanction.SanctionPolicy.Edition;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

/**
 * How the two editions of the national officer table differ, on tables built afresh for each test: the 2007
 * Regulation's bases and ceilings, the 2020 Law's ladder of Art 39 with its capped rows, and the rows both share.
 */
class NationalTablesEditionTest {

    private static DecisionTable<Fault, Sanction> table(Edition edition) {
        return SanctionPolicy.nationalOfficerTable(edition);
    }

    private static Row<Sanction> row(DecisionTable<Fault, Sanction> table, String id) {
        return table.spec().row(RuleId.of(id)).orElseThrow(() -> new AssertionError("no row " + id));
    }

    private static List<String> ids(DecisionTable<Fault, Sanction> table) {
        return table.rows().stream().map(r -> r.id().toString()).collect(Collectors.toList());
    }

    @Example
    void noResponsibility_citesTheEditionsLaw() {
        assertThat(row(table(Edition.ED_2007), "OFFICER.NONE").ref().basis())
                .isEqualTo(LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 61, 1)));
        assertThat(row(table(Edition.ED_2020), "OFFICER.NONE").ref().basis()).isEqualTo(LegalBasis.of(
                Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 6), Provision.of(CIVIL_SERVANTS_LAW, 61, 1)));
    }

    @Example
    void aggravatedIntent_reachesHigherUnderTheLaw() {
        assertThat(row(table(Edition.ED_2007), "OFFICER.SERIOUS.DIRECT.INTENT.AGGRAVATED").output())
                .isEqualTo(Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, DEMERIT));
        assertThat(row(table(Edition.ED_2020), "OFFICER.SERIOUS.DIRECT.INTENT.AGGRAVATED").output())
                .isEqualTo(Sanction.of(OFF_POST_TRAINING, PUBLIC_REPRIMAND, MAJOR_DEMERIT));
        assertThat(row(table(Edition.ED_2007), "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED").output())
                .isEqualTo(Sanction.of(QUALIFICATION_REVOKED, DISMISSAL_FROM_POST));
        assertThat(row(table(Edition.ED_2020), "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED").output())
                .isEqualTo(Sanction.of(QUALIFICATION_REVOKED, EXPULSION));
    }

    @Example
    void theBasesOfEachEdition() {
        DecisionTable<Fault, Sanction> old = table(Edition.ED_2007);
        DecisionTable<Fault, Sanction> law = table(Edition.ED_2020);
        Provision opinions = Provision.wholeOf(io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS);
        assertThat(row(old, "OFFICER.MINOR.DIRECT").ref().basis()).isEqualTo(LegalBasis.of(opinions));
        assertThat(row(law, "OFFICER.MINOR.DIRECT").ref().basis())
                .isEqualTo(LegalBasis.of(opinions, Provision.of(CIVIL_SERVANTS_LAW, 57, 2)));
        assertThat(row(old, "OFFICER.SERIOUS.DIRECT").ref().basis())
                .isEqualTo(LegalBasis.of(opinions, Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 21)));
        assertThat(row(law, "OFFICER.SERIOUS.DIRECT").ref().basis())
                .isEqualTo(LegalBasis.of(opinions, Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 39)));
        assertThat(row(old, "OFFICER.SERIOUS.DIRECT.AGGRAVATED").ref().basis()).isEqualTo(LegalBasis.of(
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 12),
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 1),
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 21)));
        assertThat(row(law, "OFFICER.SERIOUS.DIRECT.AGGRAVATED").ref().basis()).isEqualTo(LegalBasis.of(
                Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 13), Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 39)));
        assertThat(row(old, "OFFICER.SERIOUS.DIRECT.INTENT.MITIGATED").ref().basis()).isEqualTo(LegalBasis.of(
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 13),
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 1),
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 21)));
        assertThat(row(law, "OFFICER.SERIOUS.DIRECT.INTENT.MITIGATED").ref().basis()).isEqualTo(LegalBasis.of(
                Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 11), Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 39)));
        assertThat(row(old, "OFFICER.SERIOUS.DIRECT.REDUCED").ref().basis()).isEqualTo(LegalBasis.of(
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 1),
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 2)));
        assertThat(row(law, "OFFICER.SERIOUS.DIRECT.REDUCED").ref().basis()).isEqualTo(LegalBasis.of(
                Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 11),
                Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 2)));
    }

    @Example
    void theLadderOfArt39_givesCappedRowsUnderTheLawOnly() {
        List<String> old = ids(table(Edition.ED_2007));
        assertThat(old).noneMatch(id -> id.endsWith(".NO_HARM") || id.contains(".TIER"));
        DecisionTable<Fault, Sanction> law = table(Edition.ED_2020);
        // a warning is of the first tier: one capped row, without harm
        assertThat(ids(law)).contains("OFFICER.SERIOUS.DIRECT.NO_HARM")
                .doesNotContain("OFFICER.SERIOUS.DIRECT.TIER1");
        // a demotion is of the second tier; an expulsion of the third
        assertThat(ids(law)).contains("OFFICER.GRAVE.DIRECT.GROSS.TIER1", "OFFICER.GRAVE.DIRECT.GROSS.NO_HARM")
                .doesNotContain("OFFICER.GRAVE.DIRECT.GROSS.TIER2");
        assertThat(ids(law)).contains("OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED.TIER2",
                "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED.TIER1", "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED.NO_HARM");
        Row<Sanction> tier2 = row(law, "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED.TIER2");
        Row<Sanction> tier1 = row(law, "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED.TIER1");
        Row<Sanction> noHarm = row(law, "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED.NO_HARM");
        assertThat(tier2.output()).isEqualTo(Sanction.of(QUALIFICATION_REVOKED, DISMISSAL_FROM_POST));
        assertThat(tier1.output()).isEqualTo(Sanction.of(QUALIFICATION_REVOKED, MAJOR_DEMERIT));
        assertThat(noHarm.output()).isEqualTo(Sanction.of(QUALIFICATION_REVOKED));
        assertThat(tier2.ref().title().zh()).contains("，情节未达严重");
        assertThat(tier2.ref().title().en()).contains(", circumstances not grave");
        assertThat(tier1.ref().title().zh()).contains("，情节未达较重");
        assertThat(tier1.ref().title().en()).contains(", circumstances not serious");
        assertThat(noHarm.ref().title().zh()).contains("，未造成不良后果或者影响");
        assertThat(noHarm.ref().title().en()).contains(", without bad consequences or influence");
        Provision article57 = Provision.of(CIVIL_SERVANTS_LAW, 57, 2);
        assertThat(noHarm.ref().basis().parts().contains(article57)).isTrue();
        assertThat(tier1.ref().basis().parts().contains(article57)).isFalse();
        assertThat(tier1.ref().interpretation()).isPresent();
        assertThat(row(law, "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED").cell("ladderTier"))
                .isNotEqualTo(tier2.cell("ladderTier"));
        assertThat(row(table(Edition.ED_2007), "OFFICER.GRAVE.DIRECT.INTENT.AGGRAVATED").cells())
                .doesNotContainKey("ladderTier");
    }

    @Example
    void familyTitles_nameGravityResponsibilityAndForms() {
        RuleRef ref = row(table(Edition.ED_2020), "OFFICER.SERIOUS.DIRECT").ref();
        assertThat(ref.title().zh()).contains("严重过错中负直接责任的人员（一般过失或者重大过失）");
        assertThat(ref.title().en()).contains("with direct responsibility (ordinary negligence or gross negligence)");
        RuleRef principal = row(table(Edition.ED_2020), "OFFICER.SERIOUS.PRINCIPAL").ref();
        assertThat(principal.title().zh()).contains("严重过错中负主要领导责任的人员").doesNotContain("人员（");
        assertThat(principal.title().en()).startsWith("a serious fault with principal leadership responsibility: ");
        assertThat(ids(table(Edition.ED_2020))).contains("OFFICER.MINOR_AND_CORRECTED.DIRECT",
                "OFFICER.MINOR_AND_CORRECTED.PRINCIPAL", "OFFICER.MINOR_AND_CORRECTED.IMPORTANT",
                "OFFICER.MINOR_AND_CORRECTED.DIRECT.MITIGATED");
        assertThat(ids(table(Edition.ED_2007))).contains("OFFICER.MINOR_AND_CORRECTED.IMPORTANT")
                .doesNotContain("OFFICER.MINOR_AND_CORRECTED.DIRECT.MITIGATED");
    }

    @Example
    void referralRows_differByEdition() {
        assertThat(row(table(Edition.ED_2007), "OFFICER.CRIME").output()).isEqualTo(Sanction.of(REFERRAL_JUDICIAL));
        assertThat(row(table(Edition.ED_2020), "OFFICER.CRIME").output())
                .isEqualTo(Sanction.of(REFERRAL_SUPERVISORY));
        assertThat(row(table(Edition.ED_2007), "OFFICER.LATE_REFERRAL").ref().interpretation()).isPresent();
        assertThat(row(table(Edition.ED_2020), "OFFICER.LATE_REFERRAL").ref().interpretation()).isEmpty();
    }

    @Example
    void exemptions_andTheUnrefusedFailureToRefer_areRowsOfBothEditions() {
        for (Edition edition : Edition.values()) {
            DecisionTable<Fault, Sanction> table = table(edition);
            assertThat(row(table, "OFFICER.EXECUTED_ORDER_AFTER_OBJECTING").output()).isEqualTo(Sanction.none());
            assertThat(row(table, "OFFICER.DUTY_DULY_PERFORMED").output()).isEqualTo(Sanction.none());
            assertThat(row(table, "OFFICER.DUTY_DULY_PERFORMED").ref().interpretation()).isPresent();
            Fault executed = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE,
                    Consequence.MINOR).addCircumstances(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING).build();
            Decision<Sanction> exempt = table.decide(executed);
            assertThat(exempt.outcome()).contains(Sanction.none());
            assertThat(exempt.fired()).extracting(RuleRef::id)
                    .containsExactly(RuleId.of("OFFICER.EXECUTED_ORDER_AFTER_OBJECTING"));
            // not yet refused to correct: the failure to refer overrides the measure of a corrected minor fault
            Fault notReferred = officerFault(FaultType.FAILURE_TO_REFER, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR)
                    .addCircumstances(Circumstance.MINOR_AND_CORRECTED).build();
            Decision<Sanction> decision = table.decide(notReferred);
            assertThat(decision.outcome()).contains(Sanction.none());
            assertThat(decision.fired()).extracting(RuleRef::id)
                    .containsExactly(RuleId.of("OFFICER.FAILURE_TO_REFER"));
        }
        Fault corrected = officerFault(FaultType.PROCEDURE_VIOLATION, FaultForm.GROSS_NEGLIGENCE, Consequence.MINOR)
                .addCircumstances(Circumstance.MINOR_AND_CORRECTED).build();
        assertThat(table(Edition.ED_2007).decide(corrected).outcome()).contains(Sanction.of(WRITTEN_SELF_CRITICISM));
    }
    @Example
    void correctedMinorFaults_citeTheEditionsLaw_andKeepTheirResponsibility() {
        for (Edition edition : Edition.values()) {
            DecisionTable<Fault, Sanction> table = table(edition);
            assertThat(row(table, "OFFICER.MINOR_AND_CORRECTED.DIRECT").output())
                    .isEqualTo(Sanction.of(WRITTEN_SELF_CRITICISM));
            assertThat(row(table, "OFFICER.MINOR_AND_CORRECTED.PRINCIPAL").output())
                    .isEqualTo(Sanction.of(SanctionKind.CRITICISM));
            assertThat(row(table, "OFFICER.MINOR_AND_CORRECTED.IMPORTANT").output())
                    .isEqualTo(Sanction.of(SanctionKind.REMINDER));
        }
        assertThat(row(table(Edition.ED_2007), "OFFICER.MINOR_AND_CORRECTED.DIRECT").ref().basis())
                .isEqualTo(LegalBasis.of(Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 2)));
        assertThat(row(table(Edition.ED_2020), "OFFICER.MINOR_AND_CORRECTED.DIRECT").ref().basis())
                .isEqualTo(LegalBasis.of(Provision.of(CIVIL_SERVANTS_LAW, 61, 1)));
    }

    @Example
    void theLadderNote_explainsOnlyRowsOnTheLadder() {
        DecisionTable<Fault, Sanction> law = table(Edition.ED_2020);
        String ladder = SanctionNotes.LADDER_NOTE.zh();
        assertThat(row(law, "OFFICER.SERIOUS.DIRECT").ref().interpretation().orElseThrow().zh()).contains(ladder);
        assertThat(row(law, "OFFICER.MINOR.DIRECT").ref().interpretation().orElseThrow().zh()).doesNotContain(ladder);
        assertThat(row(law, "OFFICER.MINOR_AND_CORRECTED.DIRECT").ref().interpretation().orElseThrow().zh())
                .doesNotContain(ladder);
        assertThat(row(table(Edition.ED_2007), "OFFICER.SERIOUS.DIRECT").ref().interpretation().orElseThrow().zh())
                .doesNotContain(ladder);
    }
}
