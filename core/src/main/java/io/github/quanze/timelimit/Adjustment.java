package io.github.quanze.timelimit;

import io.github.quanze.basis.BilingualText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to how a period was counted (期限调整), kept with the deadline so that it can explain itself.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what happened, not null
 * @param from  the first day concerned, not null
 * @param to  the last day concerned (the same as {@code from} for a single event), not null
 * @param amount  the days added to the count: excluded working or natural days, or the extension, 0 for an
 *         interruption or a roll
 * @param reason  why, as recorded, not null
 * @param approver  who approved an extension, empty otherwise or if no one did, not null
 */
public record Adjustment(Kind kind, LocalDate from, LocalDate to, int amount, String reason,
        Optional<String> approver) {

    /** The kinds of adjustment. */
    public enum Kind {
        /** 不计算在期限内: a hearing, testing, appraisal or expert review (行政许可法 Art 45, 行政强制法 Art 25). */
        EXCLUDED("不计算在期限内", "not counted"),
        /** 中止: the count stops and resumes where it stopped (行政复议法 Art 20 第二款). */
        SUSPENDED("期限中止", "suspended"),
        /** 中断: the count restarts from the event (民法典 Art 195 by analogy). */
        INTERRUPTED("期限中断，重新计算", "interrupted and restarted"),
        /** 延长: extended with approval. */
        EXTENDED("延长", "extended"),
        /** 顺延: a natural-day period ending on a rest day moves to the next working day (民法典 Art 203). */
        ROLLED("届满日为休息日，顺延", "moved past a rest day");

        private final BilingualText label;

        Kind(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        /**
         * Returns the kind in Chinese and English.
         *
         * @return the label, not null
         */
        public BilingualText label() {
            return label;
        }
    }

    /** Creates an adjustment. */
    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approver, "approver");
    }
}
