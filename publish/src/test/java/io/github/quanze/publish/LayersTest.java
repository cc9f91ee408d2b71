package io.github.quanze.publish;

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
 * The package graph of the publication is layered (分层): the markup writer and the page frame at the bottom, then
 * the drawings (charts, flowcharts), the decision notices with their masking, and at the top the two products, the
 * supervisor's report and the agency's site. Each package may use only the packages below it.
 */
class LayersTest {

    /** The packages of the publication, bottom first; a package may depend only on the ones before it. */
    static final List<String> ORDER = List.of("html", "chart", "flowchart", "notice", "report", "site");

    private static final String ROOT = "io.github.quanze.publish";

    private static final JavaClasses PUBLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() {
        assertThat(PUBLICATION.stream().map(c -> c.getPackageName()).distinct())
                .contains(ROOT + ".html", ROOT + ".chart", ROOT + ".site");
        for (ArchRule rule : rules(ORDER)) {
            rule.check(PUBLICATION);
        }
    }

    @Test
    void everyPackageHasAPlaceInTheOrder() {
        assertThat(PUBLICATION.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith(ROOT + "."))
                .distinct().map(p -> p.substring(ROOT.length() + 1))).allMatch(ORDER::contains);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PUBLICATION);
    }

    @Test
    void theRulesCatchADependencyAgainstTheOrder() {
        List<String> upsideDown = new ArrayList<>(ORDER);
        java.util.Collections.reverse(upsideDown);
        assertThat(rules(upsideDown).stream().filter(r -> r.evaluate(PUBLICATION).hasViolation()).count())
                .isGreaterThan(2);
    }

    private static List<ArchRule> rules(List<String> order) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            List<String> above = new ArrayList<>();
            order.subList(i + 1, order.size()).forEach(p -> above.add(ROOT + "." + p + ".."));
            rules.add(noClasses().that().resideInAPackage(ROOT + "." + order.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                    .because(order.get(i) + " sits below " + String.join(", ", order.subList(i + 1, order.size())))
                    .allowEmptyShould(true));
        }
        return rules;
    }
}
