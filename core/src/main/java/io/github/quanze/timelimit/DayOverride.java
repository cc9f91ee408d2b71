package io.github.quanze.timelimit;

import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One day that departs from the Monday–Friday week (调整日): a day off (放假) or a make-up working day (调休上班),
 * with the holiday it belongs to and the notice that set it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the day, not null
 * @param working  true for a make-up working day, false for a day off
 * @param holiday  the holiday it belongs to, as the notice names it, such as 春节, a line of text, not blank
 * @param source  the notice that set it, not null
 */
public record DayOverride(LocalDate date, boolean working, String holiday, Notice source) {

    /** The days of the week as the notices write them: "10月10日（星期六）上班". */
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    private static final String[] WEEKDAYS_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    /**
     * The English names of the holidays of all citizens (全国年节及纪念日放假办法 Art 2), as the State Council's
     * notices name them, and of the day off of 2015 (国发明电〔2015〕1号).
     */
    private static final Map<String, String> HOLIDAYS_EN = Map.of(
            "元旦", "New Year's Day",
            "春节", "Spring Festival",
            "清明节", "Qingming Festival",
            "劳动节", "Labor Day",
            "端午节", "Dragon Boat Festival",
            "中秋节", "Mid-Autumn Festival",
            "国庆节", "National Day",
            "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "the 70th anniversary of victory in the War of "
                    + "Resistance against Japanese Aggression and the World Anti-Fascist War");

    /**
     * Creates an override.
     *
     * @param date  the day, not null
     * @param working  true for a make-up working day, false for a day off
     * @param holiday  the holiday it belongs to, as the notice names it, such as 春节, a line of text, not blank
     * @param source  the notice that set it, not null
     * @throws IllegalArgumentException if the holiday is blank, has a control character or surrounding spaces
     */
    public DayOverride {
        Objects.requireNonNull(date, "date");
        Texts.checkLine("Day override " + date + ": holiday", holiday);
        Objects.requireNonNull(source, "source");
    }

    /**
     * Returns the day of the week of the day, as the notices write it in Chinese: 星期六 / Saturday.
     *
     * @return the day of the week in Chinese and English, not null
     */
    public BilingualText weekday() {
        int index = date.getDayOfWeek().getValue() - 1;
        return BilingualText.of(WEEKDAYS[index], WEEKDAYS_EN[index]);
    }

    /**
     * Returns the holiday's name in Chinese and English: 国庆节 / National Day; 中秋节、国庆节 / Mid-Autumn Festival
     * and National Day. A name the national notices do not use, such as a local festival, stays as written in both.
     *
     * @return the name, not null
     */
    public BilingualText holidayName() {
        String en = Arrays.stream(holiday.split("、")).map(part -> HOLIDAYS_EN.getOrDefault(part, part))
                .collect(Collectors.joining(" and "));
        return BilingualText.of(holiday, en);
    }
}
