package vn.phoyen.workflow.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * The house rules every model in processes/ keeps beyond bpmnlint: a diagram for every flow node (Cockpit and
 * the Modeler show it), executable and kept ten years, named start and end events and decisions, and for every
 * user task a name, a Camunda Form that exists (latest version), a candidate group and a due date expression.
 */
final class ModelRules {

    /** History time-to-live of every model: ten years, as the ward keeps its files. */
    private static final String KEPT_TEN_YEARS = "P3650D";

    private ModelRules() {
    }

    static List<String> violations(String file, BpmnModelInstance model, Set<String> formIds) {
        List<String> problems = new ArrayList<>();
        Collection<BpmnDiagram> diagrams = model.getModelElementsByType(BpmnDiagram.class);
        if (diagrams.isEmpty()) {
            problems.add(file + ": không có sơ đồ (BPMNDI)");
        }
        Set<String> drawn = new java.util.HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                drawn.add(shape.getBpmnElement().getId());
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                problems.add(file + ": " + node.getId() + " không có hình trên sơ đồ");
            }
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(file + ": quy trình " + process.getId() + " thiếu historyTimeToLive");
            } else if (!KEPT_TEN_YEARS.equals(process.getCamundaHistoryTimeToLiveString())) {
                problems.add(file + ": quy trình " + process.getId() + " phải lưu " + KEPT_TEN_YEARS);
            }
            if (!process.isExecutable() || process.getName() == null || process.getName().isBlank()) {
                problems.add(file + ": quy trình " + process.getId() + " phải chạy được và có tên");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean decision = node instanceof Gateway && !(node instanceof ParallelGateway)
                    && node.getOutgoing().size() > 1;
            if ((node instanceof StartEvent || node instanceof EndEvent || decision)
                    && (node.getName() == null || node.getName().isBlank())) {
                problems.add(file + ": " + node.getId() + " thiếu tên");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = file + ": " + task.getId();
            if (task.getCamundaFormRef() == null) {
                problems.add(where + " thiếu biểu mẫu (camunda:formRef)");
            } else if (!task.getCamundaFormRef().contains("${") && !formIds.contains(task.getCamundaFormRef())) {
                problems.add(where + ": biểu mẫu '" + task.getCamundaFormRef() + "' không có trong processes/");
            } else if (!"latest".equals(task.getCamundaFormRefBinding())) {
                problems.add(where + ": biểu mẫu phải lấy bản mới nhất (camunda:formRefBinding=\"latest\")");
            }
            if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
                problems.add(where + " thiếu nhóm xử lý (camunda:candidateGroups)");
            }
            if (task.getCamundaDueDate() == null || !task.getCamundaDueDate().matches("\\$\\{.+}")) {
                problems.add(where + " thiếu hạn xử lý (camunda:dueDate, một biểu thức ${...})");
            }
            if (task.getName() == null || task.getName().isBlank()) {
                problems.add(where + " thiếu tên");
            }
        }
        return problems;
    }

    /**
     * Every process a person starts (a key of {@code ward.organization.case-intake}) opens with a Camunda Form on
     * its start event, the form existing in processes/ and taken in its latest version, so that Tasklist's "Khởi động
     * quy trình" never shows the generic form asking for variable names.
     */
    static List<String> startFormViolations(String file, BpmnModelInstance model, Set<String> formIds,
            Set<String> startedByPeople) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!startedByPeople.contains(process.getId())) {
                continue;
            }
            for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
                if (!start.getEventDefinitions().isEmpty()) {
                    continue; // a message or timer start: no person fills a form
                }
                String where = file + ": " + start.getId() + " (quy trình " + process.getId() + " do người khởi động)";
                if (start.getCamundaFormRef() == null) {
                    problems.add(where + " thiếu biểu mẫu khởi động (camunda:formRef)");
                } else if (!formIds.contains(start.getCamundaFormRef())) {
                    problems.add(where + ": biểu mẫu '" + start.getCamundaFormRef() + "' không có trong processes/");
                } else if (!"latest".equals(start.getCamundaFormRefBinding())) {
                    problems.add(where + ": biểu mẫu phải lấy bản mới nhất (camunda:formRefBinding=\"latest\")");
                }
            }
        }
        return problems;
    }
}
