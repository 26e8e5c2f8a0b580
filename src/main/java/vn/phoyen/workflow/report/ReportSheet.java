package vn.phoyen.workflow.report;

import java.time.LocalDate;
import java.util.List;

import vn.phoyen.workflow.document.Signature;

/**
 * Everything one Word document of a report shows besides its content: who issues it and where, its number and date
 * (none while it is a draft), who signs and who receives it.
 *
 * @param issuingBody the issuing body as the ward's data names it, e.g. "UBND phường Phổ Yên"
 * @param place       the place name of the date line, e.g. "Phổ Yên"
 * @param number      the number and symbol, e.g. "05/BC-UBND"; null for a draft
 * @param date        the date of issue; for a draft the day it was printed, of which only the year shows
 * @param recipients  the recipients before the archive line
 * @param archive     who keeps the copies: "VT, VHXH"
 */
record ReportSheet(String issuingBody, String place, String number, LocalDate date, ReportContent content,
        Narrative narrative, Signature signature, List<String> recipients, String archive) {

    boolean draft() {
        return number == null;
    }

}
