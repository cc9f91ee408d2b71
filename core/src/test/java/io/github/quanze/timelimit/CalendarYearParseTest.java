package io.github.quanze.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The grammar of the text form of a year: ranges, names, separators. */
class CalendarYearParseTest {

    private static final String HEAD = "year 2026\nsource 通知 | 国办发明电〔2025〕7号 | 2025-11-04\n";
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCT_8 = LocalDate.of(2026, 10, 8);

    private static CalendarYear parse(String entries) {
        return CalendarYear.parse(HEAD + entries, "2026.txt");
    }

    @Example
    void aRangeIsReadWithItsName() {
        CalendarYear year = parse("off 2026-10-01 2026-10-08 国庆节、中秋节");

        assertThat(year.days()).hasSize(8).containsKeys(OCT_1, OCT_8);
        assertThat(year.days().values()).allSatisfy(d -> {
            assertThat(d.holiday()).isEqualTo("国庆节、中秋节");
            assertThat(d.working()).isFalse();
        });
        assertThat(year.days()).doesNotContainKey(OCT_8.plusDays(1));
    }

    @Example
    void aRangeWithoutANameIsRefusedRatherThanReadAsOneDayNamedByItsEnd() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("off 2026-10-01 2026-10-08"))
                .withMessage("'2026.txt' line 3: '2026-10-01 2026-10-08' has no name; expected "
                        + "'off <from> [<to>] <name>'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("off 2026-10-01"))
                .withMessage("'2026.txt' line 3: '2026-10-01' has no name; expected 'off <from> [<to>] <name>'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("work 2026-10-10"))
                .withMessage("'2026.txt' line 3: '2026-10-10' has no name; expected 'work <date> <name>'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("off"))
                .withMessage("'2026.txt' line 3: expected 'off <from> [<to>] <name>'");
    }

    @Example
    void aFieldOfDigitsAndHyphensAfterTheDateIsTheEndOfTheRangeAndMustBeADate() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("off 2026-10-01 2026-10-8 国庆节"))
                .withMessage("'2026.txt' line 3: '2026-10-8' is not a date in the form yyyy-MM-dd");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("work 2026-10-10 2026-10-11 国庆节"))
                .withMessage("'2026.txt' line 3: 'work' marks one day, but '2026-10-11' follows the date 2026-10-10; "
                        + "write one 'work' line per day");
        assertThat(parse("off 2026-10-01 第1天").days().get(OCT_1).holiday()).isEqualTo("第1天");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("off 2026-10-01 2026-10-01 2026-10-07 国庆节"))
                .withMessage("'2026.txt' line 3: '2026-10-07' follows the range 2026-10-01 2026-10-01; an entry has "
                        + "at most two dates, and a name does not begin with a word of digits and hyphens");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("off 2026-10-01 2026-10-02 70 周年"))
                .withMessageContaining("'70' follows the range 2026-10-01 2026-10-02");
        assertThat(parse("off 2026-10-01 2026-10-02 70周年").days().get(OCT_1).holiday()).isEqualTo("70周年");
    }

    @Example
    void aReversedRangeIsRefusedNamingLineValueAndRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("\noff 2026-10-08 2026-10-01 国庆节"))
                .withMessage("'2026.txt' line 4: range 2026-10-08 2026-10-01 ends before it starts; in "
                        + "'off <from> [<to>] <name>' the end is on or after the start");
        assertThat(parse("off 2026-10-08 2026-10-08 国庆节").days()).containsOnlyKeys(OCT_8);
    }

    @Example
    void aFullWidthSpaceSeparatesFieldsAsAnAsciiSpaceDoes() {
        CalendarYear ascii = parse("off 2026-10-01 2026-10-08 国庆节\nwork 2026-10-10 国庆节");

        assertThat(parse("off 2026-10-01 2026-10-08\u3000国庆节\nwork\u30002026-10-10\u3000\u3000国庆节"))
                .isEqualTo(ascii);
        assertThat(parse("off 2026-10-01\u30002026-10-08 国庆节\nwork 2026-10-10\t国庆节")).isEqualTo(ascii);
        assertThat(parse("off 2026-10-01 2026-10-07\u3000国庆节").days()).hasSize(7).doesNotContainKey(OCT_8);
        assertThatIllegalArgumentException().isThrownBy(() -> parse("off 2026-10-01 2026-10-08\u3000"))
                .withMessageContaining("has no name");
    }

    @Example
    void wordsOfANameAreJoinedByOneSpace() {
        assertThat(parse("off 2026-10-01 民族\u3000 节日").days().get(OCT_1).holiday()).isEqualTo("民族 节日");
    }

    @Example
    void aYearZeroAndAnEmptyCheckAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarYear.parse("year 0000", "0.txt"))
                .withMessage("'0.txt' line 1: year must be four digits from 0001 to 9999, but was '0000'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("checked"))
                .withMessage("'2026.txt' line 3: 'checked' needs what the data was checked against");
        assertThat(parse("checked holiday-cn").checked()).contains("holiday-cn");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("checked a\nchecked b"))
                .withMessage("'2026.txt' line 4: a second 'checked' line");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("checked a\u0001b"))
                .withMessageStartingWith("'2026.txt' line 3: checked must not contain control character U+0001");
    }

    @Example
    void aRepeatedSourceIsRefusedAsOfRefusesIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("source 通知 | 国办发明电〔2025〕7号 | 2025-11-04"))
                .withMessage("'2026.txt' line 3: source '通知' is given twice; each notice has one 'source' line");
        CalendarYear two = parse("source 通知 | 国办发明电〔2025〕8号 | 2025-11-04\noff 2026-10-01 国庆节");
        assertThat(two.sources()).hasSize(2);
        assertThat(two.days().get(OCT_1).source()).isEqualTo(two.sources().get(1));
    }

    /** A range of days off reads as exactly its days, whichever spaces separate the fields. */
    @Property
    void aRangeReadsAsExactlyItsDays(@ForAll @IntRange(min = 1, max = 365) int start,
            @ForAll @IntRange(min = 0, max = 20) int length, @ForAll boolean fullWidth) {
        LocalDate from = LocalDate.ofYearDay(2026, start);
        LocalDate to = from.plusDays(length);
        String space = fullWidth ? "\u3000" : " ";
        String line = "off" + space + from + space + to + space + "假日";
        if (to.getYear() != 2026) {
            assertThatIllegalArgumentException().isThrownBy(() -> parse(line))
                    .withMessageContaining("is outside year 2026");
            return;
        }
        CalendarYear year = parse(line);

        assertThat(year.days()).hasSize(length + 1);
        assertThat(year.days().firstKey()).isEqualTo(from);
        assertThat(year.days().lastKey()).isEqualTo(to);
        assertThat(year.days().values()).allMatch(d -> !d.working() && d.holiday().equals("假日"));
        if (length > 0) {
            assertThatIllegalArgumentException().isThrownBy(() -> parse("off " + to + " " + from + " 假日"))
                    .withMessageContaining("ends before it starts");
        }
    }
}
