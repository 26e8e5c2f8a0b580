package vn.phoyen.workflow.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.notification.Notifier;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;

/**
 * What happens to a feedback case at each step of the {@code feedback} model, in the read model and towards the
 * sender: registration with the duplicate check, assignment, merging, publication (e-mail, or a phone call to
 * make), the rating, the review after a low rating and the closing. Plain values in and out: one small delegate per
 * step of the model ({@code feedbackRegistration}, {@code feedbackPublication}, …) reads the case's variables, calls
 * one method and writes back what the model needs next (ADR 0002).
 */
@Component
class FeedbackFlow {

    /** A case as it opens. */
    record NewCase(String processInstanceId, String caseNumber, String trackingCode, String category, String title,
            String content, String senderName, String senderContact, String leadUnit, LocalDate receivedDate,
            LocalDate dueDate) {
    }

    /** A sender to call because no e-mail address was given. */
    record PhoneCall(String caseNumber, String senderName, String senderContact) {

        Map<String, Object> asRecord() {
            return Map.of("caseNumber", caseNumber, "senderName", senderName, "senderContact", senderContact);
        }
    }

    /** The outcome of a publication: whom to call, and until when the sender may rate (null if rated already). */
    record Publication(List<PhoneCall> phoneCalls, Instant ratingClosesAt) {
    }

    /** Working days the sender has to add to web feedback when the receiving office asks for more. */
    static final int ADDITION_DAYS = 5;

    private final FeedbackRecords records;
    private final OpenCases openCases;
    private final Notifier notifier;
    private final ProcessDeadlines calendar;
    private final Organization organization;

    FeedbackFlow(FeedbackRecords records, OpenCases openCases, Notifier notifier, ProcessDeadlines calendar,
            Organization organization) {
        this.records = records;
        this.openCases = openCases;
        this.notifier = notifier;
        this.calendar = calendar;
        this.organization = organization;
    }

    /** Records the new case; returns the open case of the same category it most likely repeats, if any. */
    Optional<FeedbackRecords.OpenCase> register(NewCase newCase) {
        String fingerprint = SimilarText.fingerprint(newCase.title(), newCase.content());
        Optional<FeedbackRecords.OpenCase> duplicate = openCases.closestTo(SimilarText.of(fingerprint),
                newCase.category());
        records.insert(new FeedbackRecords.Row(newCase.trackingCode(), newCase.caseNumber(),
                newCase.processInstanceId(), newCase.category(), newCase.title(), fingerprint, newCase.senderName(),
                newCase.senderContact(), newCase.leadUnit(), newCase.receivedDate(), newCase.dueDate(),
                FeedbackStatus.RECEIVED, null, null, null, null, null, null, null));
        return duplicate;
    }

    void inProgress(String processInstanceId) {
        records.status(processInstanceId, FeedbackStatus.IN_PROGRESS);
    }

    void merge(String processInstanceId, String originalCaseNumber) {
        records.merge(processInstanceId, originalCaseNumber);
    }

    /**
     * Publishes the approved answer: the read model shows it from now on (also under the tracking codes of the cases
     * merged into this one); senders who gave an e-mail address get it by e-mail, the others are to be called.
     */
    Publication publish(String processInstanceId, String answer, String senderReply, Instant now) {
        FeedbackRecords.Row own = records.byProcessInstance(processInstanceId).orElseThrow(
                () -> new IllegalStateException("hồ sơ phản ánh " + processInstanceId + " không có trong bảng ward_feedback"));
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
        Instant ratingClosesAt = own.ratedAt() == null
                ? calendar.deadline("feedback-rating-window", today).toInstant() : null;
        records.publish(processInstanceId, answer, now, ratingClosesAt);
        List<PhoneCall> phoneCalls = new ArrayList<>();
        // the sender of this case gets the reply written for them (it may name them); senders of merged cases get
        // the public answer, since the reply to another person is not theirs to read
        tell(own, own, senderReply == null || senderReply.isBlank() ? answer : senderReply, ratingClosesAt,
                phoneCalls);
        for (FeedbackRecords.Row merged : records.mergedInto(own.caseNumber())) {
            tell(merged, own, answer, null, phoneCalls);
        }
        return new Publication(phoneCalls, ratingClosesAt);
    }

    void rated(String processInstanceId, int score, String comment, Instant at) {
        records.rate(processInstanceId, score, comment, at);
    }

    void underReview(String processInstanceId) {
        records.status(processInstanceId, FeedbackStatus.UNDER_REVIEW);
    }

    /** The supervising office sends the answer back: the lead unit has the service standard again from today. */
    LocalDate reopen(String processInstanceId, LocalDate today) {
        LocalDate due = LocalDate.ofInstant(calendar.deadline("feedback-answer", today).toInstant(),
                WorkingCalendar.ZONE);
        records.dueDate(processInstanceId, due);
        records.status(processInstanceId, FeedbackStatus.IN_PROGRESS);
        return due;
    }

    void close(String processInstanceId) {
        records.close(processInstanceId);
    }

    /**
     * Triage of web feedback: the sender is asked to add to it; the notice with its time limit (the end of the day
     * {@value #ADDITION_DAYS} working days from now) goes to the residents' page and the case waits until then.
     */
    Date askForMore(String processInstanceId, String notice) {
        Date until = calendar.workingDaysFromNow(ADDITION_DAYS);
        records.notice(processInstanceId, FeedbackStatus.NEEDS_INFORMATION, notice + " (Hạn bổ sung: hết ngày "
                + ProcessDeadlines.toLocalDate(until).format(WorkingCalendar.DAY) + ".)");
        return until;
    }

    /**
     * The sender's addition arrived: the case is back with the receiving office, the notice is done with. Returns
     * the content with the addition and its day, for the next triage.
     */
    String added(String processInstanceId, String content, String addition, LocalDate today) {
        records.notice(processInstanceId, FeedbackStatus.RECEIVED, null);
        return content + "\n\n[Người gửi bổ sung ngày " + today.format(WorkingCalendar.DAY) + "] " + addition;
    }

    /** No addition in time: the case ends, and the sender reads why. */
    void noAddition(String processInstanceId) {
        records.notice(processInstanceId, FeedbackStatus.CLOSED, "Hồ sơ kết thúc vì phường không nhận được nội dung "
                + "bổ sung trong thời hạn. Nếu vẫn cần, bạn có thể gửi phản ánh mới với đầy đủ thông tin.");
    }

    /** The unit's name as the contributing unit's form shows it; the id if there is no such unit. */
    String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }

    /** Triage of web feedback: refused as spam or outside the ward's scope, with the notice the sender reads. */
    void reject(String processInstanceId, String notice) {
        records.notice(processInstanceId, FeedbackStatus.REJECTED, notice);
    }

    /**
     * Outside the ward's competence: the case goes to the competent body; the sender reads the office's notice and
     * the body's name on the residents' page.
     */
    void transfer(String processInstanceId, String competentBody, String notice) {
        records.notice(processInstanceId, FeedbackStatus.TRANSFERRED,
                notice.strip() + " (Cơ quan có thẩm quyền: " + competentBody.strip() + ".)");
    }

    /** The published answer of a case, as the office uploads it to the national portal; empty if not published. */
    Optional<PortalAnswer> portalAnswer(String caseNumber) {
        return records.byCaseNumber(caseNumber).filter(row -> row.publishedAt() != null)
                .map(row -> new PortalAnswer(row.caseNumber(), row.title(), row.receivedDate(),
                        organization.unit(row.leadUnit()).map(Unit::name).orElse(row.leadUnit()), row.answer(),
                        LocalDate.ofInstant(row.publishedAt(), WorkingCalendar.ZONE)));
    }

    /** What the office uploads to the national portal for a case: no sender's name or contact, as published. */
    record PortalAnswer(String caseNumber, String title, LocalDate receivedDate, String answeringUnit, String answer,
            LocalDate answeredOn) {
    }

    private void tell(FeedbackRecords.Row sender, FeedbackRecords.Row answered, String answer, Instant ratingClosesAt,
            List<PhoneCall> phoneCalls) {
        if (!Contact.isEmail(sender.senderContact())) {
            phoneCalls.add(new PhoneCall(sender.caseNumber(), sender.senderName(), sender.senderContact()));
            return;
        }
        notifier.notifyAddress(sender.senderContact().strip(),
                "UBND phường Phổ Yên trả lời phản ánh, kiến nghị " + sender.caseNumber(),
                AnswerMail.body(sender, answered, answer, ratingClosesAt));
    }
}
