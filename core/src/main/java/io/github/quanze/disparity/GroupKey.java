package io.github.quanze.disparity;

import io.github.quanze.discretion.Circumstances;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The key of a group of like cases (类案组键): the violation item and the circumstance profile, and the order in
 * which reports list groups — by item, then by profile. The profile's names and values are copied into one array
 * once, so that a key hashes and compares without walking the profile's map. The analysis looks a group up for
 * every case with a {@link Probe}, which makes no key unless the group is new.
 */
final class GroupKey implements Comparable<GroupKey> {

    /**
     * The order of profiles: name by name in the order of the names, a name before the end of the profile; at the
     * same name yes-or-no values before numbers before texts, then by value.
     */
    static final Comparator<Circumstances> PROFILE_ORDER = GroupKey::compareProfiles;

    final String item;
    final Circumstances profile;
    /** The names and values of the profile, in the order of the names: name, value, name, value … */
    private final Object[] flat;
    private final int hash;

    GroupKey(String item, Circumstances profile) {
        this.item = item;
        this.profile = profile;
        Map<String, Object> values = profile.values();
        Object[] entries = new Object[2 * values.size()];
        int[] i = {0};
        values.forEach((name, value) -> {
            entries[i[0]++] = name;
            entries[i[0]++] = value;
        });
        this.flat = entries;
        this.hash = item.hashCode() * 31 + Arrays.hashCode(entries);
    }

    /**
     * A reusable lookup key (查找用键): set to a case's item and profile, it hashes as the {@link GroupKey} of
     * these would and equals such a key, walking the profile without allocating. Only for {@code map.get(probe)},
     * whose lookups call the probe's {@code equals}; never stored. Not thread-safe.
     */
    static final class Probe implements BiConsumer<String, Object> {
        private String item;
        private Circumstances profile;
        private int hash;
        private boolean hashing;
        private int running;
        private Object[] against;
        private int at;
        private boolean same;

        /** Sets the probe to an item and a profile. */
        Probe set(String item, Circumstances profile) {
            this.item = item;
            this.profile = profile;
            hashing = true;
            running = 1;
            profile.values().forEach(this);
            hashing = false;
            hash = item.hashCode() * 31 + running; // as Arrays.hashCode of the names and values
            return this;
        }

        /** Makes the key of the group the probe is set to, for a group seen first. */
        GroupKey key() {
            return new GroupKey(item, profile);
        }

        @Override
        public void accept(String name, Object value) {
            if (hashing) {
                running = 31 * (31 * running + name.hashCode()) + value.hashCode();
            } else if (same) {
                same = name.equals(against[at]) && value.equals(against[at + 1]);
                at += 2;
            }
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof GroupKey k) || k.hash != hash || !k.item.equals(item)
                    || k.flat.length != 2 * profile.values().size()) {
                return false;
            }
            against = k.flat;
            at = 0;
            same = true;
            profile.values().forEach(this);
            against = null;
            return same;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GroupKey k && hash == k.hash && item.equals(k.item) && Arrays.equals(flat, k.flat);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(GroupKey other) {
        int c = item.compareTo(other.item);
        return c != 0 ? c : PROFILE_ORDER.compare(profile, other.profile);
    }

    @Override
    public String toString() {
        return item + " " + profile;
    }

    private static int compareProfiles(Circumstances a, Circumstances b) {
        Iterator<Map.Entry<String, Object>> i = a.values().entrySet().iterator();
        Iterator<Map.Entry<String, Object>> j = b.values().entrySet().iterator();
        while (i.hasNext() && j.hasNext()) {
            Map.Entry<String, Object> x = i.next();
            Map.Entry<String, Object> y = j.next();
            int c = x.getKey().compareTo(y.getKey());
            if (c == 0) {
                c = compareValues(x.getValue(), y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object x, Object y) {
        int c = Integer.compare(rank(x), rank(y));
        return c != 0 ? c : ((Comparable) x).compareTo(y);
    }

    private static int rank(Object value) {
        return value instanceof Boolean ? 0 : value instanceof Long ? 1 : 2;
    }
}
