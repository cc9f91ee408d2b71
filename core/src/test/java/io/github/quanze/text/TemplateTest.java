package io.github.quanze.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.text.ParametersTest.Colour;
import io.github.quanze.text.ParametersTest.Plain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

class TemplateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 24);

    @Example
    void rendersPlaceholdersInEachLanguageInItsOwnOrder() {
        Template template = Template.of("{step}应当于{due}前完成", "{step} was due by {due}");
        Parameters p = Parameters.builder().put("due", DAY).put("step", Colour.RED).build();
        assertThat(template.render(p)).isEqualTo(BilingualText.of("红应当于2026-09-24前完成",
                "red was due by 2026-09-24"));
        assertThat(template.names()).containsExactly("step", "due");
        assertThat(Template.of("自{from}至{to}", "until {to} from {from}").render(Parameters.builder()
                .put("from", DAY).put("to", DAY.plusDays(1)).build()))
                .isEqualTo(BilingualText.of("自2026-09-24至2026-09-25", "until 2026-09-25 from 2026-09-24"));
    }

    @Example
    void aTemplateWithoutPlaceholdersRendersItselfWhateverTheParameters() {
        Template template = Template.of("未发现问题", "no finding");
        assertThat(template.names()).isEmpty();
        assertThat(template.render(Parameters.empty())).isEqualTo(BilingualText.of("未发现问题", "no finding"));
        assertThat(template.render(Parameters.builder().put("x", 1).build()))
                .isEqualTo(BilingualText.of("未发现问题", "no finding"));
    }

    @Example
    void aPlaceholderUsedTwiceRendersTwice() {
        assertThat(Template.of("{a}与{a}", "{a} and {a}").render(Parameters.builder().put("a", "甲").build()))
                .isEqualTo(BilingualText.of("甲与甲", "甲 and 甲"));
    }

    @Example
    void aMissingParameterIsNamedWithThoseGiven() {
        Template template = Template.of("{step}于{date}", "{step} on {date}");
        assertThatIllegalArgumentException().isThrownBy(() -> template.render(Parameters.builder()
                .put("step", "x").build()))
                .withMessage("Template '{step}于{date}' needs parameter 'date'; present: [step]");
    }

    @Example
    void extraParametersAreIgnored() {
        assertThat(Template.of("{a}", "{a}").render(Parameters.builder().put("a", "x").put("b", "y").build()))
                .isEqualTo(BilingualText.of("x", "x"));
    }

    @Example
    void bothLanguagesMustUseTheSamePlaceholders() {
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("{a}于{b}", "{a}"))
                .withMessage("Template '{a}于{b}': the Chinese text uses placeholders [a, b], the English text [a]; "
                        + "both must use the same");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("无", "{a}"))
                .withMessageContaining("the Chinese text uses placeholders [], the English text [a]");
        assertThat(Template.of("{b}{a}", "{a}{b}").names()).containsExactly("b", "a");
    }

    @Example
    void doubledBracesWriteABraceAndSingleOnesMustBalance() {
        Template template = Template.of("{{{a}}}", "{{ {a} }}");
        assertThat(template.names()).containsExactly("a");
        assertThat(template.render(Parameters.builder().put("a", 1).build()))
                .isEqualTo(BilingualText.of("{1}", "{ 1 }"));
        assertThat(Template.of("{{a}}", "{{a}}").names()).isEmpty();
        assertThat(Template.of("{{a}}", "{{a}}").render(Parameters.empty())).isEqualTo(BilingualText.of("{a}", "{a}"));
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("{a", "{a}"))
                .withMessage("Template '{a': a brace at 0 is not closed");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("a}", "a"))
                .withMessage("Template 'a}': a closing brace at 1 has no opening one");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("{}", "x"))
                .withMessage("Template '{}': placeholder '' is not an identifier");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("{due date}", "x"))
                .withMessage("Template '{due date}': placeholder 'due date' is not an identifier");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("x", "{"))
                .withMessage("Template '{': a brace at 0 is not closed");
    }

    @Example
    void aBlankWordingIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of(" ", "x"))
                .withMessage("Template must not be blank, but was ' ' / 'x'");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("x", ""))
                .withMessage("Template must not be blank, but was 'x' / ''");
    }

    @Example
    void aRenderingThatComesOutBlankIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Template.of("{a}", "{a}")
                .render(Parameters.builder().put("a", " ").build()))
                .withMessage("Template '{a}' rendered a blank text from parameters {a= }");
    }

    @Example
    void valuesRenderByKind() {
        assertThat(Template.format("O-01")).isEqualTo(BilingualText.of("O-01", "O-01"));
        assertThat(Template.format(7L)).isEqualTo(BilingualText.of("7", "7"));
        assertThat(Template.format(-7L)).isEqualTo(BilingualText.of("-7", "-7"));
        assertThat(Template.format(new BigDecimal("1E+3"))).isEqualTo(BilingualText.of("1000", "1000"));
        assertThat(Template.format(new BigDecimal("200.50"))).isEqualTo(BilingualText.of("200.50", "200.50"));
        assertThat(Template.format(DAY)).isEqualTo(BilingualText.of("2026-09-24", "2026-09-24"));
        assertThat(Template.format(true)).isEqualTo(BilingualText.of("是", "yes"));
        assertThat(Template.format(false)).isEqualTo(BilingualText.of("否", "no"));
        assertThat(Template.format(Colour.BLUE)).isEqualTo(BilingualText.of("蓝", "blue"));
        assertThat(Template.format(Plain.ONE)).isEqualTo(BilingualText.of("ONE", "ONE"));
        assertThat(Template.format(BilingualText.of("听证", "hearing"))).isEqualTo(BilingualText.of("听证", "hearing"));
        Labelled citation = () -> BilingualText.of("第一条", "Art 1");
        assertThat(Template.format(citation)).isEqualTo(BilingualText.of("第一条", "Art 1"));
        assertThat(Template.format(List.of(Colour.RED, Colour.BLUE))).isEqualTo(BilingualText.of("红、蓝",
                "red, blue"));
        assertThat(Template.format(List.of(DAY, 3L, "x"))).isEqualTo(BilingualText.of("2026-09-24、3、x",
                "2026-09-24, 3, x"));
    }

    @Example
    void formatRejectsWhatParametersDoNotHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> Template.format(new Object()))
                .withMessageContaining("but was a Object");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.format(3))
                .withMessageEndingWith("but was a Integer");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.format(List.of()))
                .withMessage("Value '[]' renders blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Template.format(""))
                .withMessage("Value '' renders blank");
    }

    @Example
    void equalTemplatesHaveTheSameWording() {
        assertThat(Template.of("{a}", "{a}")).isEqualTo(Template.of("{a}", "{a}"))
                .hasSameHashCodeAs(Template.of("{a}", "{a}")).isNotEqualTo(Template.of("{a}", "{a}!"))
                .isNotEqualTo(Template.of("{a}!", "{a}")).hasToString("{a}");
    }
}
