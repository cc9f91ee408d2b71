package io.github.quanze.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.discretion.RulingGround;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.testing.Rendering;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import io.github.quanze.timelimit.PeriodUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every kind of violation and note has its wording: a finding of any kind, with any values its kind carries,
 * renders a non-blank text in Chinese and English, every placeholder filled. User data (names, areas, approvers) is
 * ASCII here, so the English text has no Chinese character at all: one would come from a template or a label.
 */
class ProcedureMessagesPropertiesTest {

    private static final LegalBasis BASIS = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 64));

    @Property
    void everyViolationKindRendersInBothLanguages(@ForAll ViolationKind kind, @ForAll long seed) {
        Random random = new Random(seed);
        ProcedureViolation v = violation(kind, random);
        for (BilingualText text : List.of(v.message(), v.describe())) {
            Rendering.assertEnglish(text);
        }
        assertThat(v.code()).isEqualTo("PROCEDURE." + kind.name());
        assertThat(v.parameters().names()).containsAll(v.details().names());
    }

    @Property
    void everyNoteKindRendersInBothLanguages(@ForAll NoteKind kind, @ForAll long seed) {
        Random random = new Random(seed);
        CaseNote n = new CaseNote(kind, pick(StepKind.values(), random), date(random),
                details(ProcedureSchemas.of(kind), random), BASIS);
        Rendering.assertEnglish(n.message());
    }

    private static ProcedureViolation violation(ViolationKind kind, Random random) {
        int count = ProcedureSchemas.isAboutOnePerson(kind) ? 1 : random.nextInt(4);
        List<Involvement> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new Involvement(OfficerId.of("O-" + i), "Person " + i, pick(Role.values(), random)));
        }
        Parameters details = details(ProcedureSchemas.of(kind), random);
        if (kind == ViolationKind.REFUSAL_WITHOUT_REASONS && details.bool("reasonsGiven")) {
            details = Parameters.builder().put("reasonsGiven", true).put("remediesTold", false).build();
        }
        if (kind == ViolationKind.PENALTY_AGAINST_STANDARD && !details.has("row") && !details.has("grounds")) {
            details = Parameters.builder().putAll(details).put("grounds", List.of(RulingGround.FIRST_OFFENCE)).build();
        } else if (kind == ViolationKind.PENALTY_AGAINST_STANDARD && !details.has("row")
                && !details.list("grounds").contains(RulingGround.FIRST_OFFENCE)) {
            details = Parameters.builder().putAll(details).put("row", "value-2").build();
        }
        List<String> setAside = List.of("setAside", "setAsideRow", "setAsideMin", "setAsideMax");
        if (setAside.stream().anyMatch(details::has)) {
            // the standard set aside is named with its row and range, all or none
            Parameters.Builder all = Parameters.builder().putAll(details);
            for (String name : setAside) {
                if (!details.has(name)) {
                    if (name.endsWith("Min") || name.endsWith("Max")) {
                        all.put(name, BigDecimal.TEN);
                    } else {
                        all.put(name, "value-1");
                    }
                }
            }
            details = all.build();
        }
        if (details.has("row") && !details.has("standard")) {
            details = Parameters.builder().putAll(details).put("standard", "value-0").build();
        }
        if (details.has("periodBegan") && details.has("periodEnded")) {
            details = Parameters.builder().put("amount", details.number("amount"))
                    .put("unit", details.constant("unit", PeriodUnit.class))
                    .put("periodEnded", details.date("periodEnded")).build();
        }
        List<BilingualText> interpretations = random.nextBoolean() ? List.of()
                : List.of(BilingualText.of("解释：某", "interpretation: some"));
        return new ProcedureViolation(kind, pick(StepKind.values(), random), date(random), people, details, BASIS,
                interpretations);
    }

    /** Values for every required parameter of a schema and, at random, its optional ones. */
    private static Parameters details(ParameterSchema schema, Random random) {
        Parameters.Builder p = Parameters.builder();
        for (Map.Entry<String, Class<?>> e : schema.required().entrySet()) {
            put(p, e.getKey(), e.getValue(), schema.elementTypes().get(e.getKey()), random);
        }
        for (Map.Entry<String, Class<?>> e : schema.optional().entrySet()) {
            if (random.nextBoolean()) {
                put(p, e.getKey(), e.getValue(), schema.elementTypes().get(e.getKey()), random);
            }
        }
        return p.build();
    }

    private static void put(Parameters.Builder p, String name, Class<?> type, Class<?> elementType, Random random) {
        if (type == Long.class) {
            p.put(name, 1 + random.nextInt(400));
        } else if (type == String.class) {
            p.put(name, "value-" + random.nextInt(100));
        } else if (type == LocalDate.class) {
            p.put(name, date(random));
        } else if (type == Boolean.class) {
            p.put(name, random.nextBoolean());
        } else if (type == BigDecimal.class) {
            p.put(name, BigDecimal.valueOf(1 + random.nextInt(100000), 2));
        } else if (type == BilingualText.class) {
            p.put(name, BilingualText.of("某程序", "some procedure"));
        } else if (type == List.class) {
            p.put(name, List.of(pick(elementType.getEnumConstants(), random)));
        } else if (type == PeriodUnit.class) {
            p.put(name, pick(new PeriodUnit[] {PeriodUnit.DAYS, PeriodUnit.WORKING_DAYS, PeriodUnit.MONTHS}, random));
        } else if (type.isEnum()) {
            p.putConstant(name, (Enum<?>) pick(type.getEnumConstants(), random));
        } else {
            throw new AssertionError("no generator for " + type);
        }
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(2021, 1, 1).plusDays(random.nextInt(3000));
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
