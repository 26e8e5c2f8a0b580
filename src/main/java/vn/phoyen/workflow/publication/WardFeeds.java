package vn.phoyen.workflow.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.feedback.PublishedAnswerFeed;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;

/**
 * What each feed lists, newest first: published feedback answers (the residents' page read model), the results of
 * dialogue conferences once the office recorded their publication ({@code publishDialogueResults}), and each item a plan
 * task recorded as published ({@code recordPublication}, the plan's task 4 on grassroots democracy). Only the public
 * text: no sender, no name of who raised an issue.
 */
@Service
class WardFeeds {

    /** Entries per feed: a website shows the newest; the residents' page shows as many answers on its first load. */
    static final int LIMIT = 50;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PublishedAnswerFeed answers;
    private final HistoryService history;
    private final Organization organization;
    private final PublicationPlaces places;

    WardFeeds(PublishedAnswerFeed answers, HistoryService history, Organization organization, PublicationPlaces places) {
        this.answers = answers;
        this.history = history;
        this.organization = organization;
        this.places = places;
    }

    List<FeedEntry> entries(WardFeed feed) {
        return switch (feed) {
            case ANSWERS -> answers();
            case DIALOGUES -> dialogues();
            case PUBLICITY -> publicity();
        };
    }

    private List<FeedEntry> answers() {
        return answers.newest(LIMIT).stream().map(answer -> new FeedEntry("phan-anh/" + answer.caseNumber(),
                "tra-loi-" + answer.caseNumber(),
                "Trả lời phản ánh, kiến nghị " + answer.caseNumber() + " – " + answer.categoryLabel(),
                answer.publishedAt(), answer.answer() + "\n\nĐơn vị trả lời: " + answer.answeringUnit(), null))
                .toList();
    }

    private List<FeedEntry> dialogues() {
        List<FeedEntry> entries = new ArrayList<>();
        for (HistoricActivityInstance published : history.createHistoricActivityInstanceQuery()
                .activityId("publishDialogueResults").finished().orderByHistoricActivityInstanceEndTime().desc()
                .listPage(0, LIMIT)) {
            String instance = published.getProcessInstanceId();
            Map<String, Object> variables = variables(instance, "conferenceDate", "issues", "commitments");
            String key = businessKey(instance);
            String day = day(variables.get("conferenceDate"));
            entries.add(new FeedEntry("doi-thoai/" + key, "doi-thoai-" + key,
                    "Kết quả hội nghị đối thoại ngày " + day, published.getEndTime().toInstant(),
                    dialogueText(day, variables), null));
        }
        return entries;
    }

    private String dialogueText(String day, Map<String, Object> variables) {
        StringBuilder text = new StringBuilder("Hội nghị đối thoại giữa chính quyền phường và Nhân dân ngày ")
                .append(day).append('.');
        List<Map<?, ?>> issues = rows(variables.get("issues"));
        if (!issues.isEmpty()) {
            text.append("\n\nÝ kiến của Nhân dân và trả lời tại hội nghị:");
            int number = 1;
            for (Map<?, ?> issue : issues) {
                text.append("\n").append(number++).append(". ").append(value(issue, "content"));
                String answer = value(issue, "answer");
                text.append("\n   Trả lời: ").append(answer.isBlank() ? "(không ghi)" : answer);
            }
        }
        List<Map<?, ?>> commitments = rows(variables.get("commitments"));
        if (!commitments.isEmpty()) {
            text.append("\n\nCam kết của chính quyền phường:");
            for (Map<?, ?> commitment : commitments) {
                String unit = value(commitment, "unit");
                text.append("\n- ").append(organization.unit(unit).map(Unit::name).orElse(unit)).append(": ")
                        .append(value(commitment, "content"));
                if (!value(commitment, "deadline").isBlank()) {
                    text.append(" (hạn ").append(day(value(commitment, "deadline"))).append(')');
                }
            }
        }
        return text.toString();
    }

    private List<FeedEntry> publicity() {
        List<FeedEntry> entries = new ArrayList<>();
        for (HistoricVariableInstance publications : history.createHistoricVariableInstanceQuery()
                .processDefinitionKey("plan-task").variableName("publications").list()) {
            String instance = publications.getProcessInstanceId();
            Map<String, Object> task = variables(instance, "taskLabel", "taskTitle");
            String key = businessKey(instance);
            int number = 1;
            for (Map<?, ?> record : rows(publications.getValue())) {
                LocalDate publishedOn = ProcessDeadlines.toLocalDate(record.get("publishedOn"));
                String item = value(record, "publicationItem");
                String link = value(record, "documentLink");
                entries.add(new FeedEntry("cong-khai/" + key + "/" + number, "cong-khai-" + key + "-" + number,
                        "Công khai: " + item, ProcessDeadlines.startOf(publishedOn).toInstant(),
                        task.get("taskLabel") + ": " + task.get("taskTitle") + "\n\nNội dung công khai: " + item
                                + "\nHình thức: " + places.label(value(record, "publishedWhere"),
                                        value(record, "publishedWhereOther"))
                                + "\nNgày công khai: " + DAY.format(publishedOn)
                                + (link.isBlank() ? "" : "\nVăn bản, minh chứng: " + link),
                        link.matches("https?://\\S+") ? link : null));
                number++;
            }
        }
        return entries.stream().sorted(Comparator.comparing(FeedEntry::updated).reversed()
                .thenComparing(FeedEntry::key)).limit(LIMIT).toList();
    }

    private Map<String, Object> variables(String processInstanceId, String... names) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(names).list().stream().filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                        (first, second) -> first));
    }

    private String businessKey(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance.getBusinessKey() != null ? instance.getBusinessKey() : processInstanceId;
    }

    private static String day(Object value) {
        return value == null ? "" : DAY.format(ProcessDeadlines.toLocalDate(value));
    }

    private static List<Map<?, ?>> rows(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
        }
        return List.of();
    }

    private static String value(Map<?, ?> row, String field) {
        return Objects.toString(row.get(field), "").strip();
    }

}
