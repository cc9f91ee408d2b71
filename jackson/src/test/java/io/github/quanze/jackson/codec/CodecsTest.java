package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.InstrumentLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

class CodecsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static <T> T read(Codec<T> codec, String json) {
        try (JsonParser p = MAPPER.createParser(json)) {
            p.nextToken();
            return codec.read(new Input(p, "v.json", DocumentContext.empty(), false));
        }
    }

    static <T> String write(Codec<T> codec, T value) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            codec.write(value, new Output(g, DocumentContext.empty()));
        }
        return out.toString();
    }

    @Property
    void aBoundedWholeNumberIsReadInsideItsRangeOnly(@ForAll @IntRange(min = -5, max = 105) int n) {
        Codec<Integer> percent = Codecs.integer(0, 100);
        if (n >= 0 && n <= 100) {
            assertThat(read(percent, String.valueOf(n))).isEqualTo(n);
            assertThat(write(percent, n)).isEqualTo(String.valueOf(n));
        } else {
            assertThatThrownBy(() -> read(percent, String.valueOf(n)))
                    .hasMessageContaining("must be a whole number from 0 to 100");
        }
    }

    @Test
    void numbersAreNotTextAndTextIsNotNumbers() {
        assertThatThrownBy(() -> read(Codecs.INT, "\"7\"")).hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> read(Codecs.INT, "7.5")).hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> read(Codecs.INT, "3000000000")).hasMessageContaining("must be a whole number from");
        assertThatThrownBy(() -> read(Codecs.LONG, "30000000000000000000")).hasMessageContaining("from");
        assertThat(read(Codecs.LONG, "3000000000")).isEqualTo(3_000_000_000L);
        assertThatThrownBy(() -> read(Codecs.STRING, "7")).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> read(Codecs.BOOLEAN, "\"true\"")).hasMessageContaining("must be true or false");
        assertThat(read(Codecs.BOOLEAN, "false")).isFalse();
    }

    @Test
    void decimalsKeepTheirDigits() {
        assertThat(read(Codecs.DECIMAL, "12345678901234567890.05")).isEqualTo(new BigDecimal("12345678901234567890.05"));
        assertThat(write(Codecs.DECIMAL, new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThatThrownBy(() -> read(Codecs.DECIMAL, "\"5\"")).hasMessageContaining("must be a number");
    }

    @Test
    void datesAreIsoDays() {
        assertThat(read(Codecs.DATE, "\"2024-02-29\"")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> read(Codecs.DATE, "\"2023-02-29\"")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> read(Codecs.DATE, "\"2024/02/01\"")).hasMessageContaining("YYYY-MM-DD");
    }

    @Property
    void theFastPathOfDatesReadsWhatLocalDateParseReads(@ForAll @IntRange(min = 0, max = 9999) int year,
            @ForAll @IntRange(min = 0, max = 13) int month, @ForAll @IntRange(min = 0, max = 32) int day) {
        String text = String.format("%04d-%02d-%02d", year, month, day);
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            expected = null;
        }
        assertThat(Codecs.isoDay(text)).isEqualTo(expected);
    }

    @Test
    void theFastPathOfDatesLeavesEveryOtherFormToLocalDateParse() {
        for (String text : List.of("2024-2-01", "2024-02-1", "+2024-02-01", "2024-02-01 ", "2024_02_01",
                "２０２４-02-01", "2024-0a-01", "-024-02-01", "2024-02-30", "2023-02-29", "2024-00-10", "2024-13-10",
                "2024-01-00", "")) {
            assertThat(Codecs.isoDay(text)).as(text).isNull();
        }
        assertThat(Codecs.isoDay("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Codecs.isoDay("1900-02-29")).isNull();
        assertThat(read(Codecs.DATE, "\"+12024-02-01\"")).isEqualTo(LocalDate.of(12024, 2, 1));
    }

    @Test
    void anEnumerationIsReadByItsConstantNameOnly() {
        Codec<InstrumentLevel> level = Codecs.enumOf(InstrumentLevel.class);
        assertThat(read(level, "\"LAW\"")).isEqualTo(InstrumentLevel.LAW);
        assertThatThrownBy(() -> read(level, "\"law\""))
                .hasMessage("v.json:1:1 /: value \"law\": unknown value; expected one of LAW, "
                        + "ADMINISTRATIVE_REGULATION, LOCAL_REGULATION, DEPARTMENTAL_RULE, LOCAL_GOVERNMENT_RULE, "
                        + "NORMATIVE_DOCUMENT");
    }

    @Test
    void aLongValueIsQuotedAsAShortPrefix() {
        String value = "很".repeat(100);
        assertThatThrownBy(() -> read(Codecs.INT, "\"" + value + "\""))
                .hasMessageContaining("value \"" + "很".repeat(40) + "…\":");
    }

    @Test
    void aListIsReadInOrder() {
        assertThat(read(Codecs.listOf(Codecs.INT), "[3, 1, 2]")).containsExactly(3, 1, 2);
        assertThat(write(Codecs.listOf(Codecs.INT), List.of(3, 1))).isEqualTo("[3,1]");
        assertThatThrownBy(() -> read(Codecs.listOf(Codecs.INT), "[3, \"x\"]"))
                .hasMessageContaining("/1: value \"x\": must be a whole number");
    }

    @Test
    void aDecimalOfAbsurdScaleOrPrecisionIsRefused() {
        for (String n : new String[] {"1e2147483647", "1e-2147483647", "1.000000000000000000001",
                "1234567890123456789012345678901", "-1E+31"}) {
            assertThatThrownBy(() -> read(Codecs.DECIMAL, n), n)
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.rule())
                            .isEqualTo("must be a number of at most 30 digits and 20 decimal places"));
        }
        for (String n : new String[] {"1e25", "123456789012345678901234567890", "0.00000000000000000001",
                "1.50000000000000000000000000", "0", "0e-40", "-12.5"}) {
            assertThat(read(Codecs.DECIMAL, n)).isEqualByComparingTo(new BigDecimal(n));
        }
    }
}
