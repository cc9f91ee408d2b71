package io.github.quanze.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of rendering templates. */
class TemplatePropertiesTest {

    @Property
    void aTemplateWithoutPlaceholdersRendersItself(@ForAll("wordings") String zh, @ForAll("wordings") String en) {
        Template template = Template.of(zh, en);
        assertThat(template.names()).isEmpty();
        assertThat(template.render(Parameters.empty())).isEqualTo(BilingualText.of(zh, en));
    }

    @Property
    void renderingNeverDependsOnTheOrderOfTheParameters(@ForAll @IntRange(min = 1, max = 8) int n,
            @ForAll long seed) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            zh.append("第").append(i).append("项{p").append(i).append("}；");
            en.append("item ").append(i).append(" {p").append(i).append("}; ");
            order.add(i);
        }
        Template template = Template.of(zh.toString(), en.toString());
        Parameters inOrder = parameters(order, n);
        Collections.shuffle(order, new Random(seed));
        Parameters shuffled = parameters(order, n);
        assertThat(template.render(shuffled)).isEqualTo(template.render(inOrder));
    }

    @Property
    void aRenderedValueIsTheFormattedValue(@ForAll("values") Object value) {
        Parameters p = value instanceof List<?> list ? Parameters.builder().put("v", list).build()
                : value instanceof Long number ? Parameters.builder().put("v", number.longValue()).build()
                : value instanceof LocalDate date ? Parameters.builder().put("v", date).build()
                : value instanceof Boolean b ? Parameters.builder().put("v", b.booleanValue()).build()
                : Parameters.builder().put("v", (String) value).build();
        BilingualText formatted = Template.format(value);
        assertThat(Template.of("[{v}]", "<{v}>").render(p))
                .isEqualTo(BilingualText.of("[" + formatted.zh() + "]", "<" + formatted.en() + ">"));
    }

    private static Parameters parameters(List<Integer> order, int n) {
        Parameters.Builder builder = Parameters.builder();
        for (int i : order) {
            if (i % 2 == 0) {
                builder.put("p" + i, "v" + i);
            } else {
                builder.put("p" + i, LocalDate.of(2026, 1, 1).plusDays(i));
            }
        }
        return builder.build();
    }

    @Provide
    Arbitrary<String> wordings() {
        return Arbitraries.strings().withChars("案件期限abc ,.;：（）").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.integers().between(0, 3000).map(d -> (Object) LocalDate.of(2026, 1, 1).plusDays(d)),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(4)
                        .map(l -> (Object) l));
    }
}
