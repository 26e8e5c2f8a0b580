package vn.phoyen.workflow.dialogue;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.phoyen.workflow.process.FormLists;

/**
 * An issue residents raise for a dialogue conference, from gathering to the answer given at the conference.
 *
 * @param number           its number in the conference's list, as forms show it (from 1)
 * @param residentialGroup the residential group (tổ dân phố) that raised it, or who raised it at the conference
 * @param unit             the group id of the unit that prepares the answer; empty until assigned
 * @param preparedAnswer   what that unit prepared; empty until then
 * @param answer           the answer given at the conference, as the minutes record it; empty until then
 */
record Issue(int number, String residentialGroup, String content, String unit, String preparedAnswer, String answer) {

    static Issue of(int number, Map<String, Object> row) {
        return new Issue(number, FormLists.text(row, "residentialGroup"), FormLists.text(row, "content"),
                FormLists.text(row, "unit"), FormLists.text(row, "preparedAnswer"),
                FormLists.text(row, "answer"));
    }

    Issue numbered(int newNumber) {
        return new Issue(newNumber, residentialGroup, content, unit, preparedAnswer, answer);
    }

    Issue withPreparedAnswer(String prepared) {
        return new Issue(number, residentialGroup, content, unit, prepared, answer);
    }

    /** The issue as a row of the process variable the forms show (field names = form keys). */
    Map<String, Object> toRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", number);
        row.put("residentialGroup", residentialGroup);
        row.put("content", content);
        row.put("unit", unit);
        row.put("preparedAnswer", preparedAnswer);
        row.put("answer", answer);
        return row;
    }
}
