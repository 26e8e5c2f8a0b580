package vn.phoyen.workflow.models;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.DomElement;

import vn.phoyen.workflow.platform.FreshFieldsPlugin;

/**
 * The house rules every model in processes/ keeps beyond bpmnlint: a diagram for every flow node (Cockpit and
 * the Modeler show it), executable and kept ten years, named start and end events and decisions, and for every
 * user task a name, a Camunda Form that exists (latest version), a candidate group, a due date expression and a
 * description in the staff's words; the glue of ADR 0002 (expressions only read: no method called with the execution
 * or the task, no variable set, no {@code camunda:class}), the units of ADR 0004 (candidate groups resolved by role,
 * never a unit id written in) and the fresh fields of ADR 0015.
 */
final class ModelRules {

    /** History time-to-live of every model: ten years, as the ward keeps its files. */
    private static final String KEPT_TEN_YEARS = "P3650D";

    /** {@code execution} or {@code task} passed to a method: the expression does a step's work, a delegate's job. */
    private static final Pattern ENGINE_ARGUMENT = Pattern.compile("[(,]\\s*(execution|task)\\s*[,)]");

    /** An expression that writes the instance's variables. */
    private static final Pattern WRITES_VARIABLE = Pattern.compile(
            "\\.(setVariable|setVariableLocal|setVariables|setVariablesLocal|removeVariable|removeVariableLocal)\\s*\\(");

    /**
     * What a user task's description (its documentation, Tasklist's "Mô tả" tab) must not show the staff who read it:
     * a variable's name, an API path, a data file or a code in English ({@code pass-on}, {@code case-office}).
     */
    private static final Pattern DEVELOPERS_WORDS = Pattern.compile(
            "\\b[a-z]+[A-Z]\\w*|\\b[a-z]+_[a-z_]+\\b|\\b[a-z]+(-[a-z]+)+\\b|/api/|\\.(csv|json|bpmn|dmn|form)\\b");

    private ModelRules() {
    }

    static List<String> violations(String file, BpmnModelInstance model, Set<String> formIds) {
        List<String> problems = new ArrayList<>();
        Collection<BpmnDiagram> diagrams = model.getModelElementsByType(BpmnDiagram.class);
        if (diagrams.isEmpty()) {
            problems.add(file + ": không có sơ đồ (BPMNDI)");
        }
        Set<String> drawn = new HashSet<>();
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
            for (Documentation documentation : task.getDocumentations()) {
                Matcher found = DEVELOPERS_WORDS.matcher(documentation.getTextContent());
                if (found.find()) {
                    problems.add(where + ": mô tả công việc (người xử lý đọc trong Tasklist) có từ của người lập trình: '"
                            + found.group() + "'");
                }
            }
        }
        problems.addAll(glueViolations(file, model));
        problems.addAll(candidateGroupViolations(file, model));
        problems.addAll(freshFieldViolations(file, model));
        return problems;
    }

    /**
     * ADR 0015: a user task whose input/output mapping only empties form fields for each visit (an empty input
     * parameter mirrored by an output parameter of the same name) names them as {@code freshFields} instead; the
     * mapping made the step a scope, an execution written and deleted on every visit.
     */
    static List<String> freshFieldViolations(String file, BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            CamundaInputOutput mapping = task.getExtensionElements() == null ? null : task.getExtensionElements()
                    .getElementsQuery().filterByType(CamundaInputOutput.class).list().stream().findFirst().orElse(null);
            if (mapping == null || mapping.getCamundaInputParameters().isEmpty()) {
                continue;
            }
            List<String> emptied = mapping.getCamundaInputParameters().stream()
                    .filter(input -> input.getTextContent().isBlank()).map(CamundaInputParameter::getCamundaName).toList();
            List<String> mirrored = mapping.getCamundaOutputParameters().stream()
                    .filter(output -> output.getTextContent().strip().equals("${" + output.getCamundaName() + "}"))
                    .map(CamundaOutputParameter::getCamundaName).toList();
            if (emptied.size() == mapping.getCamundaInputParameters().size()
                    && mirrored.size() == mapping.getCamundaOutputParameters().size()
                    && Set.copyOf(emptied).equals(Set.copyOf(mirrored))) {
                problems.add(file + ": " + task.getId() + ": ánh xạ vào/ra chỉ để làm trống " + emptied
                        + " mỗi lần mở bước; ghi camunda:property freshFields=\"" + String.join(",", emptied)
                        + "\" (ADR 0015)");
            }
        }
        return problems;
    }

    /**
     * ADR 0015: a user task its case can come back to (a return, a revision, another round) opens with its decision
     * empty. Every top-level select of its form whose key ends in "decision" is named in its {@code freshFields};
     * otherwise the second round's form opens with the first round's choice already made (a "return" and its reason
     * shown to the approver again, sent again if the approver only adds a word). {@code decisionsByForm}: a form's id
     * and the keys of its decision selects.
     */
    static List<String> returningDecisionViolations(String file, BpmnModelInstance model,
            Map<String, Set<String>> decisionsByForm) {
        List<String> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Set<String> decisions = task.getCamundaFormRef() == null ? Set.of()
                    : decisionsByForm.getOrDefault(task.getCamundaFormRef(), Set.of());
            if (decisions.isEmpty() || !comesBack(task)) {
                continue;
            }
            Set<String> fresh = new TreeSet<>(freshFields(task));
            List<String> kept = decisions.stream().filter(decision -> !fresh.contains(decision)).sorted().toList();
            if (!kept.isEmpty()) {
                problems.add(file + ": " + task.getId() + ": bước có thể quay lại nhưng mở lần sau với quyết định cũ "
                        + kept + "; ghi chúng vào camunda:property freshFields (ADR 0015)");
            }
        }
        return problems;
    }

    private static List<String> freshFields(UserTask task) {
        if (task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> FreshFieldsPlugin.PROPERTY.equals(property.getCamundaName()))
                .flatMap(property -> FreshFieldsPlugin.fields(property.getCamundaValue()).stream()).toList();
    }

    /** Whether the flow can reach the node again: through its sequence flows, boundary events and sub-processes. */
    private static boolean comesBack(FlowNode node) {
        Set<FlowNode> seen = new HashSet<>();
        Deque<FlowNode> next = new ArrayDeque<>(successors(node));
        while (!next.isEmpty()) {
            FlowNode at = next.pop();
            if (at == node) {
                return true;
            }
            if (seen.add(at)) {
                next.addAll(successors(at));
            }
        }
        return false;
    }

    private static List<FlowNode> successors(FlowNode node) {
        List<FlowNode> successors = new ArrayList<>(node.getSucceedingNodes().list());
        node.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo() == node).forEach(successors::add);
        if (node instanceof SubProcess subProcess) {
            successors.addAll(subProcess.getChildElementsByType(StartEvent.class));
        }
        if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess subProcess) {
            successors.addAll(subProcess.getSucceedingNodes().list());
        }
        return successors;
    }

    /**
     * ADR 0002: a service task, send task, business rule task or listener whose expression calls a method with the
     * execution or the task, or sets or removes a variable, does a step's work in the model, where neither the
     * Modeler nor a test can see it; and {@code camunda:class} instantiates code outside Spring.
     */
    static List<String> glueViolations(String file, BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkExpression(file, nearestId(task.getDomElement()), task.getCamundaExpression(), problems);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            checkExpression(file, nearestId(task.getDomElement()), task.getCamundaExpression(), problems);
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            checkExpression(file, nearestId(task.getDomElement()), task.getCamundaExpression(), problems);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            checkExpression(file, nearestId(listener.getDomElement()) + " (execution listener '" + listener.getCamundaEvent() + "')",
                    listener.getCamundaExpression(), problems);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkExpression(file, nearestId(listener.getDomElement()) + " (task listener '" + listener.getCamundaEvent() + "')",
                    listener.getCamundaExpression(), problems);
        }
        classAttributes(file, model.getDocument().getRootElement(), problems);
        return problems;
    }

    /**
     * ADR 0004: a user task names its unit by role ({@code ${organization.group('case-office')}}) or by a variable
     * holding a unit id ({@code ${leadUnit}}), never by a unit id written in the model.
     */
    static List<String> candidateGroupViolations(String file, BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String groups = task.getCamundaCandidateGroups();
            if (groups != null && !groups.isBlank() && !groups.contains("${") && !groups.contains("#{")) {
                problems.add(file + ": " + task.getId() + ": nhóm xử lý '" + groups + "' là mã đơn vị viết cứng; "
                        + "gọi đơn vị theo vai trò, ví dụ ${organization.group('case-office')} (ADR 0004)");
            }
        }
        return problems;
    }

    private static void checkExpression(String file, String where, String expression, List<String> problems) {
        if (expression == null) {
            return;
        }
        if (ENGINE_ARGUMENT.matcher(expression).find()) {
            problems.add(file + ": " + where + ": biểu thức '" + expression + "' gọi phương thức với execution hoặc "
                    + "task; việc của một bước thuộc về một delegate (camunda:delegateExpression, ADR 0002)");
        } else if (WRITES_VARIABLE.matcher(expression).find()) {
            problems.add(file + ": " + where + ": biểu thức '" + expression + "' đặt hoặc xoá biến; dùng ánh xạ "
                    + "vào/ra (camunda:inputOutput) hoặc một delegate (ADR 0002)");
        }
    }

    private static void classAttributes(String file, DomElement element, List<String> problems) {
        String className = element.getAttribute(BpmnModelConstants.CAMUNDA_NS, "class");
        if (className != null) {
            problems.add(file + ": " + nearestId(element) + ": camunda:class '" + className + "' tạo đối tượng ngoài "
                    + "Spring; dùng camunda:delegateExpression với một bean (ADR 0002)");
        }
        element.getChildElements().forEach(child -> classAttributes(file, child, problems));
    }

    /** The element the problem is in, as the Modeler shows it: the nearest enclosing element with an id. */
    private static String nearestId(DomElement element) {
        for (DomElement at = element; at != null; at = at.getParentElement()) {
            String id = at.getAttribute("id");
            if (id != null) {
                return at.getLocalName() + " " + id;
            }
        }
        return element.getLocalName();
    }

    /**
     * Every process a person starts (a key of {@code ward.organization.case-intake}) opens with a Camunda Form on
     * its start event, the form existing in processes/ and taken in its latest version, so that Tasklist's "Khởi động
     * quy trình" never shows the generic form asking for variable names. Every other process (called, or started by
     * the system) is kept out of that menu ({@code camunda:isStartableInTasklist="false"}).
     */
    static List<String> startFormViolations(String file, BpmnModelInstance model, Set<String> formIds,
            Set<String> startedByPeople) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!startedByPeople.contains(process.getId())) {
                if (process.isCamundaStartableInTasklist()) {
                    problems.add(file + ": quy trình " + process.getId() + " không do người khởi động nhưng hiện trong "
                            + "\"Khởi động quy trình\" của Tasklist: thêm camunda:isStartableInTasklist=\"false\"");
                }
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
