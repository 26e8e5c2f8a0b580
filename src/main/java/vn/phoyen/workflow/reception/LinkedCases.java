package vn.phoyen.workflow.reception;

import java.util.HashMap;
import java.util.Map;

/**
 * Opens the case a matter raised at a reception calls for (Law 42/2013/QH13 Arts. 27, 28): a {@code complaint}, a
 * {@code denunciation} or a {@code feedback}, with the contract's start variables taken from the reception and the
 * clerk's form, and {@code receptionCase} linking it back to the reception — except a denunciation: the visitor's
 * identity and the reception's number go to the denouncer's vault only (Law 25/2018 Art. 47 ff.).
 */
public class LinkedCases {

    /** Starts a case process and returns its case number; refuses with {@link ReceptionException}. */
    @FunctionalInterface
    public interface CaseStarter {
        String start(String processKey, Map<String, Object> variables);
    }

    private final CaseStarter starter;

    public LinkedCases(CaseStarter starter) {
        this.starter = starter;
    }

    /**
     * The visitor's identity, moved to the denouncer's vault when a matter became a denunciation, must stay there
     * (Law 25/2018 Art. 47 ff.): so the same reception record opens no further case in the visitor's name.
     */
    static final String VISITOR_SEALED = "Người đến đã tố cáo trong lượt tiếp này; danh tính của họ được bảo mật và "
            + "không còn trong hồ sơ tiếp công dân. Hãy mở một lượt tiếp mới cho nội dung này.";

    /** The case number of the case opened for the matter. */
    public String open(Reception reception, Matter matter) {
        String processKey = matter.handling().processKey().orElseThrow(() -> new IllegalArgumentException(
                "nội dung được trả lời tại chỗ không mở hồ sơ"));
        if (reception.visitorSealed()) {
            throw new ReceptionException(VISITOR_SEALED);
        }
        try {
            return starter.start(processKey, startVariables(reception, matter));
        } catch (ReceptionException refused) {
            // not the summary: the engine logs the message, and a denunciation's must not leave the case
            throw new ReceptionException("Không mở được hồ sơ %s cho nội dung này: %s. Hãy bổ sung trong biểu mẫu "
                    .formatted(matter.handling().label(), refused.getMessage())
                    + "rồi hoàn thành lại; chưa có gì được lưu.");
        }
    }

    static Map<String, Object> startVariables(Reception reception, Matter matter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivedDate", reception.receptionDate());
        variables.put("content", matter.content());
        if (matter.handling() != Handling.DENUNCIATION) {
            variables.put("receptionCase", reception.caseNumber());
        }
        switch (matter.handling()) {
            case COMPLAINT -> {
                variables.put("complainantName", reception.visitorName());
                variables.put("complainantAddress", reception.visitorAddress());
                variables.put("subject", matter.summary());
            }
            case DENUNCIATION -> {
                // the identity and the link to this reception go to the denouncer's vault, never to a variable
                variables.put("denouncerName", reception.visitorName());
                variables.put("denouncerContact", reception.visitorAddress());
                variables.put("denouncerIdNumber", reception.visitorIdNumber() == null ? "" : reception.visitorIdNumber());
                variables.put("denouncerReceptionCase", reception.caseNumber());
                variables.put("accusedName", matter.accusedName());
                variables.put("accusedUnit", matter.accusedUnit());
            }
            case FEEDBACK -> {
                variables.put("channel", "desk");
                variables.put("category", matter.category());
                variables.put("title", matter.summary());
                variables.put("senderName", reception.visitorName());
                variables.put("senderContact", reception.visitorAddress());
            }
            case ANSWERED -> throw new IllegalArgumentException("nội dung được trả lời tại chỗ không mở hồ sơ");
        }
        return variables;
    }
}
