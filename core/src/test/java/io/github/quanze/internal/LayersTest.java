package io.github.quanze.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package graph follows the pipeline (分层): each package may use only the packages below it.
 * <p>
 * The order, bottom to top: the parts that know no domain ({@code internal}, {@code text}, {@code rule}), then the
 * pipeline in the order of the seeds — basis (梳理执法依据) → power (权责清单) → organization → allocation (分解职权) →
 * discretion (裁量基准, reserved) → timelimit → procedure (规范执法流程) → referral (案件移送与联动执法) → review
 * (案卷评查) → fault (执法过错) → sanction (责任追究) → assessment (评议考核) → disparity (类案监督, which nothing
 * uses). Faults sit above the procedures and reviews they judge: they read those values, never the reverse.
 */
class LayersTest {

    /** The packages of core, bottom first; a package may depend only on the ones before it. */
    static final List<String> ORDER = List.of("internal", "text", "rule", "basis", "power", "organization",
            "allocation", "discretion", "timelimit", "procedure", "referral", "review", "fault", "sanction",
            "assessment", "disparity");

    /** The packages below the domain: they know no domain package. */
    static final List<String> GENERIC = List.of("internal", "text", "rule");

    private static final String ROOT = "io.github.quanze.";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.quanze");

    @Test
    void coreIsImported() {
        assertThat(CORE.stream().map(c -> c.getPackageName()).distinct())
                .contains(ROOT + "rule", ROOT + "procedure", ROOT + "fault", ROOT + "assessment");
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() {
        for (ArchRule rule : layerRules()) {
            rule.check(CORE);
        }
    }

    @Test
    void everyPackageOfCoreHasAPlaceInTheOrder() {
        assertThat(CORE.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith(ROOT)).distinct()
                .map(p -> p.substring(ROOT.length())))
                .allMatch(ORDER::contains);
    }

    @Test
    void theRuleEngineImportsNoDomainPackage() {
        ruleEngineRule().check(CORE);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching("io.github.quanze.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void aDependencyAgainstTheOrderIsCaught() {
        // A class of the rule package's tests that uses a domain type: the same rules, applied to it, fail.
        JavaClasses wrong = new ClassFileImporter().importClasses(io.github.quanze.rule.LayerBreach.class);
        EvaluationResult result = ruleEngineRule().evaluate(wrong);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("io.github.quanze.basis"));
        assertThat(layerRules().stream().anyMatch(r -> r.evaluate(wrong).hasViolation())).isTrue();
    }

    @Test
    void aDependencyWithTheOrderIsAllowed() {
        JavaClasses right = new ClassFileImporter().importClasses(io.github.quanze.rule.LayerBreach.Fine.class);
        assertThat(ruleEngineRule().evaluate(right).hasViolation()).isFalse();
        assertThat(layerRules().stream().noneMatch(r -> r.evaluate(right).hasViolation())).isTrue();
    }

    private static List<ArchRule> layerRules() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < ORDER.size() - 1; i++) {
            String[] above = ORDER.subList(i + 1, ORDER.size()).stream().map(p -> ROOT + p + "..")
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(ROOT + ORDER.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because(ORDER.get(i) + " sits below " + String.join(", ", ORDER.subList(i + 1, ORDER.size())))
                    .allowEmptyShould(true));
        }
        return rules;
    }

    private static ArchRule ruleEngineRule() {
        String[] domain = ORDER.stream().filter(p -> !GENERIC.contains(p)).map(p -> ROOT + p + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(GENERIC.stream().map(p -> ROOT + p + "..")
                        .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(domain)
                .because("the rule engine and the texts know no domain: the domain supplies its wording "
                        + "through interfaces they own");
    }
}
