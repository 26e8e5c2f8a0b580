package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.phoyen.workflow.dashboard.WardFigures.CaseRef;
import vn.phoyen.workflow.dashboard.WardFigures.DialogueFigures;

/**
 * Conferences held in the period (conference day in it, both ends included, and not after today) and the
 * commitments made at them, as they stood at the end of {@code to}: done once their process completed, overdue when
 * not done and their deadline is before {@code to}.
 */
final class DialogueCounting {

    static final String DIALOGUE = "dialogue";
    static final String COMMITMENT = "dialogue-commitment";

    private DialogueCounting() {
    }

    static DialogueFigures between(List<DialogueFacts> dialogues, LocalDate from, LocalDate to, LocalDate today) {
        List<CaseRef> conferences = new ArrayList<>();
        List<CaseRef> commitments = new ArrayList<>();
        int done = 0;
        int overdue = 0;
        for (DialogueFacts dialogue : dialogues) {
            LocalDate day = dialogue.conferenceDate();
            if (day == null || day.isBefore(from) || day.isAfter(to) || day.isAfter(today)) {
                continue;
            }
            conferences.add(new CaseRef(DIALOGUE, dialogue.caseNumber(), dialogue.processInstanceId(), "held"));
            for (DialogueFacts.Commitment commitment : dialogue.commitments()) {
                String status = commitmentStatus(commitment, to);
                done += status.equals("done") ? 1 : 0;
                overdue += status.equals("overdue") ? 1 : 0;
                commitments.add(new CaseRef(COMMITMENT, commitment.caseNumber(), commitment.processInstanceId(),
                        status));
            }
        }
        return new DialogueFigures(conferences.size(), commitments.size(), done, overdue, conferences, commitments);
    }

    static String commitmentStatus(DialogueFacts.Commitment commitment, LocalDate to) {
        if (commitment.doneOn() != null && !commitment.doneOn().isAfter(to)) {
            return "done";
        }
        return commitment.deadline() != null && commitment.deadline().isBefore(to) ? "overdue" : "open";
    }
}
