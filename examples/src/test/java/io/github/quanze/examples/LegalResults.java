package io.github.quanze.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The legal results (法律结果) of every example and of the tour, as plain-text digests, and the ones stored under
 * {@code examples/src/test/resources/legal-results/} to compare them with.
 * <p>
 * A digest holds the legal data only: finding codes and severities, the ids they are about, steps, deadlines and
 * their statuses, violations with the people involved and their parts, faults, sanctions with their periods, the
 * rules fired and overridden, versions applied and why, review scores and grades, agency scores, ranks and measures,
 * officers' ratings and cards, due dates and working days. It holds no sentence: no message, explanation or label,
 * so a refactoring that moves packages or re-renders texts must leave every digest unchanged, and a difference is a
 * changed legal result. Each scenario has its digest class ({@link AuditResults}, {@link CaseResults},
 * {@link AccountabilityResults}, {@link BatchResults}, {@link CountyResults}, {@link CalendarResults}); the lines
 * they share are in {@link LegalLines}, each access to the library's API in a small method of its own, so that a new
 * API is adapted there while the stored files stay as they are.
 * <p>
 * <b>Regenerating.</b> By default {@link LegalResultsTest} compares and fails at the first differing line, with its
 * number, the line stored and the line computed. With the system property {@value #WRITE} set to {@code true} it
 * writes the digests into the source tree instead, replacing the stored ones, and passes. From the repository root
 * ({@code -am} builds core in the same run, rather than taking whatever core jar the local repository holds):
 * <pre>{@code
 * mvn -B -o -pl examples -am test -Dtest=LegalResultsTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dquanze.legalResults.write=true
 * git diff examples/src/test/resources/legal-results/
 * }</pre>
 * Regenerate only for an intended change of a legal result, and say which in the commit: a refactoring must not
 * need it.
 */
final class LegalResults {

    /** The system property that makes the test write the digests instead of comparing them. */
    static final String WRITE = "quanze.legalResults.write";

    /** Where the digests are stored, relative to the examples module, and on the test class path. */
    static final String DIRECTORY = "src/test/resources/legal-results";

    private LegalResults() {}

    /** A command of the examples whose legal results are pinned, with the file they are stored in. */
    enum Scenario {
        /** {@code audit}: the catalogue and allocation audit. */
        AUDIT("audit.txt", () -> AuditResults.digest(TobaccoBureau.AUDIT_DATE)),
        /** {@code case}: the penalty case replayed, reviewed, and its faults decided. */
        CASE("case.txt", () -> CaseResults.digest(CaseExample.DURING)),
        /** {@code accountability}: the six accountability cases. */
        ACCOUNTABILITY("accountability.txt", () -> AccountabilityResults.digest(AccountabilityResults.outcomes())),
        /** {@code tour}: the audit, the case and the accountability cases, in that order, as the tour runs them. */
        TOUR("tour.txt", () -> AUDIT.digest().append(CASE.digest()).append(ACCOUNTABILITY.digest())),
        /** {@code batch}, with its defaults {@code --cases 1000 --seed 2026}. */
        BATCH("batch.txt", () -> BatchResults.digest(BatchResults.CASES, BatchResults.SEED)),
        /** {@code county}, with its default {@code --seed 2025}. */
        COUNTY("county.txt", () -> CountyResults.digest(CountyResults.SEED)),
        /** {@code deadline} and {@code calendar}, for the inputs of {@link CommandLineTest}. */
        CALENDAR("calendar.txt", () -> CalendarResults.digest(CalendarResults.national())),
        /** The codes, severities and citations of the findings of the audit, the case and the batch. */
        CITATIONS("citations.txt", CitationResults::digest);

        private final String file;
        private final Supplier<Digest> digest;

        Scenario(String file, Supplier<Digest> digest) {
            this.file = file;
            this.digest = digest;
        }

        /** @return the file name under {@link #DIRECTORY} */
        String file() {
            return file;
        }

        /** Computes the scenario's digest from today's code. */
        Digest digest() {
            return digest.get();
        }
    }

    /** @return true if the digests are to be written rather than compared */
    static boolean writing() {
        return Boolean.getBoolean(WRITE);
    }

    /**
     * Compares a scenario's digest with the stored one, or writes it when {@link #writing()}.
     *
     * @return the first difference, empty if there is none or the digest was written
     */
    static Optional<String> check(Scenario scenario) {
        String actual = scenario.digest().text();
        if (writing()) {
            write(scenario, actual);
            return Optional.empty();
        }
        return difference(scenario, stored(scenario), actual);
    }

    /** The stored digest of a scenario, as on the test class path. */
    static String stored(Scenario scenario) {
        String resource = "/legal-results/" + scenario.file();
        try (InputStream in = LegalResults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No stored legal results " + resource + "; generate them with -D" + WRITE
                        + "=true");
            }
            // a checkout may have turned the line ends into CRLF
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Describes the first line where two digests differ: its number, the line expected and the line found.
     *
     * @return the description, empty if the digests are the same
     */
    static Optional<String> difference(Scenario scenario, String expected, String actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        String[] want = expected.lines().toArray(String[]::new);
        String[] got = actual.lines().toArray(String[]::new);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        if (line == want.length && line == got.length) {
            return Optional.of("The legal results of " + scenario + " differ from " + DIRECTORY + "/"
                    + scenario.file() + " in their line ends only");
        }
        return Optional.of("The legal results of " + scenario + " differ from " + DIRECTORY + "/" + scenario.file()
                + " at line " + (line + 1) + " (" + want.length + " lines stored, " + got.length + " computed)"
                + "\n  expected: " + (line < want.length ? want[line] : "<end of file>")
                + "\n  actual:   " + (line < got.length ? got[line] : "<end of file>")
                + "\nIf the change is intended, regenerate with -D" + WRITE + "=true and review the diff.");
    }

    /** Writes a digest into the source tree, where the next build copies it onto the class path. */
    private static void write(Scenario scenario, String digest) {
        Path file = Path.of(System.getProperty("basedir", "")).resolve(DIRECTORY).resolve(scenario.file());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, digest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
