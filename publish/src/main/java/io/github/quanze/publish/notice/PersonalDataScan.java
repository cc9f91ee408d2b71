package io.github.quanze.publish.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for personal information in a text marked public: an ID number's form, a mobile number, an email address,
 * and the party's own number, phone, email, home address, bank account and (for a natural person) birth date in the
 * usual written forms of a date. The first found, by position, is reported.
 */
final class PersonalDataScan {

    /** Eighteen characters of an ID number's form, checked or not: a wrong check digit is still someone's number. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private PersonalDataScan() {
    }

    /**
     * Finds the first personal information in a text.
     *
     * @param text  the text, not null
     * @param party  the party whose own details are looked for, not null
     * @return the kind and the position (from 0), empty if the text holds none
     */
    static Optional<Found> first(String text, Party party) {
        List<Found> found = new ArrayList<>();
        party.idNumber().ifPresent(id -> literal(text, id.value(), PersonalData.PARTY_ID_NUMBER, found));
        party.phone().ifPresent(p -> literal(text, p, PersonalData.PARTY_PHONE, found));
        party.bankAccount().ifPresent(a -> literal(text, a, PersonalData.PARTY_BANK_ACCOUNT, found));
        party.email().ifPresent(e -> literal(text, e, PersonalData.PARTY_EMAIL, found));
        if (party.kind().isNaturalPerson() && !party.addressIsPremises()) {
            party.address().ifPresent(a -> literal(text, a, PersonalData.PARTY_ADDRESS, found));
        }
        if (party.kind().isNaturalPerson()) {
            party.knownBirthDate().ifPresent(d -> dateForms(d).forEach(
                    form -> literal(text, form, PersonalData.PARTY_BIRTH_DATE, found)));
        }
        pattern(text, ID_NUMBER, PersonalData.ID_NUMBER, found);
        pattern(text, MOBILE, PersonalData.MOBILE_NUMBER, found);
        pattern(text, EMAIL, PersonalData.EMAIL, found);
        // the party's own details first: at the same position, the more precise kind is reported
        return found.stream().min(Comparator.comparingInt(Found::position));
    }

    /** The written forms of a day a text may hold. */
    private static List<String> dateForms(LocalDate d) {
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        String mm = String.format(Locale.ROOT, "%02d", m);
        String dd = String.format(Locale.ROOT, "%02d", day);
        return List.of(y + "年" + m + "月" + day + "日", y + "年" + mm + "月" + dd + "日", y + "-" + mm + "-" + dd,
                y + "/" + m + "/" + day, y + "/" + mm + "/" + dd, y + "." + m + "." + day, y + "." + mm + "." + dd,
                "" + y + mm + dd);
    }

    private static void pattern(String text, Pattern pattern, PersonalData data, List<Found> found) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            found.add(new Found(data, m.start()));
        }
    }

    private static void literal(String text, String value, PersonalData data, List<Found> found) {
        int at = text.indexOf(value);
        if (at >= 0) {
            found.add(new Found(data, at));
        }
    }

    /** What was found and where, from 0. */
    record Found(PersonalData data, int position) {
    }
}
