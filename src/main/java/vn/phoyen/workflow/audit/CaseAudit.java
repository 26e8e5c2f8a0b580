package vn.phoyen.workflow.audit;

import java.util.List;

/** Who did what on a case, for the staff member asking (the use case behind {@code GET /api/cases/{id}/audit}). */
public interface CaseAudit {

    /** The case's record of actions if the logged-in staff member may read it ({@link AuditAccess}). */
    Answer forCaller(String processInstanceId);

    sealed interface Answer {
    }

    record Unknown() implements Answer {
    }

    /** @param confidential a denunciation: refused for another reason than an ordinary case */
    record Refused(boolean confidential) implements Answer {
    }

    /** @param entries oldest first, every action of the case and of the processes it called */
    record Record(String processInstanceId, String caseNumber, String process, List<Entry> entries) implements Answer {
    }

    /**
     * One action by one person.
     *
     * @param time      dd/MM/yyyy HH:mm in the ward's time zone
     * @param userName  "Họ và tên đệm" + "Tên", or the id of a user no longer known
     * @param action    in Vietnamese ("Hoàn thành công việc")
     * @param step      the task's name, or the process's for an action on the whole case
     * @param details   what changed, in Vietnamese ("Giao cho: Lý Văn Sơn (vp.officer)")
     * @param variables the names of the case's data the action set (values stay in Cockpit's history)
     */
    record Entry(String time, String userId, String userName, String action, String step, List<String> details,
            List<String> variables) {
    }
}
