package vn.phoyen.workflow.reception;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.cases.CaseKind;
import vn.phoyen.workflow.cases.CaseOpening;
import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;

/**
 * Opens a {@code citizen-reception} record (tiếp công dân; Law 42/2013/QH13 Art. 25: the visitor is identified):
 * {@code receptionDate}, {@code visitorName}, {@code visitorAddress}, optional {@code visitorIdNumber} (CMND 9 or
 * CCCD 12 digits), optional {@code groupSize} for a group visit, optional {@code receivedBy} (user id of the receiver),
 * and the reception record ({@link ReceptionRecord}): optional {@code receptionKind} ({@code periodic}, {@code ad-hoc},
 * {@code regular}, the default), {@code receiverName}, {@code receiverRole} ({@code chairman}, {@code vice-chairman},
 * {@code officer}) and {@code channel} ({@code in-person}, the default, or {@code online}); a periodic reception by a
 * Vice-Chairman on or after 1 July 2026 is refused (Law 136/2025/QH15).
 */
@Component
class ReceptionOpening implements CaseOpening {

    static final int MAX_GROUP_SIZE = 1000;

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{9}|\\d{12}");

    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9._-]+");

    @Override
    public String processKey() {
        return "citizen-reception";
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CITIZEN_RECEPTION;
    }

    @Override
    public Map<String, Object> open(StartVariables variables, LocalDate today) {
        LocalDate receptionDate = variables.date("receptionDate", today);
        variables.text("visitorName", 200);
        variables.text("visitorAddress", 300);
        String idNumber = variables.optionalText("visitorIdNumber", 12);
        if (!idNumber.isEmpty() && !ID_NUMBER.matcher(idNumber).matches()) {
            throw new CaseStartException(
                    "Biến 'visitorIdNumber' phải là số CMND 9 chữ số hoặc số CCCD 12 chữ số, không phải '" + idNumber + "'");
        }
        String receivedBy = variables.optionalText("receivedBy", 64);
        if (!receivedBy.isEmpty() && !USER_ID.matcher(receivedBy).matches()) {
            throw new CaseStartException("Biến 'receivedBy' phải là tên đăng nhập của người tiếp, không phải '"
                    + receivedBy + "'");
        }
        ReceptionRecord record;
        try {
            Map<String, Object> given = new HashMap<>();
            for (String name : new String[] {"receptionKind", "receiverRole", "channel"}) {
                given.put(name, variables.optionalText(name, 20));
            }
            given.put("receiverName", variables.optionalText("receiverName", 200));
            record = ReceptionRecord.from(given::get, receptionDate);
        } catch (ReceptionException refused) {
            throw new CaseStartException(refused.getMessage());
        }
        Map<String, Object> derived = new HashMap<>();
        derived.put("receptionKind", record.kind().code());
        derived.put("receiverName", record.receiverName());
        derived.put("receiverRole", record.receiverRole() == null ? "" : record.receiverRole().code());
        derived.put("channel", record.channel().code());
        derived.put("groupSize", groupSize(variables.optionalText("groupSize", 10)));
        // "" when absent, so the models can tell "no receiver named" from a missing variable
        derived.put("receivedBy", receivedBy);
        return derived;
    }

    /** 1 for a single visitor; a group visit states how many came, as text like every start variable. */
    static int groupSize(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        if (!text.matches("\\d{1,6}")) {
            throw new CaseStartException("Biến 'groupSize' phải là số người (số nguyên), không phải '" + text + "'");
        }
        int size = Integer.parseInt(text);
        if (size < 1 || size > MAX_GROUP_SIZE) {
            throw new CaseStartException("Biến 'groupSize' phải từ 1 đến " + MAX_GROUP_SIZE + " người, không phải " + size);
        }
        return size;
    }
}
