package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BoundedMapTest {

    @Test
    void pastItsBoundTheEntryPutFirstGoesEvenIfItWasJustRead() {
        assertThat(aAndBPutAReadCPut(BoundedMap.oldestPutFirstOut(2))).containsOnlyKeys("b", "c");
    }

    @Test
    void inAccessOrderTheEntryUsedLeastRecentlyGoes() {
        assertThat(aAndBPutAReadCPut(BoundedMap.leastUsedFirstOut(2))).containsOnlyKeys("a", "c");
    }

    private static Map<String, Integer> aAndBPutAReadCPut(Map<String, Integer> map) {
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");
        map.put("c", 3);
        return map;
    }
}
