package io.github.quanze.testkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.organization.Certification;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.testkit.Samples;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;

class TextArbitrariesTest {

    private static final ParameterSchema EVERY_TYPE = ParameterSchema.none().require("name", String.class)
            .require("days", Long.class).require("amount", BigDecimal.class).require("due", LocalDate.class)
            .require("open", Boolean.class).require("title", BilingualText.class)
            .require("outcome", CertificationOutcome.class).require("weekday", DayOfWeek.class)
            .requireList("officers", String.class)
            .allow("note", String.class);

    @Example
    void parametersFitTheirSchemaAndFillEachTypesRange() {
        List<Parameters> drawn = Samples.draw(TextArbitraries.parameters(EVERY_TYPE,
                Map.of("officers", Arbitraries.of("O-1", "O-2"))), 300, 1);

        Set<Integer> listSizes = new HashSet<>();
        Set<Boolean> bools = new HashSet<>();
        Set<CertificationOutcome> outcomes = EnumSet.noneOf(CertificationOutcome.class);
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (Parameters p : drawn) {
            assertThat(EVERY_TYPE.check("TEST", p)).isSameAs(p);
            assertThat(p.names()).containsExactlyInAnyOrder("name", "days", "amount", "due", "open", "title",
                    "outcome", "weekday", "officers");
            assertThat(p.number("days")).isBetween(0L, 1_000_000L);
            assertThat(p.amount("amount")).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000));
            assertThat(p.amount("amount").scale()).isEqualTo(2);
            assertThat(p.date("due")).isBetween(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 1).plusDays(20_000));
            assertThat(p.text("name")).isNotBlank();
            assertThat(p.bilingual("title").zh()).isNotBlank();
            assertThat(List.<Object>copyOf(p.list("officers"))).hasSizeLessThanOrEqualTo(8).isSubsetOf("O-1", "O-2");
            listSizes.add(p.list("officers").size());
            bools.add(p.bool("open"));
            outcomes.add((CertificationOutcome) p.get("outcome").orElseThrow());
            weekdays.add(p.constant("weekday", DayOfWeek.class));
        }
        assertThat(listSizes).contains(0, 8);
        assertThat(bools).containsExactlyInAnyOrder(true, false);
        assertThat(outcomes).containsExactlyInAnyOrder(CertificationOutcome.values());
        assertThat(weekdays).containsExactlyInAnyOrder(DayOfWeek.values());
    }

    @Example
    void aSchemaWithNothingRequiredGivesEmptyParameters() {
        assertThat(Samples.draw(TextArbitraries.parameters(ParameterSchema.none().allow("note", String.class),
                Map.of()), 5, 2)).containsOnly(Parameters.empty());
    }

    @Example
    void aListWithoutElementsOrATypeWithoutAnArbitraryIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextArbitraries.parameters(EVERY_TYPE, Map.of()))
                .withMessageContaining("list parameter officers");
        assertThatIllegalArgumentException().isThrownBy(() -> TextArbitraries.parameters(
                ParameterSchema.none().require("answer", Certification.class), Map.of()))
                .withMessageContaining(Certification.class.getName());
    }

    @Example
    void linesAreShortStrippedAndMixLatinWithChinese() {
        List<String> lines = Samples.draw(TextArbitraries.lines(), 300, 3);

        assertThat(lines).allSatisfy(line -> {
            assertThat(line).hasSizeBetween(1, 12).isEqualTo(line.strip()).matches("[ABCXYZ0-9烟草专卖稽查岗局-]+");
        });
        assertThat(lines).anyMatch(l -> l.matches(".*[烟草专卖稽查岗局].*")).anyMatch(l -> l.matches(".*[A-Z].*"))
                .anyMatch(l -> l.length() == 1).anyMatch(l -> l.length() == 12);
        assertThat(Samples.draw(TextArbitraries.asciiLines(), 300, 4)).allSatisfy(line -> assertThat(line)
                .hasSizeBetween(1, 12).matches("[ABCXYZ0-9-]+").isEqualTo(line.strip()));
    }

    @Example
    void certificationsAnswerForEveryOutcomeWithOrWithoutANumber() {
        List<Certification> drawn = Samples.draw(TextArbitraries.certifications(), 300, 5);

        assertThat(drawn).allSatisfy(c -> {
            assertThat(c.officer().value()).matches("O-[1-9][0-9]?");
            assertThat(c.area()).isNotBlank();
            assertThat(c.date()).isBetween(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 1).plusDays(20_000));
        });
        assertThat(drawn).extracting(Certification::outcome).containsAll(EnumSet.allOf(CertificationOutcome.class));
        assertThat(drawn).anyMatch(c -> c.credentialNumber().isPresent())
                .anyMatch(c -> c.credentialNumber().isEmpty());
    }
}
