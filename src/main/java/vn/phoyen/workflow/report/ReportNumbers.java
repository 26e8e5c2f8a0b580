package vn.phoyen.workflow.report;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.cases.YearlyNumbers;
import vn.phoyen.workflow.document.DocumentRegister;

/**
 * Suggests the number of a report the ward issues. The number itself is the ward's document register's (sổ đăng ký
 * văn bản đi), per calendar year (Decree 30/2020, Appendix III) and shared with the documents the ward makes outside
 * this system, so the office's clerk (văn thư) gives it at issue; the system's counter only suggests one, taken when
 * the clerk's step opens and never one this system has already issued in the year.
 */
@Component
class ReportNumbers {

    static final String SERIES = "BC-UBND";

    private final YearlyNumbers numbers;
    private final DocumentRegister register;
    private final ReportStore store;

    ReportNumbers(YearlyNumbers numbers, DocumentRegister register, ReportStore store) {
        this.numbers = numbers;
        this.register = register;
        this.store = store;
    }

    int next(int year) {
        return numbers.next(SERIES, year);
    }

    /** The counter's next number, or past it where a clerk gave a report a later number than the counter's. */
    int suggestion(int year) {
        return register.suggestion(SERIES, year, store.lastNumber(year));
    }

    /** "Số: 05/BC-UBND": numbers below 10 take a leading zero. */
    static String symbol(int number) {
        return DocumentRegister.symbol(number, SERIES);
    }
}
