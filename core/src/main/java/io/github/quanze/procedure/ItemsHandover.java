package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import java.util.List;
import java.util.Objects;

/**
 * 移交涉案物品以及与案件有关的其他材料 (行政执法机关移送涉嫌犯罪案件的规定 Art 12): what was handed over to the public
 * security organ once it opened a criminal case, with the hand-over formalities completed (办结交接手续).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param items  the items and materials handed over, at least one, each once, not null
 */
public record ItemsHandover(List<String> items) implements StepContent {

    /** The longest item accepted. */
    public static final int MAX_LENGTH = 200;

    /**
     * Creates the hand-over.
     *
     * @param items  the items and materials handed over, at least one, each once, not null
     * @throws IllegalArgumentException if no item is listed, or an item is blank, too long, has a control character or
     *         is listed twice
     */
    public ItemsHandover {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        checkArgument(!items.isEmpty(), "Items handed over: a hand-over must list at least one item");
        for (String item : items) {
            Texts.checkLine("Items handed over: item", item, MAX_LENGTH);
        }
        checkArgument(Lists.isDistinct(items), "Items handed over: an item is listed twice: %s",
                Texts.quote(String.join("、", items)));
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
