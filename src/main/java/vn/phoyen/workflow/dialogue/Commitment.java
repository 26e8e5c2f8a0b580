package vn.phoyen.workflow.dialogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A commitment made at a dialogue conference: a unit will do something by a day. Each is tracked as a task of that
 * unit (process {@code dialogue-commitment}).
 */
record Commitment(String unit, String content, LocalDate deadline) {

    /** The commitment as a row of the process variable {@code commitments} (deadline as yyyy-MM-dd, as forms send it). */
    Map<String, Object> toRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", unit);
        row.put("content", content);
        row.put("deadline", deadline.toString());
        return row;
    }
}
