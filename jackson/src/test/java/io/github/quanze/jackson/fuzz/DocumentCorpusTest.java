package io.github.quanze.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.jackson.Documents;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.assessment.AssessmentDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.review.ReviewDocuments;
import io.github.quanze.jackson.timelimit.CalendarYearDocuments;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.timelimit.WorkingDayCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The seed corpus of {@link DocumentReadFuzzTest}: every readable kind has seeds in YAML and in JSON that read, and
 * each seed's file name begins with the name of the kind its selector picks, so that a kind added to
 * {@link Documents} (which moves the selectors) is caught here. Run with {@code -Dquanze.corpus.write=true} to write
 * the seeds again from the example documents, the fixtures and the malformed documents.
 */
class DocumentCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/io/github/quanze/jackson/fuzz/DocumentReadFuzzTestInputs"
            + "/readsOrRefuses");
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path EXAMPLES = Path.of("../examples/documents/tobacco");
    private static final Pattern WITH = Pattern.compile("^# with: (.*)$", Pattern.MULTILINE);
    private static final Pattern READS = Pattern.compile("^# reads: (.*)$", Pattern.MULTILINE);

    @BeforeAll
    static void writeWhenAsked() throws IOException {
        if (Boolean.getBoolean("quanze.corpus.write")) {
            write();
        }
    }

    @Test
    void everySeedIsNamedAfterTheKindAndFormatItPicks() throws IOException {
        List<Path> seeds = seeds();
        assertThat(seeds).hasSizeGreaterThan(2 * DocumentInput.KINDS.size());
        for (Path seed : seeds) {
            DocumentInput input = DocumentInput.decode(Files.readAllBytes(seed));
            String name = seed.getFileName().toString();
            assertThat(name).as("seed %s", seed).startsWith(input.kind().name() + "--")
                    .endsWith(input.json() ? ".json" : ".yaml");
        }
    }

    @Test
    void everyReadableKindHasSeedsThatReadInBothFormatsAndSeedsThatDoNot() throws IOException {
        Set<String> valid = new HashSet<>();
        int invalid = 0;
        for (Path seed : seeds()) {
            DocumentInput input = DocumentInput.decode(Files.readAllBytes(seed));
            if (reads(input)) {
                valid.add(input.kind().name() + (input.json() ? " json" : " yaml"));
            } else {
                invalid++;
            }
        }
        for (DocumentKind<?> kind : DocumentInput.KINDS) {
            assertThat(valid).as("valid seeds").contains(kind.name() + " yaml", kind.name() + " json");
        }
        assertThat(invalid).as("invalid seeds").isGreaterThanOrEqualTo(100);
    }

    @Test
    void theSelectorPicksEveryKindInBothFormatsAndEveryWorld() {
        for (DocumentKind<?> kind : DocumentInput.KINDS) {
            for (int world = 0; world < DocumentInput.WORLDS.size(); world++) {
                for (boolean json : List.of(false, true)) {
                    DocumentInput input = new DocumentInput(kind, json, world, "kind: x");
                    assertThat(DocumentInput.decode(input.encode())).isEqualTo(input);
                }
            }
        }
        assertThat(DocumentInput.decode(new byte[] {'a'})).isNull();
        assertThat(DocumentInput.decode("a0".getBytes(java.nio.charset.StandardCharsets.UTF_8)).kind())
                .isEqualTo(DocumentInput.KINDS.get(0));
        assertThat(DocumentInput.decode("B1x".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(new DocumentInput(DocumentInput.KINDS.get(1), true, 1, "x"));
    }

    private static boolean reads(DocumentInput input) {
        try {
            input.format().reader(input.kind()).with(input.context()).readString(input.name(), input.text());
            return true;
        } catch (InvalidDocumentException e) {
            return false;
        }
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    // --- writing the corpus ---

    private static void write() throws IOException {
        Files.createDirectories(CORPUS);
        List<Seed> valid = new ArrayList<>();
        for (Path file : list(EXAMPLES)) {
            String name = file.getFileName().toString();
            if (name.equals("sanction-rules.yaml")) {
                continue; // 280 kB: a smaller rule book below
            }
            if (name.endsWith(".jsonl")) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    valid.add(Seed.valid(lines.get(i), true, "tobacco-" + name.replace(".jsonl", "-" + (i + 1))));
                }
            } else {
                valid.add(Seed.valid(Files.readString(file), false, "tobacco-" + name.replace(".yaml", "")));
            }
        }
        for (Path file : list(RESOURCES.resolve("fixtures"))) {
            valid.add(Seed.valid(Files.readString(file), false, "fixture-" + file.getFileName().toString()
                    .replace(".yaml", "")));
        }
        valid.add(Seed.valid(QuanzeDocuments.yaml().writer(CalendarYearDocuments.CALENDAR_YEAR)
                .writeString(WorkingDayCalendar.national().year(2026)), false, "national-2026"));
        valid.add(Seed.valid(QuanzeDocuments.yaml().writer(ReviewDocuments.REVIEW_STANDARDS)
                .writeString(ReviewStandards.of(ReviewStandards.DEFAULT)), false, "default"));
        valid.add(Seed.valid(QuanzeDocuments.yaml().writer(AssessmentDocuments.ASSESSMENT_SCHEME)
                .writeString(AssessmentScheme.DEFAULT), false, "default"));
        valid.add(Seed.valid(Files.readString(RESOURCES.resolve("malformed/assessment-period-zero-count.yaml"))
                .replaceAll("(?m)^#.*\\n", "").replace("count: 0", "count: 1"), false, "county-samr"));
        valid.add(Seed.valid(Files.readString(RESOURCES.resolve("malformed/rulebook-bad-date.yaml"))
                .replaceAll("(?m)^#.*\\n", "").replace("2021-02-30", "2021-07-15"), false, "two-versions"));
        for (Seed seed : valid) {
            seed.in(false).save();
            seed.in(true).save();
        }
        for (Path file : list(RESOURCES.resolve("malformed"))) {
            String text = Files.readString(file);
            DocumentKind<?> kind = Documents.named(header(READS, text)).orElseThrow();
            String name = "malformed-" + file.getFileName().toString().replace(".yaml", "");
            new Seed(new DocumentInput(kind, false, world(header(WITH, text)), text), name).save();
        }
    }

    private static String header(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }

    /** The world whose documents are the fixtures a malformed document is read with. */
    private static int world(String with) {
        Map<String, Integer> worlds = Map.of("fixtures/basis.yaml", 2, "fixtures/discretion-basis.yaml", 3,
                "fixtures/organization-case-bureau.yaml", 4, "", 5);
        return worlds.get(with.split(" ")[0]);
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".jsonl")).sorted()
                    .toList();
        }
    }

    /** A seed and the name it is saved under, after its kind. */
    private record Seed(DocumentInput input, String origin) {

        /** A valid document, in the first world that reads it. */
        static Seed valid(String text, boolean json, String origin) {
            String kindName = YAMLMapper.builder().build().readTree(text).get("kind").asString();
            DocumentKind<?> kind = Documents.named(kindName).orElseThrow();
            for (int world = 0; world < DocumentInput.WORLDS.size(); world++) {
                DocumentInput input = new DocumentInput(kind, json, world, text);
                if (reads(input)) {
                    return new Seed(input, origin);
                }
            }
            throw new AssertionError(origin + " reads in no world");
        }

        /** The seed in one format: as given, or as the library writes it in the other. */
        Seed in(boolean json) {
            if (json == input.json()) {
                return this;
            }
            return new Seed(new DocumentInput(input.kind(), json, input.world(), written(input.kind(), json)), origin);
        }

        private <T> String written(DocumentKind<T> kind, boolean json) {
            T value = input.format().reader(kind).with(input.context()).readString(input.name(), input.text());
            QuanzeDocuments format = json ? QuanzeDocuments.json() : QuanzeDocuments.yaml();
            return format.writer(kind).with(input.context()).writeString(value);
        }

        void save() throws IOException {
            String name = input.kind().name() + "--" + origin + (input.json() ? ".json" : ".yaml");
            Files.write(CORPUS.resolve(name), input.encode());
        }
    }
}
