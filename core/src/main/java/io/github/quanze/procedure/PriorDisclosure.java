package io.github.quanze.procedure;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an agency has published before it acts (事前公开), 行政处罚法 Art 39 and 国办发〔2018〕118号: the items on its
 * public list, checked for what is missing. A value the agency records; a missing item is a finding of the agency's
 * publicity, not of a case.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param published  the items published, not null
 */
public record PriorDisclosure(Set<DisclosureItem> published) {

    /**
     * Creates the value.
     *
     * @param published  the items published, not null
     */
    public PriorDisclosure {
        published = Sets.immutableEnumSet(published);
    }

    /**
     * Obtains the value.
     *
     * @param items  the items published, not null
     * @return the value, not null
     */
    public static PriorDisclosure of(DisclosureItem... items) {
        Set<DisclosureItem> set = EnumSet.noneOf(DisclosureItem.class);
        Stream.of(items).map(i -> Objects.requireNonNull(i, "items element")).forEach(set::add);
        return new PriorDisclosure(set);
    }

    /**
     * Returns the items not published, each with its provisions ({@link DisclosureItem#basis()}).
     *
     * @return the items missing, in the order of {@link DisclosureItem}, not null
     */
    public List<DisclosureItem> missing() {
        return Stream.of(DisclosureItem.values()).filter(i -> !published.contains(i)).toList();
    }

    /**
     * Returns the items 行政处罚法 Art 39 names that are not published: what a penalty agency owes by statute.
     *
     * @return the items missing, not null
     */
    public List<DisclosureItem> missingForPenalties() {
        return missing().stream().filter(DisclosureItem::isStatutoryForPenalties).toList();
    }
}
