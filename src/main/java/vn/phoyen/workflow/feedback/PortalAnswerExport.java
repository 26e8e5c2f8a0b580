package vn.phoyen.workflow.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.process.Refusal;

/**
 * The answers to post back on the national portal until the two systems are linked: the published answers of portal
 * cases whose {@code postToPortal} step is still open, and the office's marking of them as posted, which completes
 * that step (its end listener, {@code feedbackPortalPosting}, records who and when, as for a posting in Tasklist).
 */
@Service
class PortalAnswerExport {

    static final int REFERENCE_LENGTH = 100;

    /** One answer to post; {@code portalId} null for a portal case entered by hand rather than imported. */
    record ExportRow(String portalId, String caseNumber, String title, LocalDate receivedDate, String answeringUnit,
            String answer, LocalDate answeredOn) {
    }

    /** A case marked posted, with the portal's reference of the posting if the office has one. */
    record Posting(String caseNumber, String portalReference) {
    }

    record PostingOutcome(String caseNumber, String result) {
    }

    static final String RECORDED = "đã ghi nhận";
    static final String NOT_WAITING = "không có câu trả lời chờ đăng";

    private final TaskService tasks;
    private final FeedbackFlow flow;
    private final PortalFeedbackImport imports;
    private final FeedbackRecords records;

    PortalAnswerExport(TaskService tasks, FeedbackFlow flow, PortalFeedbackImport imports, FeedbackRecords records) {
        this.tasks = tasks;
        this.flow = flow;
        this.imports = imports;
        this.records = records;
    }

    /** Oldest waiting first: the order the office posts them in. */
    List<ExportRow> awaiting() {
        List<ExportRow> rows = new ArrayList<>();
        for (Task posting : waiting().orderByTaskCreateTime().asc().list()) {
            records.byProcessInstance(posting.getProcessInstanceId()).map(FeedbackRecords.Row::caseNumber)
                    .flatMap(flow::portalAnswer).ifPresent(answer -> rows.add(new ExportRow(
                    imports.portalId(posting.getProcessInstanceId()).orElse(null), answer.caseNumber(), answer.title(),
                    answer.receivedDate(), answer.answeringUnit(), answer.answer(), answer.answeredOn())));
        }
        return rows;
    }

    /** Completes each case's posting step as of {@code postedOn}; a case not waiting is reported, not refused. */
    List<PostingOutcome> markPosted(LocalDate postedOn, List<Posting> postings) {
        if (postedOn == null) {
            throw new Refusal("Thiếu ngày đăng câu trả lời lên Cổng (postedOn, dạng yyyy-MM-dd)");
        }
        if (postings == null || postings.isEmpty()) {
            throw new Refusal("Chưa chọn hồ sơ nào (cases)");
        }
        List<PostingOutcome> outcomes = new ArrayList<>();
        for (Posting posting : postings) {
            String reference = posting.portalReference() == null ? "" : posting.portalReference().strip();
            if (reference.length() > REFERENCE_LENGTH) {
                throw new Refusal("Số tham chiếu trên Cổng (portalReference) của hồ sơ " + posting.caseNumber()
                        + " dài quá " + REFERENCE_LENGTH + " ký tự");
            }
            Optional<Task> step = Optional.ofNullable(posting.caseNumber()).flatMap(caseNumber -> waiting()
                    .processInstanceBusinessKey(caseNumber).list().stream().findFirst());
            if (step.isEmpty()) {
                outcomes.add(new PostingOutcome(posting.caseNumber(), NOT_WAITING));
                continue;
            }
            Map<String, Object> answers = new HashMap<>();
            answers.put("portalPostedOn", ProcessDeadlines.startOf(postedOn));
            answers.put("portalReference", reference.isEmpty() ? null : reference);
            tasks.complete(step.get().getId(), answers);
            outcomes.add(new PostingOutcome(posting.caseNumber(), RECORDED));
        }
        return outcomes;
    }

    private TaskQuery waiting() {
        return tasks.createTaskQuery().processDefinitionKey("feedback").taskDefinitionKey("postToPortal").active();
    }
}
