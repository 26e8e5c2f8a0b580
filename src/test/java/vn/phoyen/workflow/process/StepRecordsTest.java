package vn.phoyen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class StepRecordsTest {

    private final Map<String, Object> variables = new HashMap<>();
    private final VariableScope instance = mock(VariableScope.class);

    StepRecordsTest() {
        when(instance.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
                .when(instance).setVariable(anyString(), any());
    }

    @Test
    void eachInstanceOfAStepAddsItsOwnRecord() {
        variables.putAll(Map.of("supportUnit", "vp", "contribution", "Đã niêm yết"));
        StepRecords.append(instance, "contributions", List.of("supportUnit", "contribution", "evidenceLinks"));
        variables.put("supportUnit", "vhxh");
        variables.put("contribution", "Đã hướng dẫn");
        StepRecords.append(instance, "contributions", List.of("supportUnit", "contribution", "evidenceLinks"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> records = (List<Map<String, Object>>) variables.get("contributions");
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsEntry("supportUnit", "vp").containsEntry("contribution", "Đã niêm yết")
                .containsEntry("evidenceLinks", null).hasSize(3);
        assertThat(records.get(1)).containsEntry("supportUnit", "vhxh").containsEntry("contribution", "Đã hướng dẫn");
    }

    @Test
    void aListHoldingSomethingElseThanRecordsIsNamed() {
        variables.put("contributions", List.of("không phải bản ghi"));

        assertThatThrownBy(() -> StepRecords.append(instance, "contributions", List.of("supportUnit")))
                .hasMessageContaining("contributions");
    }

    @Test
    void blankGivesTheInstanceItsOwnEmptyFields() {
        StepRecords.blank(instance, List.of("publishedWhere", "publishedOn"));

        verify(instance).setVariableLocal("publishedWhere", null);
        verify(instance).setVariableLocal("publishedOn", null);
    }
}
