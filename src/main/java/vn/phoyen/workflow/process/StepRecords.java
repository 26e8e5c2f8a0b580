package vn.phoyen.workflow.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a multi-instance step keeps of each instance: its own empty fields when it starts, so what one unit enters
 * is neither shown to nor overwritten by the next (the engine applies a multi-instance activity's input mappings once
 * for all instances), and one record of those fields added to a list variable when it ends (the engine allows no
 * output mapping there). Each step's delegate names its fields.
 */
public final class StepRecords {

    private StepRecords() {
    }

    /** The instance's own empty {@code fields}. */
    public static void blank(VariableScope instance, List<String> fields) {
        fields.forEach(field -> instance.setVariableLocal(field, null));
    }

    /** Adds the current values of {@code fields} as one record to the list variable {@code listVariable}. */
    public static void append(VariableScope instance, String listVariable, List<String> fields) {
        List<Map<String, Object>> records = new ArrayList<>();
        if (instance.getVariable(listVariable) instanceof Collection<?> existing) {
            existing.forEach(record -> records.add(asRecord(listVariable, record)));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        fields.forEach(field -> record.put(field, instance.getVariable(field)));
        records.add(record);
        instance.setVariable(listVariable, records);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asRecord(String listVariable, Object record) {
        if (record instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        throw new IllegalArgumentException("bản ghi không hợp lệ trong danh sách " + listVariable + ": " + record);
    }
}
