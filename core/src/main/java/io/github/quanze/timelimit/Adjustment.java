package io.github.quanze.timelimit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to how a period was counted (期限调整), kept with the deadline so that it can explain itself.
 * <p>
 * {@code from} is never after {@code to}: an interval runs from its first to its last day, a single event has
 * {@code from} equal to {@code to}, a {@link Kind#ROLLED roll} runs from the rest day to the working day after it, and
 * an {@link Kind#ADVANCED advance} from the working day before the rest day to the rest day.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what happened, not null
 * @param from  the first day concerned, not null
 * @param to  the last day concerned (the same as {@code from} for a single event), not null
 * @param amount  the days added to the count: excluded working or natural days, or the extension, 0 for an
 *         interruption, a roll or an advance
 * @param reason  why, in Chinese and English: a label such as 检测 / testing, or the user's own words, the same in
 *         both languages, each a line of text, not null
 * @param approver  who approved an extension, empty otherwise or if no one did, not null
 */
public record Adjustment(Kind kind, LocalDate from, LocalDate to, int amount, BilingualText reason,
        Optional<String> approver) {

    /**
     * The kinds of adjustment (期限调整类型).
     */
    public enum Kind implements Labelled {
        /** 不计算在期限内: a hearing, testing, appraisal or expert review (行政许可法 Art 45, 行政强制法 Art 25). */
        EXCLUDED("不计算在期限内", "not counted"),
        /** 中止: the count stops and resumes where it stopped (行政复议法 Art 20 第二款). */
        SUSPENDED("期限中止", "suspended"),
        /** 中断: the count restarts from the event (民法典 Art 195 by analogy). */
        INTERRUPTED("期限中断，重新计算", "interrupted and restarted"),
        /** 延长: extended with approval. */
        EXTENDED("延长", "extended"),
        /**
         * 顺延: a period whose last day is a rest day ends on the next working day (民法典 Art 203 第一款);
         * {@code from} is the rest day, {@code to} the new last day.
         */
        ROLLED("顺延", "moved to the next working day"),
        /**
         * 提前: a period counted back from an event ("N日前") whose last day is a rest day ends on the working day
         * before it, so that the act is still done in time; {@code from} is the new last day, {@code to} the rest
         * day. No statute says so: this is an interpretation.
         */
        ADVANCED("提前", "moved to the previous working day");

        private final BilingualText label;

        Kind(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        /**
         * Returns the kind in Chinese and English.
         *
         * @return the label, not null
         */
        @Override
        public BilingualText label() {
            return label;
        }
    }

    /**
     * Creates an adjustment.
     *
     * @param kind  what happened, not null
     * @param from  the first day concerned, not null
     * @param to  the last day concerned (the same as {@code from} for a single event), not null
     * @param amount  the days added to the count: excluded working or natural days, or the extension, 0 for an
     *         interruption, a roll or an advance
     * @param reason  why, in Chinese and English: a label such as 检测 / testing, or the user's own words, the same in
     *         both languages, each a line of text, not null
     * @param approver  who approved an extension, empty otherwise or if no one did, not null
     * @throws IllegalArgumentException if {@code to} is before {@code from}, an interruption or extension spans more
     *         than one day, the amount is negative, not 0 for an interruption, a roll or an advance, or less than 1
     *         for an extension, or the reason or approver is blank, has a control character or surrounding spaces
     */
    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        checkArgument(!to.isBefore(from), "Adjustment %s must not end (%s) before it starts (%s)", kind, to, from);
        boolean event = kind == Kind.INTERRUPTED || kind == Kind.EXTENDED;
        checkArgument(!event || from.equals(to), "Adjustment %s is a single day, but runs from %s to %s", kind, from,
                to);
        if (kind == Kind.EXCLUDED || kind == Kind.SUSPENDED || kind == Kind.EXTENDED) {
            int least = kind == Kind.EXTENDED ? 1 : 0;
            checkArgument(amount >= least, "Adjustment %s must add at least %s, but added %s", kind, least, amount);
        } else {
            checkArgument(amount == 0, "Adjustment %s adds nothing, but added %s", kind, amount);
        }
        Objects.requireNonNull(reason, "reason");
        Texts.checkLine("Adjustment " + kind + ": reason", reason.zh());
        Texts.checkLine("Adjustment " + kind + ": English reason", reason.en());
        Objects.requireNonNull(approver, "approver");
        approver.ifPresent(a -> Texts.checkLine("Adjustment " + kind + ": approver", a));
    }

    /**
     * Creates an adjustment whose reason is the user's own words, the same in both languages.
     *
     * @param kind  what happened, not null
     * @param from  the first day concerned, not null
     * @param to  the last day concerned, not null
     * @param amount  the days added to the count, as for the canonical constructor
     * @param reason  why, a line of text, not blank
     * @param approver  who approved an extension, empty otherwise, not null
     * @throws IllegalArgumentException as for the canonical constructor
     */
    public Adjustment(Kind kind, LocalDate from, LocalDate to, int amount, String reason, Optional<String> approver) {
        this(kind, from, to, amount, userText("Adjustment " + kind + ": reason", reason), approver);
    }

    /** The user's own words, checked as a line of text, the same in both languages. */
    static BilingualText userText(String what, String text) {
        Texts.checkLine(what, text);
        return BilingualText.of(text, text);
    }
}
