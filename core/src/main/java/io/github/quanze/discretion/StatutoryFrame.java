package io.github.quanze.discretion;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The statutory frame of penalties (法定处罚幅度表): the violation items of one or more statutes, each with the
 * penalties and ranges the statute allows, on which a discretion standard (裁量基准, 行政处罚法 Art 34) builds.
 * <p>
 * A frame is edition-aware through its items' provisions: each provision names the edition of its instrument, so
 * {@link #itemsInForceOn} gives the items whose provisions are all in force on a day, such as the day of the act
 * (Art 37). Items keep the order given; codes are unique.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class StatutoryFrame {

    private final ImmutableMap<String, ViolationItem> items;

    private StatutoryFrame(ImmutableMap<String, ViolationItem> items) {
        this.items = items;
    }

    /**
     * Obtains a frame of items.
     *
     * @param items  the items, in order, not null
     * @return the frame, not null
     * @throws IllegalArgumentException if two items have the same code; the message names the code and both items
     */
    public static StatutoryFrame of(Collection<ViolationItem> items) {
        Map<String, ViolationItem> byCode = new LinkedHashMap<>();
        for (ViolationItem item : Lists.copyOf("items", items)) {
            ViolationItem before = byCode.putIfAbsent(item.code(), item);
            if (before != null) {
                throw new IllegalArgumentException(String.format("Statutory frame: code %s is used by two items, %s "
                        + "and %s", Texts.quote(item.code()), Texts.quote(before.name()), Texts.quote(item.name())));
            }
        }
        return new StatutoryFrame(ImmutableMap.copyOf(byCode));
    }

    /**
     * Returns the items, in the order given.
     *
     * @return the items, not null
     */
    public List<ViolationItem> items() {
        return items.values().asList();
    }

    /**
     * Returns the item with a code.
     *
     * @param code  the code, not null
     * @return the item, empty if the frame has none with that code, not null
     */
    public Optional<ViolationItem> item(String code) {
        return Optional.ofNullable(items.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the items whose provisions, breached and applied, are all in force on a day.
     *
     * @param date  the day, not null
     * @return the items in force, in order, not null
     */
    public List<ViolationItem> itemsInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return items.values().stream().filter(i -> i.isInForceOn(date)).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the instruments, in each edition, that the items cite.
     *
     * @return the instruments, in order of first citation, not null
     */
    public Set<LegalInstrument> instruments() {
        Set<LegalInstrument> all = new LinkedHashSet<>();
        for (ViolationItem item : items.values()) {
            item.breached().provisions().stream().map(Provision::instrument).forEach(all::add);
            item.applied().provisions().stream().map(Provision::instrument).forEach(all::add);
        }
        return ImmutableSet.copyOf(all);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StatutoryFrame f && items.equals(f.items) && items().equals(f.items());
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "StatutoryFrame" + items.keySet();
    }
}
