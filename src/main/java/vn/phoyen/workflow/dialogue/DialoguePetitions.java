package vn.phoyen.workflow.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.ResidentialGroups;

/**
 * Why a conference is held and to whom its results go, on plain values: a conference opened on the residents'
 * petition records it and needs the ward's number of signatures ({@code ward.dialogue.petition-signatures}, 10% of
 * the voters under the Law on Organisation of Local Government 2025, Art. 43); the results always go to every
 * residential group's head and, where the office decided so, to a named media outlet.
 */
@Component
class DialoguePetitions {

    static final int SUMMARY_LENGTH = 2000;
    static final int OUTLET_LENGTH = 300;

    /** A residents' petition as recorded at the start. */
    record Petition(LocalDate date, String summary, int signatures) {
    }

    private final int signaturesNeeded;
    private final List<String> residentialGroups;

    DialoguePetitions(DialogueProperties properties, ResidentialGroups residentialGroups) {
        this.signaturesNeeded = properties.petitionSignatures();
        this.residentialGroups = residentialGroups.names();
    }

    int signaturesNeeded() {
        return signaturesNeeded;
    }

    /**
     * The petition of a conference opened on one ({@code origin} {@code petition}); empty for a conference the office
     * or a plan task opens. Refuses a petition that is incomplete or has fewer signatures than the ward's setting.
     */
    Optional<Petition> petition(Object origin, Object date, Object summary, Object signatures,
            LocalDate today) {
        // absent when a plan task opens the conference; anything but the form's two choices is a mistake to name
        if (origin != null && !"office".equals(origin) && !"petition".equals(origin)) {
            throw new DialogueException("Biến 'dialogueOrigin' phải là 'office' (phường tự mở) hoặc 'petition' (theo "
                    + "kiến nghị của cử tri), không phải '%s'".formatted(origin));
        }
        if (!"petition".equals(origin)) {
            return Optional.empty();
        }
        if (date == null || date instanceof String text && text.isBlank()) {
            throw new DialogueException("Thiếu ngày nhận kiến nghị của cử tri (petitionDate)");
        }
        LocalDate day;
        try {
            day = ProcessDeadlines.toLocalDate(date);
        } catch (IllegalArgumentException notADate) {
            throw new DialogueException("Ngày nhận kiến nghị (petitionDate) '%s' không phải ngày hợp lệ".formatted(date));
        }
        if (day.isAfter(today)) {
            throw new DialogueException("Ngày nhận kiến nghị (petitionDate) không được sau hôm nay");
        }
        String text = summary == null ? "" : summary.toString().strip();
        if (text.isEmpty()) {
            throw new DialogueException("Thiếu tóm tắt nội dung kiến nghị (petitionSummary)");
        }
        if (text.length() > SUMMARY_LENGTH) {
            throw new DialogueException("Tóm tắt nội dung kiến nghị (petitionSummary) dài quá " + SUMMARY_LENGTH
                    + " ký tự");
        }
        int count = count(signatures);
        if (count < signaturesNeeded) {
            throw new DialogueException(("Số chữ ký (petitionSignatures) %d chưa đủ để mở hội nghị đối thoại theo kiến "
                    + "nghị: cần ít nhất %d chữ ký (10%% cử tri của phường, Luật Tổ chức chính quyền địa phương 2025, "
                    + "Điều 43)").formatted(count, signaturesNeeded));
        }
        return Optional.of(new Petition(day, text, count));
    }

    /**
     * To whom the results were sent: every residential group's head always (the law asks it), the media outlet when
     * the office sent them to the media too.
     */
    ArrayList<String> recipients(Object groupHeads, Object media, Object outlet) {
        if (Boolean.FALSE.equals(groupHeads) || "false".equals(groupHeads)) {
            throw new DialogueException("Kết quả hội nghị phải được gửi tổ trưởng các tổ dân phố "
                    + "(resultsSentToGroupHeads)");
        }
        ArrayList<String> recipients = new ArrayList<>();
        residentialGroups.forEach(group -> recipients.add("Tổ trưởng " + group));
        if (Boolean.TRUE.equals(media) || "true".equals(media)) {
            String name = outlet == null ? "" : outlet.toString().strip();
            if (name.isEmpty()) {
                throw new DialogueException("Thiếu tên cơ quan báo chí, truyền thông nhận kết quả (mediaOutlet)");
            }
            if (name.length() > OUTLET_LENGTH) {
                throw new DialogueException("Tên cơ quan báo chí, truyền thông (mediaOutlet) dài quá " + OUTLET_LENGTH
                        + " ký tự");
            }
            recipients.add(name);
        }
        return recipients;
    }

    private static int count(Object signatures) {
        if (signatures instanceof Number number && number.doubleValue() == Math.floor(number.doubleValue())) {
            return number.intValue();
        }
        if (signatures instanceof String text && text.strip().matches("\\d{1,9}")) {
            return Integer.parseInt(text.strip());
        }
        throw new DialogueException(signatures == null || signatures.toString().isBlank()
                ? "Thiếu số chữ ký của cử tri (petitionSignatures)"
                : "Số chữ ký (petitionSignatures) '%s' không phải số nguyên".formatted(signatures));
    }
}
