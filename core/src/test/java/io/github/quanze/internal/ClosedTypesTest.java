package io.github.quanze.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.fault.Fault;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.Post;
import io.github.quanze.power.Power;
import io.github.quanze.rule.Decider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Example;

/**
 * No value type can be extended or built around its checks: every public class of the exported packages is final,
 * a record or an enum, or sealed; the only public interfaces open to callers are the extension points of the rule
 * API; and a value built by a builder has no constructor a caller can reach.
 */
class ClosedTypesTest {

    /** The exported packages, whose types this test closes, read from the module descriptor. */
    private static final List<String> PACKAGES = exportedPackages();

    /**
     * The interfaces callers implement: a rule or check of their own, the findings it returns, how a COLLECT rule
     * set combines outcomes, what a rule cites, how a decision reads, and the label of a vocabulary of their own.
     * They hold behaviour, not validated values.
     */
    private static final Set<String> EXTENSION_POINTS = Set.of("io.github.quanze.rule.Rule",
            "io.github.quanze.rule.Check", "io.github.quanze.rule.Finding", "io.github.quanze.rule.Aggregation",
            "io.github.quanze.rule.Citation", "io.github.quanze.rule.DecisionWording", "io.github.quanze.text.Labelled");

    @Example
    void theModuleExportsEveryPackageButInternal() {
        assertThat(PACKAGES).contains("text", "rule", "basis", "power", "organization", "allocation", "timelimit",
                "procedure", "review", "fault", "sanction", "assessment").doesNotContain("internal");
    }

    @Example
    void everyTypeWithABuilderIsFinalAndHasNoConstructorACallerCanReach() {
        List<Class<?>> built = publicTypes().stream().filter(t -> !t.isInterface())
                .filter(t -> Arrays.stream(t.getDeclaredClasses()).anyMatch(n -> n.getSimpleName().equals("Builder")))
                .toList();
        assertThat(built).as("the types built by a builder").contains(LegalInstrument.class, Power.class, Post.class,
                Officer.class, EnforcementCredential.class, Fault.class);
        for (Class<?> type : built) {
            assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName() + " is final").isTrue();
            assertThat(type.getDeclaredConstructors()).as(type.getName()).isNotEmpty()
                    .allSatisfy(c -> assertThat(isReachable(c)).as(c.toString()).isFalse());
        }
    }

    @Example
    void deciderIsSealedToTheEnginesOfTheRuleApi() {
        assertThat(Decider.class.isSealed()).isTrue();
        assertThat(Arrays.stream(Decider.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .containsExactlyInAnyOrder("RuleSet", "DecisionTable");
    }

    @Example
    void everyPublicTypeOfTheValuePackagesIsClosedOrAnExtensionPoint() {
        List<Class<?>> types = publicTypes();
        assertThat(types).as("the scan finds the packages' types").hasSizeGreaterThan(100);
        List<String> open = new ArrayList<>();
        for (Class<?> type : types) {
            if (!isClosed(type) && !EXTENSION_POINTS.contains(type.getName())) {
                open.add(type.getName());
            }
        }
        assertThat(open).as("public types a caller can extend or implement").isEmpty();
    }

    private static boolean isClosed(Class<?> type) {
        if (type.isInterface()) {
            return type.isSealed() || type.isAnnotation();
        }
        return type.isEnum() || type.isRecord() || type.isSealed() || Modifier.isFinal(type.getModifiers());
    }

    private static boolean isReachable(Constructor<?> constructor) {
        return Modifier.isPublic(constructor.getModifiers()) || Modifier.isProtected(constructor.getModifiers());
    }

    /** The public classes and interfaces, nested ones included, of the packages, read from the compiled classes. */
    private static List<Class<?>> publicTypes() {
        Path root;
        try {
            root = Path.of(Power.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve("io/github/quanze/" + pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                        .map(n -> "io.github.quanze." + pkg + "." + n.substring(0, n.length() - ".class".length()))
                        .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info"))
                        .map(ClosedTypesTest::load).filter(ClosedTypesTest::isVisible).forEach(types::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return types;
    }

    private static List<String> exportedPackages() {
        ModuleDescriptor module = Power.class.getModule().getDescriptor();
        assertThat(module).as("the tests run on the module path").isNotNull();
        return module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .map(p -> p.substring("io.github.quanze.".length())).sorted().toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ClosedTypesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public, and nested only in public types: what a caller outside the module can name. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
