package io.github.quanze.procedure;

import io.github.quanze.internal.Texts;
import java.util.List;

/**
 * 移交涉案物品以及与案件有关的其他材料 (行政执法机关移送涉嫌犯罪案件的规定 Art 12): what was handed over to the public
 * security organ once it opened a criminal case, with the hand-over formalities completed (办结交接手续).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param items  the items and materials handed over, not null
 */
public record ItemsHandover(List<String> items) implements StepContent {

    /** The longest item accepted. */
    public static final int MAX_LENGTH = 200;

    /**
     * Creates the hand-over.
     *
     * @throws IllegalArgumentException if an item is blank, too long or has a control character
     */
    public ItemsHandover {
        items = List.copyOf(items);
        for (String item : items) {
            Texts.checkLine("Items handed over: item", item, MAX_LENGTH);
        }
    }

    /**
     * Obtains a hand-over of items.
     *
     * @param items  the items, not null
     * @return the hand-over, not null
     * @throws IllegalArgumentException if an item is blank or too long
     */
    public static ItemsHandover of(String... items) {
        return new ItemsHandover(List.of(items));
    }
}
