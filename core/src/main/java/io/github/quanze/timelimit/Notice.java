package io.github.quanze.timelimit;

import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notice a calendar entry comes from (节假日安排通知), such as 国务院办公厅关于2026年部分节假日安排的通知
 * （国办发明电〔2025〕7号）, or a local authority's decision for a local override.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param title  the notice's title, a line of text, not blank
 * @param documentNumber  its 文号, a line of text, empty where it could not be confirmed, not null
 * @param issued  the day it was issued, empty where it could not be confirmed, not null
 */
public record Notice(String title, Optional<String> documentNumber, Optional<LocalDate> issued) implements Labelled {

    /** The issuers of the national notices, with their English names. */
    private static final Map<String, String> ISSUERS = Map.of("国务院办公厅", "State Council General Office",
            "国务院", "State Council");
    /** The yearly notice: 国务院办公厅关于2025年部分节假日安排的通知. */
    private static final Pattern YEARLY = Pattern.compile("(国务院办公厅|国务院)关于(\\d{4})年部分节假日安排的通知");
    /** Another national notice, named in English by its issuer and document number. */
    private static final Pattern NATIONAL = Pattern.compile("(国务院办公厅|国务院)关于.+的通知");
    /** A national document number: 国办发明电〔2024〕12号. */
    private static final Pattern NUMBER = Pattern.compile("(国办发明电|国发明电|国办发|国发)〔(\\d{4})〕(\\d+)号");
    private static final Map<String, String> NUMBER_PREFIXES = Map.of("国办发明电", "Guo Ban Fa Ming Dian",
            "国发明电", "Guo Fa Ming Dian", "国办发", "Guo Ban Fa", "国发", "Guo Fa");

    /**
     * Creates a notice.
     *
     * @param title  the notice's title, a line of text, not blank
     * @param documentNumber  its 文号, a line of text, empty where it could not be confirmed, not null
     * @param issued  the day it was issued, empty where it could not be confirmed, not null
     * @throws IllegalArgumentException if the title or a present document number is blank, has a control character
     *         or surrounding spaces
     */
    public Notice {
        Texts.checkLine("Notice title", title);
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issued, "issued");
        documentNumber.ifPresent(n -> Texts.checkLine("Notice " + Texts.quoted(title) + ": document number", n));
    }

    /**
     * Obtains a notice with its document number and issue date.
     *
     * @param title  the title, a line of text, not blank
     * @param documentNumber  the 文号, a line of text, not blank
     * @param issued  the issue date, not null
     * @return the notice, not null
     * @throws IllegalArgumentException if the title or document number is blank, has a control character or
     *         surrounding spaces
     */
    public static Notice of(String title, String documentNumber, LocalDate issued) {
        return new Notice(title, Optional.of(documentNumber), Optional.of(issued));
    }

    /**
     * Returns the notice's title in Chinese and English. The English is derived from the data: the yearly notice of
     * the State Council's General Office reads "State Council General Office notice on the holidays of 2025";
     * another national notice is named by its issuer and document number ("State Council notice Guo Fa Ming Dian
     * [2015] No. 1"); a local authority's notice keeps its title as written, in both languages, like other user
     * data.
     *
     * @return the title, not null
     */
    @Override
    public BilingualText label() {
        Matcher yearly = YEARLY.matcher(title);
        if (yearly.matches()) {
            return BilingualText.of(title, ISSUERS.get(yearly.group(1)) + " notice on the holidays of "
                    + yearly.group(2));
        }
        Matcher national = NATIONAL.matcher(title);
        if (national.matches()) {
            String number = documentNumber.map(Notice::romanised).map(n -> " " + n)
                    .orElse(issued.map(d -> " of " + d).orElse(""));
            return BilingualText.of(title, ISSUERS.get(national.group(1)) + " notice" + number);
        }
        return BilingualText.of(title, title);
    }

    /** 国办发明电〔2024〕12号 → Guo Ban Fa Ming Dian [2024] No. 12; another number as written. */
    private static String romanised(String number) {
        Matcher m = NUMBER.matcher(number);
        return m.matches() ? NUMBER_PREFIXES.get(m.group(1)) + " [" + m.group(2) + "] No. " + m.group(3) : number;
    }

    /** Returns the notice as cited: title （文号，issue date）. */
    @Override
    public String toString() {
        return "《" + title + "》（" + documentNumber.orElse("文号未核实") + "，" + issued.map(LocalDate::toString)
                .orElse("日期未核实") + "）";
    }
}
