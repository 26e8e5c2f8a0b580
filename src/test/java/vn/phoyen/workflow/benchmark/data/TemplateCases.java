package vn.phoyen.workflow.benchmark.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.TasklistUser;
import vn.phoyen.workflow.feedback.FeedbackDriver;
import vn.phoyen.workflow.feedback.ResidentFeedback;
import vn.phoyen.workflow.feedback.ResidentFeedback.NewFeedback;

/**
 * A handful of real cases run through the real models on the engine, on Friday 06/03/2026 (a reception day), each
 * worked by members of the groups its tasks go to, as in Tasklist: what {@link CaseCloner} copies. Finished: a web
 * feedback answered, published and rated; a complaint refused at acceptance; a citizen reception answered on the spot.
 * Open: web feedback waiting for triage (vp), for the lead unit's head to assign it (kthtdt-heads), for the officer's
 * answer (assigned to kthtdt.officer); a complaint waiting for its acceptance (vp); a reception being logged (vp.officer).
 */
final class TemplateCases {

    static final LocalDate DAY = LocalDate.of(2026, 3, 6);

    /** A case to copy: its root process instance, the lead unit its copies may be moved to, its tracking code. */
    record Template(String name, String processInstanceId, String businessKey, String unit, String trackingCode,
            boolean open) {
    }

    private final ProcessEngine engine;
    private final ResidentFeedback residents;
    private int sent;

    TemplateCases(ProcessEngine engine, ResidentFeedback residents) {
        this.engine = engine;
        this.residents = residents;
    }

    List<Template> run() {
        EngineClock.setTo(DAY.atTime(9, 0));
        try {
            return List.of(answeredFeedback(), refusedComplaint(), answeredReception(), feedbackAt("triage"),
                    feedbackAt("assign"), feedbackAt("draft"), complaintAwaitingAcceptance(), receptionBeingLogged());
        } finally {
            EngineClock.reset();
        }
    }

    private Template answeredFeedback() {
        String code = web();
        String id = instanceOf(code);
        new FeedbackDriver(engine).publishAnswer(id, "Phường đã cho nạo vét cống và dọn sạch đoạn đường ngập.");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 20, 10, 0));
        residents.rate(code, 4, "Cảm ơn phường đã xử lý.");
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(id).initializeFormKeys().list()) {
            // posting the answer on the national portal is the office's own step, done after publication
            work(task, Map.of("portalPostedOn", "2026-03-20", "portalReference", "DVC-2026-000123"));
        }
        return template("feedback, answered and rated", id, code, false);
    }

    private Template feedbackAt(String step) {
        String code = web();
        String id = instanceOf(code);
        if (!step.equals("triage")) {
            work(task(id, "triageFeedback"), Map.of("triageDecision", "accept"));
        }
        if (step.equals("draft")) {
            work(task(id, "assignOfficer"), Map.of("answerOfficer", "kthtdt.officer"));
        }
        return template("feedback, open at " + step, id, code, true);
    }

    private Template refusedComplaint() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("complaint", complaint()).getId();
        work(task(id, "decideAcceptance"), Map.of("acceptanceDecision", "refuse", "refusalGround", "unsigned",
                "refusalReasons", "Đơn không có chữ ký hoặc điểm chỉ", "noticeNumber", "3/TB-UBND",
                "noticeDate", "2026-03-09"));
        return template("complaint, refused at acceptance", id, null, false);
    }

    private Template complaintAwaitingAcceptance() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("complaint", complaint()).getId();
        return template("complaint, open at acceptance", id, null, true);
    }

    private Template answeredReception() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("citizen-reception", visit()).getId();
        work(task(id, "recordVisit"), Map.of("visitContent", "Hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất",
                "visitorConfirmed", true));
        work(task(id, "handleMatter"), Map.of("matterSummary", "Hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất",
                "handling", "answered", "answer", "Đã hướng dẫn nộp hồ sơ tại bộ phận một cửa", "moreMatters", false));
        return template("citizen reception, answered on the spot", id, null, false);
    }

    private Template receptionBeingLogged() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("citizen-reception", visit()).getId();
        return template("citizen reception, open at logging", id, null, true);
    }

    private Template template(String name, String id, String trackingCode, boolean open) {
        boolean running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0;
        if (running != open) {
            throw new IllegalStateException(name + ": " + (open ? "đã kết thúc" : "chưa kết thúc") + " (" + id + ")");
        }
        String businessKey = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)
                .singleResult().getBusinessKey();
        Object unit = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName("leadUnit").list().stream().findFirst().map(variable -> variable.getValue()).orElse(null);
        return new Template(name, id, businessKey, (String) unit, trackingCode, open);
    }

    /** Web feedback routed to kthtdt (environment), each on its own matter so none is taken for a duplicate. */
    private String web() {
        String[] matter = MATTERS[sent++];
        return residents.submit(new NewFeedback("Lê Thị Thu", "0987 111 222", "moi-truong", matter[0], matter[1]))
                .trackingCode().replace("-", "");
    }

    private static final String[][] MATTERS = {
        {"Cống thoát nước tổ Ba Hàng bị tắc", "Cống trước nhà văn hoá tổ Ba Hàng tắc từ tuần trước, nước tràn ra đường."},
        {"Rác thải đổ trộm ven sông Công", "Bãi đất trống cạnh cầu Đại Phú bị đổ trộm rác xây dựng nhiều đêm liền."},
        {"Khói bụi từ xưởng gỗ tổ Thanh Xuân", "Xưởng gỗ cuối ngõ đốt mùn cưa buổi tối, khói bay vào các nhà xung quanh."},
        {"Tiếng ồn máy trộn bê tông ban đêm", "Công trình trên phố Lý Nam Đế trộn bê tông sau 22 giờ, trẻ nhỏ không ngủ được."}};

    private String instanceOf(String trackingCode) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("feedback")
                .variableValueEquals("trackingCode", trackingCode).singleResult().getId();
    }

    private static Map<String, Object> complaint() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivedDate", DAY.toString());
        variables.put("complainantName", "Nguyễn Thị Hoa");
        variables.put("complainantAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên");
        variables.put("subject", "Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng");
        variables.put("content", "Tôi không đồng ý với mức phạt vì công trình đã có giấy phép sửa chữa.");
        return variables;
    }

    private static Map<String, Object> visit() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receptionDate", DAY.toString());
        variables.put("visitorName", "Nguyễn Thị Lan");
        variables.put("visitorAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên");
        variables.put("visitorIdNumber", "019087001234");
        variables.put("receivedBy", "vp.officer");
        return variables;
    }

    private Task task(String processInstanceId, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(key).initializeFormKeys().singleResult();
        if (task == null) {
            throw new IllegalStateException(key + " không mở; đang mở: " + engine.getTaskService().createTaskQuery()
                    .processInstanceId(processInstanceId).list().stream().map(Task::getTaskDefinitionKey).toList());
        }
        return task;
    }

    /** Done as in Tasklist, through the task's form. */
    private void work(Task task, Map<String, Object> answers) {
        TasklistUser.work(engine, task, () -> engine.getFormService().submitTaskForm(task.getId(), answers));
    }
}
