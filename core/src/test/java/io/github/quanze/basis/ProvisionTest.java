package io.github.quanze.basis;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class ProvisionTest {

    @Example
    void titleOf_namesTheInstrumentOfEveryFormOfCitation_andRefusesText() {
        assertThat(Provision.titleOf(" 《中华人民共和国行政处罚法》第六十四条第（二）项")).isEqualTo("中华人民共和国行政处罚法");
        assertThat(Provision.titleOf("《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号）"))
                .isEqualTo("国务院办公厅关于推行行政执法责任制的若干意见");
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.titleOf("行政处罚法第六十四条"))
                .withMessageContaining("must have the form");
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.titleOf("《行政处罚法》第六十四章"));
    }

    @Example
    void toString_rendersArticleParagraphAndItem() {
        assertThat(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64, 1, 2))
                .hasToString("《中华人民共和国行政处罚法》第六十四条第一款第（二）项");
        assertThat(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 85)).hasToString("《中华人民共和国行政处罚法》第八十五条");
        assertThat(Provision.of(TOBACCO_REGULATION_2023, 52).withItem(1))
                .hasToString("《中华人民共和国烟草专卖法实施条例》第五十二条第（一）项");
    }

    @Example
    void ofItem_citesAnItemOfAnArticleWithoutAParagraph() {
        Provision item = Provision.ofItem(TOBACCO_REGULATION_2023, 52, 1);
        assertThat(item).isEqualTo(Provision.of(TOBACCO_REGULATION_2023, 52).withItem(1));
        assertThat(item.paragraph()).isEmpty();
        assertThat(item).hasToString("《中华人民共和国烟草专卖法实施条例》第五十二条第（一）项");
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.ofItem(TOBACCO_REGULATION_2023, 52, 0))
                .withMessageContaining("Item number of");
    }

    @Example
    void toString_citesAWholeNormativeDocumentWithItsNumber() {
        assertThat(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS))
                .hasToString("《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号）");
    }

    @Example
    void toEnglish_usesArticleNumbersAndTheEnglishTitle() {
        assertThat(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64, 1, 2).toEnglish())
                .isEqualTo("Art 64(1)(2), Administrative Penalty Law of the People's Republic of China");
        assertThat(Provision.of(TOBACCO_REGULATION_2023, 52).withItem(1).toEnglish())
                .isEqualTo("Art 52 item (1), 《中华人民共和国烟草专卖法实施条例》");
    }

    @Example
    void parse_acceptsDigitsAndHalfWidthParentheses() {
        Provision expected = Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64, 1, 2);
        assertThat(Provision.parse("《中华人民共和国行政处罚法》第64条第1款第(2)项", ADMINISTRATIVE_PENALTY_LAW))
                .isEqualTo(expected);
        assertThat(Provision.parse(" 《中华人民共和国行政处罚法》第六十四条第一款第二项 ", ADMINISTRATIVE_PENALTY_LAW))
                .isEqualTo(expected);
    }

    @Example
    void parse_readsAWholeDocumentCitation() {
        assertThat(Provision.parse("《国务院办公厅关于推行行政执法责任制的若干意见》（国办发〔2005〕37号）",
                RESPONSIBILITY_SYSTEM_OPINIONS)).isEqualTo(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS));
    }

    @Example
    void parse_rejectsAnotherInstrumentsTitle() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Provision.parse("《中华人民共和国行政许可法》第四十二条", ADMINISTRATIVE_PENALTY_LAW))
                .withMessageContaining("names 《中华人民共和国行政许可法》, not the given instrument");
    }

    @Example
    void parse_rejectsMalformedCitations() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Provision.parse("行政处罚法第六十四条", ADMINISTRATIVE_PENALTY_LAW))
                .withMessageContaining("must have the form 《title》第N条");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Provision.parse("《中华人民共和国行政处罚法》第零条", ADMINISTRATIVE_PENALTY_LAW))
                .withMessageContaining("has a bad number");
    }

    @Example
    void parse_refusesANumberWrittenOtherThanInTheStandardForm() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Provision.parse("《中华人民共和国行政处罚法》第零六十四条", ADMINISTRATIVE_PENALTY_LAW))
                .withMessage("Citation '《中华人民共和国行政处罚法》第零六十四条' has a bad number: Numeral '零六十四' is not in "
                        + "the standard form: 64 is written 六十四");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Provision.parse("《中华人民共和国行政处罚法》第一千零零一条", ADMINISTRATIVE_PENALTY_LAW))
                .withMessageContaining("1001 is written 一千零一");
        assertThat(Provision.parse("《中华人民共和国行政处罚法》第六十四条", ADMINISTRATIVE_PENALTY_LAW))
                .isEqualTo(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64));
        assertThat(Provision.parse("《中华人民共和国行政处罚法》第一千零一条", ADMINISTRATIVE_PENALTY_LAW))
                .isEqualTo(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 1001));
    }

    @Example
    void parse_readsADocumentNumberWithParenthesesButNotAnUnpairedOne() {
        LegalInstrument notice = LegalInstrument.builder().title("某市人民政府关于加强行政执法的通知")
                .level(InstrumentLevel.NORMATIVE_DOCUMENT).documentNumber("某政发（2018）12号")
                .effectiveDate(LocalDate.of(2018, 5, 1)).build();

        assertThat(Provision.parse("《某市人民政府关于加强行政执法的通知》（某政发（2018）12号）", notice))
                .isEqualTo(Provision.wholeOf(notice));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Provision.parse("《某市人民政府关于加强行政执法的通知》（某政发（2018号）", notice))
                .withMessageContaining("must have the form");
    }

    @Property
    void aCitationOfAnInstrumentReadsBackOrTheInstrumentIsRefusedWhenBuilt(
            @ForAll @StringLength(min = 1, max = 8) @Chars({'某', '法', ' ', '(', ')', '（', '）', '〔', '\u2028', '\n'})
                    String title,
            @ForAll @StringLength(min = 1, max = 8) @Chars({'发', '》', ' ', '(', ')', '（', '）', '〔', '\u2028', '\n'})
                    String number,
            @ForAll @IntRange(min = 0, max = 99) int article) {
        LegalInstrument instrument;
        try {
            instrument = LegalInstrument.builder().title(title).level(InstrumentLevel.NORMATIVE_DOCUMENT)
                    .documentNumber(number).effectiveDate(LocalDate.of(2020, 1, 1)).build();
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageContaining("Instrument");
            return;
        }
        Provision provision = article == 0 ? Provision.wholeOf(instrument) : Provision.of(instrument, article);
        assertThat(Provision.parse(provision.toString(), instrument)).isEqualTo(provision);
        assertThat(Provision.titleOf(provision.toString())).isEqualTo(title);
    }

    @Example
    void parse_saysAnArticleNumberAboveTheLimitIsTooLargeNotMalformed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Provision.parse("《中华人民共和国行政处罚法》第一万条", ADMINISTRATIVE_PENALTY_LAW))
                .withMessage("Citation '《中华人民共和国行政处罚法》第一万条' has a bad number: Numeral '一万' is too large: at "
                        + "most 9999 (九千九百九十九)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Provision.parse("《中华人民共和国行政处罚法》第10000条", ADMINISTRATIVE_PENALTY_LAW))
                .withMessageEndingWith("Numeral '10000' is too large: at most 9999");
    }

    @Example
    void parse_quotesAHugeCitationShortly() {
        String huge = "《中华人民共和国行政处罚法》第" + "一".repeat(100_000) + "条";
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.parse(huge, ADMINISTRATIVE_PENALTY_LAW))
                .withMessageContaining("(100016 characters)")
                .matches(e -> e.getMessage().length() < 300, "a message of a line");
    }

    @Example
    void of_rejectsArticleZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.of(ADMINISTRATIVE_PENALTY_LAW, 0))
                .withMessageContaining("Article number of 《中华人民共和国行政处罚法》 must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64, 0))
                .withMessageContaining("Paragraph number")
                .withMessageContaining("but was 0");
    }

    @Example
    void withParagraph_cannotNarrowAnItemOrAWholeDocument() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64, 1, 2).withParagraph(1));
        assertThatIllegalStateException()
                .isThrownBy(() -> Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS).withItem(1));
    }

    @Property
    void aProvisionRendersAndParsesBackToItself(
            @ForAll @IntRange(min = 1, max = 9999) int article,
            @ForAll @IntRange(min = 0, max = 30) int paragraph,
            @ForAll @IntRange(min = 0, max = 30) int item) {
        Provision provision = Provision.of(ADMINISTRATIVE_PENALTY_LAW, article);
        if (paragraph > 0) {
            provision = provision.withParagraph(paragraph);
        }
        if (item > 0) {
            provision = provision.withItem(item);
        }
        assertThat(Provision.parse(provision.toString(), ADMINISTRATIVE_PENALTY_LAW)).isEqualTo(provision);
    }
}
