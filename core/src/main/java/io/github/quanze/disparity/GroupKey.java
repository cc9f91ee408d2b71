package io.github.quanze.disparity;

import io.github.quanze.discretion.Circumstances;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * The key of a group of like cases (类案组键): the violation item and the circumstance profile, with its hash
 * worked out once, and the order in which reports list groups — by item, then by profile.
 */
final class GroupKey implements Comparable<GroupKey> {

    /**
     * The order of profiles: name by name in the order of the names, a name before the end of the profile; at the
     * same name yes-or-no values before numbers before texts, then by value.
     */
    static final Comparator<Circumstances> PROFILE_ORDER = GroupKey::compareProfiles;

    final String item;
    final Circumstances profile;
    private final int hash;

    GroupKey(String item, Circumstances profile) {
        this.item = item;
        this.profile = profile;
        this.hash = item.hashCode() * 31 + profile.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GroupKey k && hash == k.hash && item.equals(k.item) && profile.equals(k.profile);
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
