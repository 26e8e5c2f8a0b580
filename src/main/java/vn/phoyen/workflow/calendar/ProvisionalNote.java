package vn.phoyen.workflow.calendar;

/**
 * The note in front of a task's description (Tasklist shows it) when its due date lies in a year whose official
 * holidays are not published: the date was counted on the Labour Code's days and may still move.
 */
public final class ProvisionalNote {

    private static final String START = "Hạn xử lý " + WorkingCalendar.PROVISIONAL;

    private static final String PARAGRAPH = "\n\n";

    private ProvisionalNote() {
    }

    public static String text(int year) {
        return START + " (lịch nghỉ lễ năm %d chưa được công bố; hạn sẽ được tính lại khi có lịch chính thức).".formatted(year);
    }

    /** The description with the year's note in front of the task's own description (from its model), if any. */
    public static String on(int year, String description) {
        String own = off(description);
        return text(year) + (own == null ? "" : PARAGRAPH + own);
    }

    /** The task's own description, without the note; null when the note was all of it. */
    public static String off(String description) {
        if (description == null || !description.startsWith(START)) {
            return description;
        }
        int own = description.indexOf(PARAGRAPH);
        return own < 0 ? null : description.substring(own + PARAGRAPH.length());
    }
}
