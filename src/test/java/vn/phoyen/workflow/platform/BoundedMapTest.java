package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BoundedMapTest {

    @Test
    void pastItsBoundTheEntryPutFirstGoesEvenIfItWasJustRead() {
        Map<String, Integer> map = BoundedMap.oldestPutFirstOut(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");
        map.put("c", 3);

        assertThat(map).containsOnlyKeys("b", "c");
    }

    @Test
    void inAccessOrderTheEntryUsedLeastRecentlyGoes() {
        Map<String, Integer> map = BoundedMap.leastUsedFirstOut(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");
        map.put("c", 3);

        assertThat(map).containsOnlyKeys("a", "c");
    }
}
