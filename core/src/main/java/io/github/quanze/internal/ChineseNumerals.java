package io.github.quanze.internal;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Chinese numerals (一、十、二十一、一百零一) as used for article, paragraph and item numbers in statutes.
 * <p>
 * {@link #format(int)} writes the standard form, the one the National People's Congress uses in citations and the
 * only one this class writes: the digits and units from the highest place down (一千二百三十四), a single 零 for
 * one or more empty places inside the number (一百零一, 一千零一, 一千零一十), nothing for empty places at the end
 * (一千一百, 二十), and 十 rather than 一十 when the number starts with the tens place (十, 十二).
 * <p>
 * {@link #parse(String)} accepts, for the numbers from 1 to {@value #MAX}, exactly:
 * <ul>
 * <li>the standard form, as {@code format} writes it;</li>
 * <li>the standard form with 〇 in place of 零 (一百〇一);</li>
 * <li>the standard form with 一十 in place of a leading 十 (一十二 for 十二, 一十 for 十);</li>
 * <li>Arabic digits without a leading zero (64).</li>
 * </ul>
 * Everything else is rejected, among it a leading 零 (零六十四), two 零 in a row (一千零零一), a 零 at the end
 * (一百零), the colloquial 一百一 for 110, and units without a digit (百). Every accepted text is written back by
 * {@code format} in the standard form: {@code format(parse(text))} is {@code text} itself for a standard numeral.
 */
public final class ChineseNumerals {

    /** The largest number written or read: article numbers stay far below it. */
    public static final int MAX = 9999;

    private static final String DIGITS = "零一二三四五六七八九";
    /** Every character a numeral may hold, with the units of ten thousand and above that make it too large. */
    private static final String NUMERAL_CHARACTERS = DIGITS + "〇十百千万亿";

    private ChineseNumerals() {}

    /**
     * Writes {@code n} in Chinese numerals.
     *
     * @param n  the number, from 1 to {@value #MAX}
     * @return the numeral, not null
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public static String format(int n) {
        checkArgument(n >= 1 && n <= MAX, "Chinese numeral must be between 1 and %s, but was %s", MAX, n);
        int[] places = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        String[] units = {"千", "百", "十", ""};
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            int digit = places[i];
            if (digit == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            // 十二 rather than 一十二 when the number starts with the tens place
            if (!(i == 2 && digit == 1 && out.length() == 0)) {
                out.append(DIGITS.charAt(digit));
            }
            out.append(units[i]);
        }
        return out.toString();
    }

    /**
     * Reads a number written in Chinese numerals or Arabic digits: the standard form or one of the variants the
     * class documentation lists, and nothing else.
     * <p>
     * A numeral that is well formed but above {@value #MAX}, such as 10000 or one written with 万 or 亿, is rejected
     * as too large rather than as malformed.
     *
     * @param text  the numeral, not null
     * @return the number, from 1 to {@value #MAX}
     * @throws IllegalArgumentException if the text is not a numeral in range or not written in an accepted form; the
     *         message quotes at most a short prefix of it and, for a numeral written another way, gives the standard
     *         form
     */
    public static int parse(String text) {
        checkArgument(text != null && !text.isEmpty(), "Chinese numeral must not be empty, but was %s",
                Texts.quoted(text));
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            checkArgument(text.charAt(0) != '0', "Numeral %s must not have a leading zero", Texts.quoted(text));
            checkArgument(text.length() <= 4, "Numeral %s is too large: at most %s", Texts.quoted(text), MAX);
            return Integer.parseInt(text);
        }
        // 一万, 十万, 一亿: every numeral with a unit of ten thousand or more is above MAX
        checkArgument(!(text.chars().allMatch(c -> NUMERAL_CHARACTERS.indexOf(c) >= 0)
                        && text.chars().anyMatch(c -> c == '万' || c == '亿')),
                "Numeral %s is too large: at most %s (%s)", Texts.quoted(text), MAX, format(MAX));
        String quoted = Texts.quote(text);
        int total = 0;
        int digit = -1;
        int lastUnit = 10_000;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = c == '〇' ? 0 : DIGITS.indexOf(c);
            if (value >= 0) {
                checkArgument(digit <= 0, "Numeral %s has two digits in a row at position %s", quoted, i);
                digit = value;
                continue;
            }
            int unit = unitOf(c);
            checkArgument(unit > 0, "Numeral %s has an unexpected character %s at position %s", quoted,
                    Texts.quoted(String.valueOf(c)), i);
            checkArgument(unit < lastUnit, "Numeral %s has its units out of order at position %s", quoted, i);
            checkArgument(digit != 0, "Numeral %s has 零 before a unit at position %s", quoted, i);
            // a bare 十 at the start means one ten (十二 = 12)
            total += (digit < 0 ? 1 : digit) * unit;
            checkArgument(digit >= 0 || unit == 10 && i == 0, "Numeral %s has a unit without a digit", quoted);
            digit = -1;
            lastUnit = unit;
        }
        if (digit > 0) {
            // 一百零一 is 101; the colloquial 一百一 (110) is not used in citations and is rejected
            checkArgument(lastUnit <= 10 || lastUnit == 10_000
                            || text.length() >= 2 && isZero(text.charAt(text.length() - 2)),
                    "Numeral %s needs 零 before its last digit", quoted);
            total += digit;
        }
        checkArgument(digit != 0, "Numeral %s must not end in 零", quoted);
        // total is 1 to MAX here: units fall from 千 with digits up to 九; each unit or last digit adds at least 1
        // the checks above read the value; this one keeps out every other way of writing it (零六十四, 一千零零一)
        String standard = format(total);
        if (!standard.equals(standardSpelling(text))) { // the message is made only on failure
            throw new IllegalArgumentException(String.format("Numeral %s is not in the standard form: %s is written "
                    + "%s", quoted, total, standard));
        }
        return total;
    }

    /** The text with the accepted variants spelled as the standard form: 〇 as 零, a leading 一十 as 十. */
    private static String standardSpelling(String text) {
        String spelled = text.replace('〇', '零');
        return spelled.startsWith("一十") ? spelled.substring(1) : spelled;
    }

    private static boolean isZero(char c) {
        return c == '零' || c == '〇';
    }

    private static int unitOf(char c) {
        switch (c) {
            case '十':
                return 10;
            case '百':
                return 100;
            case '千':
                return 1000;
            default:
                return -1;
        }
    }
}
