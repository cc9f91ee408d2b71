package io.github.quanze.publish.notice;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) of a legal person, another organization or an individual business,
 * as GB 32100-2015 defines it: eighteen characters from the 31 digits and capital letters the standard allows (no
 * I, O, S, V or Z), the last one a check character computed modulo 31 with the weights 3<sup>i</sup> mod 31.
 * <p>
 * A legal person's code is public (it is on its business licence and in the national credit register), so it is
 * published with its decisions.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the eighteen characters
 */
public record CreditCode(String value) implements Comparable<CreditCode> {

    /** The characters of a code, in the order of their values 0 to 30 (GB 32100-2015, 表 2). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * Creates the code, checking its characters and check character.
     *
     * @param value  the eighteen characters, not null
     * @throws IllegalArgumentException if the code is not eighteen allowed characters or its check character is wrong
     */
    public CreditCode {
        Objects.requireNonNull(value, "value");
        // the code of an organization is public, but a person's ID number typed here is not: no message repeats it
        checkArgument(value.length() == 18, "a 统一社会信用代码 must be 18 characters (GB 32100-2015), but %s were "
                + "given", value.length());
        for (int i = 0; i < 18; i++) {
            checkArgument(ALPHABET.indexOf(value.charAt(i)) >= 0, "character %s of the 统一社会信用代码 is not one "
                    + "of the digits and capital letters GB 32100-2015 allows (%s)", i + 1, ALPHABET);
        }
        checkArgument(checkCharacter(value) == value.charAt(17), "the check character (the 18th) of the "
                + "统一社会信用代码 is wrong (GB 32100-2015)");
    }

    /**
     * Obtains a code from its text.
     *
     * @param text  the code, surrounding blanks ignored, not null
     * @return the code, not null
     * @throws IllegalArgumentException as the constructor
     */
    public static CreditCode parse(CharSequence text) {
        return new CreditCode(Objects.requireNonNull(text, "text").toString().strip());
    }

    /**
     * Computes the check character of the first seventeen characters (GB 32100-2015: 31 − (Σ value × weight mod
     * 31), 31 written as 0).
     *
     * @param code  at least seventeen allowed characters, not null
     * @return the check character
     * @throws IllegalArgumentException if one of the first seventeen characters is not allowed
     */
    public static char checkCharacter(CharSequence code) {
        checkArgument(Objects.requireNonNull(code, "code").length() >= 17,
                "seventeen characters are needed, but %s were given", code.length());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            checkArgument(v >= 0, "character %s is not allowed in a 统一社会信用代码", i + 1);
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public int compareTo(CreditCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
