package io.github.quanze.publish.notice;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A citizen's identity number (公民身份号码, 居民身份证号码) as GB 11643-1999 defines it: six digits of the address
 * code, eight of the birth date, three of the sequence and a check character computed modulo 11 (ISO 7064 MOD 11-2),
 * {@code X} standing for ten.
 * <p>
 * The number is personal information (民法典 Art 1034 第二款 names 身份证件号码) and is never published
 * ({@link MaskingRule#ID_NUMBER_REMOVED}). So that it cannot leak through a log or an error message,
 * {@link #toString()} does not show it, and no message of this class repeats it: only {@link #value()} returns it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the eighteen characters, the last one a digit or an upper-case {@code X}
 */
public record ResidentIdNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[1-9][0-9]{16}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    /**
     * Creates the number, checking its form, birth date and check character.
     *
     * @param value  the eighteen characters, not null
     * @throws IllegalArgumentException if the number is not eighteen characters of the form, its birth date is not a
     *         day of the calendar, or its check character is wrong; the message never repeats the number
     */
    public ResidentIdNumber {
        Objects.requireNonNull(value, "value");
        checkArgument(FORM.matcher(value).matches(), "a 居民身份证号码 must be 17 digits and a check digit or X "
                + "(GB 11643-1999), but a value of %s characters was given", value.length());
        try {
            LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the birth date in a 居民身份证号码 (characters 7 to 14) is not a day of "
                    + "the calendar", e);
        }
        checkArgument(checkCharacter(value) == value.charAt(17), "the check character of a 居民身份证号码 is wrong "
                + "(GB 11643-1999, ISO 7064 MOD 11-2)");
    }

    /**
     * Obtains a number from its text; a trailing lower-case {@code x} is read as {@code X}.
     *
     * @param text  the number, surrounding blanks ignored, not null
     * @return the number, not null
     * @throws IllegalArgumentException as the constructor
     */
    public static ResidentIdNumber parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString().strip();
        if (s.endsWith("x")) {
            s = s.substring(0, s.length() - 1) + "X";
        }
        return new ResidentIdNumber(s);
    }

    /**
     * Computes the check character of the first seventeen digits (GB 11643-1999: weights 2<sup>17−i</sup> mod 11,
     * check = (12 − sum mod 11) mod 11, ten written {@code X}).
     *
     * @param digits  at least seventeen characters, the first seventeen digits, not null
     * @return the check character, a digit or {@code X}
     * @throws IllegalArgumentException if a character of the first seventeen is not a digit
     */
    public static char checkCharacter(CharSequence digits) {
        checkArgument(Objects.requireNonNull(digits, "digits").length() >= 17,
                "seventeen digits are needed, but %s characters were given",
                digits.length());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = digits.charAt(i);
            checkArgument(c >= '0' && c <= '9', "character %s of the seventeen is not a digit", i + 1);
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * Returns the birth date the number holds (characters 7 to 14).
     *
     * @return the date, not null
     */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /**
     * Returns a text that does not show the number.
     *
     * @return {@code ResidentIdNumber[withheld]}
     */
    @Override
    public String toString() {
        return "ResidentIdNumber[withheld]";
    }
}
