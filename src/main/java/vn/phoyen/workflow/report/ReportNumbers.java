package vn.phoyen.workflow.report;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.cases.YearlyNumbers;

/**
 * Numbers the reports the ward issues, from 1 in each calendar year (Decree 30/2020, Appendix III), taken in the
 * transaction that issues the report: a number is used only if the report is issued.
 */
@Component
class ReportNumbers {

    private static final String SERIES = "BC-UBND";

    private final YearlyNumbers numbers;

    ReportNumbers(YearlyNumbers numbers) {
        this.numbers = numbers;
    }

    int next(int year) {
        return numbers.next(SERIES, year);
    }

    /** "Số: 05/BC-UBND": numbers below 10 take a leading zero. */
    static String symbol(int number) {
        return "%02d/%s".formatted(number, SERIES);
    }
}
