package vn.phoyen.workflow.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of what a node keeps in memory for a while (logins, answers, start times, clients' rates) that never holds
 * more than its bound, whatever the number of people or cases: past the bound the oldest entry goes, the one put
 * first or, in access order, the one used least recently. Not synchronised: its owner guards it.
 */
public final class BoundedMap<K, V> extends LinkedHashMap<K, V> {

    private final int maxEntries;

    public static <K, V> BoundedMap<K, V> oldestPutFirstOut(int maxEntries) {
        return new BoundedMap<>(maxEntries, false);
    }

    public static <K, V> BoundedMap<K, V> leastUsedFirstOut(int maxEntries) {
        return new BoundedMap<>(maxEntries, true);
    }

    private BoundedMap(int maxEntries, boolean accessOrder) {
        super(16, 0.75f, accessOrder);
        this.maxEntries = maxEntries;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxEntries;
    }
}
