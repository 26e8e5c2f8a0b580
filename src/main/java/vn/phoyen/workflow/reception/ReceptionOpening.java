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
import vn.phoyen.workflow.identity.CitizenId;

/**
 * Opens a {@code citizen-reception} record (tiếp công dân; Law 42/2013/QH13 Art. 25: the visitor is identified):
 * {@code receptionDate}, {@code visitorName}, {@code visitorAddress}, optional {@code visitorIdNumber} (the 12-digit
 * citizen ID, {@link CitizenId}; a 9-digit CMND for a reception until 31/12/2024), optional {@code groupSize} for a group visit, optional {@code receivedBy} (user id of the receiver),
 * and the reception record ({@link ReceptionRecord}): optional {@code receptionKind} ({@code periodic}, {@code ad-hoc},
 * {@code regular}, the default), {@code receiverName}, {@code receiverRole} ({@code chairman}, {@code vice-chairman},
 * {@code officer}) and {@code channel} ({@code in-person}, the default, or {@code online}); a periodic reception by a
 * Vice-Chairman on or after 1 July 2026 is refused (Law 136/2025/QH15).
 */
@Component
class ReceptionOpening implements CaseOpening {

    static final int MAX_GROUP_SIZE = 1000;

    /** The 9-digit identity card (CMND), valid until 31/12/2024 (Luật Căn cước 2023, Art. 46(1)): older receptions. */
    private static final Pattern CMND = Pattern.compile("\\d{9}");
    private static final LocalDate LAST_CMND_DAY = LocalDate.of(2024, 12, 31);

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
        if (!idNumber.isEmpty() && !(receptionDate.isBefore(LAST_CMND_DAY.plusDays(1))
                && CMND.matcher(idNumber).matches())) {
            CitizenId.problem(idNumber, today).ifPresent(problem -> {
                throw new CaseStartException("Biến 'visitorIdNumber' (số định danh cá nhân/CCCD): " + problem
                        + (CMND.matcher(idNumber).matches() ? "; chứng minh nhân dân 9 số chỉ dùng đến 31/12/2024" : ""));
            });
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
