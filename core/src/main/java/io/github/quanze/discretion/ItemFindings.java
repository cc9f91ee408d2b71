package io.github.quanze.discretion;

import io.github.quanze.rule.Citation;
import io.github.quanze.rule.RuleId;
import io.github.quanze.text.Parameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The findings of one item of one standard, as they are made (一项事项的校验发现): each with the standard's 文号 and
 * the item's code, listed by kind, then in the order made.
 */
final class ItemFindings {

    private final String standard;
    private final String item;
    private final List<StandardFinding> found = new ArrayList<>();

    ItemFindings(DiscretionStandard standard, ItemStandard item) {
        this.standard = standard.number();
        this.item = item.item().code();
    }

    /** Starts the parameters of a finding: the standard and the item. */
    Parameters.Builder parameters() {
        return Parameters.builder().put("standard", standard).put("item", item);
    }

    void add(StandardFinding.Kind kind, List<RuleId> rows, Citation basis, Parameters.Builder parameters) {
        found.add(new StandardFinding(kind, standard, Optional.of(item), rows, Optional.empty(), basis,
                parameters.build()));
    }

    void addAgainst(StandardFinding.Kind kind, String higher, List<RuleId> rows, Parameters.Builder parameters) {
        found.add(new StandardFinding(kind, standard, Optional.of(item), rows, Optional.of(higher), Citation.none(),
                parameters.put("higher", higher).build()));
    }

    /** The findings, by kind in declared order, then in the order made. */
    List<StandardFinding> sorted() {
        List<StandardFinding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(StandardFinding::kind));
        return sorted;
    }
}
