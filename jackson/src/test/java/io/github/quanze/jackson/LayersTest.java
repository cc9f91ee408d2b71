package io.github.quanze.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the documents follows the pipeline (分层), as core's does: the codec framework at the
 * bottom, then texts, citations and the rule documents (findings, decision tables) every output uses, then the
 * documents of each stage in the order of the pipeline, and the registry of kinds ({@link Documents}) and the
 * Jackson module at the top. Each package may use only the packages below it.
 */
class LayersTest {

    /** The packages of the documents, bottom first; a package may depend only on the ones before it. */
    static final List<String> ORDER = List.of("codec", "text", "basis", "rule", "power", "organization",
            "allocation", "discretion", "timelimit", "procedure", "referral", "review", "fault", "assessment",
            "disparity");

    private static final String ROOT = "io.github.quanze.jackson";

    private static final JavaClasses DOCUMENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() {
        assertThat(DOCUMENTS.stream().map(c -> c.getPackageName()).distinct())
                .contains(ROOT, ROOT + ".codec", ROOT + ".procedure", ROOT + ".assessment");
        for (ArchRule rule : rules(ORDER)) {
            rule.check(DOCUMENTS);
        }
    }

    @Test
    void everyPackageHasAPlaceInTheOrder() {
        assertThat(DOCUMENTS.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith(ROOT + "."))
                .distinct().map(p -> p.substring(ROOT.length() + 1))).allMatch(ORDER::contains);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(DOCUMENTS);
    }

    @Test
    void theRulesCatchADependencyAgainstTheOrder() {
        List<String> upsideDown = new ArrayList<>(ORDER);
        java.util.Collections.reverse(upsideDown);
        assertThat(rules(upsideDown).stream().filter(r -> r.evaluate(DOCUMENTS).hasViolation()).count())
                .isGreaterThan(5);
    }

    private static List<ArchRule> rules(List<String> order) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<String> above = new ArrayList<>();
            order.subList(i + 1, order.size()).forEach(p -> above.add(ROOT + "." + p + ".."));
            above.add(ROOT);
            rules.add(noClasses().that().resideInAPackage(ROOT + "." + order.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                    .because(order.get(i) + " sits below " + String.join(", ", order.subList(i + 1, order.size()))
                            + " and the registry of kinds")
                    .allowEmptyShould(true));
        }
        return rules;
    }
}
