package vn.phoyen.workflow.feedback;

import java.time.Instant;
import java.time.LocalDate;

import vn.phoyen.workflow.calendar.WorkingCalendar;

/** The e-mail that brings a sender the published answer (plain text: nothing the resident wrote is interpreted). */
final class AnswerMail {

    private AnswerMail() {
    }

    /**
     * @param sender         the case whose sender is written to
     * @param answered       the case the answer was given in: the sender's own, or the one it was merged into
     * @param ratingClosesAt the last moment to rate; null when the sender cannot rate (merged case, re-answer)
     */
    static String body(FeedbackRecords.Row sender, FeedbackRecords.Row answered, String answer, Instant ratingClosesAt) {
        StringBuilder body = new StringBuilder()
                .append("Kính gửi ông/bà ").append(sender.senderName()).append(",\n\n")
                .append("Ủy ban nhân dân phường Phổ Yên trả lời phản ánh, kiến nghị của ông/bà (hồ sơ ")
                .append(sender.caseNumber()).append(", mã theo dõi ")
                .append(TrackingCodes.display(sender.trackingCode())).append(").\n");
        if (!sender.caseNumber().equals(answered.caseNumber())) {
            body.append("Phản ánh của ông/bà có cùng nội dung với hồ sơ ").append(answered.caseNumber())
                    .append(" nên được trả lời chung.\n");
        }
        body.append("\nNội dung trả lời:\n").append(answer).append("\n\n");
        if (ratingClosesAt != null) {
            body.append("Ông/bà có thể đánh giá mức độ hài lòng với câu trả lời (từ 1 đến 5) bằng mã theo dõi trên ")
                    .append("trang phản ánh, kiến nghị của phường đến hết ngày ")
                    .append(LocalDate.ofInstant(ratingClosesAt, WorkingCalendar.ZONE).format(WorkingCalendar.DAY)).append(".\n\n");
        }
        return body.append("Trân trọng,\nỦy ban nhân dân phường Phổ Yên").toString();
    }
}
