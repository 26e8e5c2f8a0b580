package vn.phoyen.workflow.audit;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;

/**
 * Who may read who did what on a case: administrators; the supervising office for the cases it follows (the engine
 * lets it read their history: the monitored processes, and its own work). A denunciation is confidential (Law
 * 25/2018 Art. 9): the supervising office does not follow it, so only those handling it — whom the engine lets read
 * its history because they were handed a task of it — and administrators.
 */
public final class AuditAccess {

    static final String CONFIDENTIAL_PROCESS = "denunciation";

    private AuditAccess() {
    }

    /** @param readsHistory whether the engine lets the caller read the case's history */
    public static boolean mayRead(CurrentStaff caller, Organization organization, String processKey,
            boolean readsHistory) {
        if (caller.isAdministrator()) {
            return true;
        }
        if (!readsHistory) {
            return false;
        }
        return confidential(processKey) || caller.groupIds().contains(organization.supervisingOffice().id());
    }

    public static boolean confidential(String processKey) {
        return CONFIDENTIAL_PROCESS.equals(processKey);
    }
}
