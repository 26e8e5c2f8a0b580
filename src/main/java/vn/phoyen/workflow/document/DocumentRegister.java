package vn.phoyen.workflow.document;

import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.cases.YearlyNumbers;

/**
 * The ward's register of outgoing documents (sổ đăng ký văn bản đi), one series per kind of document ("BC-UBND",
 * "KH-UBND"), numbered per calendar year (Decree 30/2020, Appendix III) and shared with the documents the ward makes
 * outside this system. So the clerk (văn thư) gives the number at issue; the system's counter only suggests one,
 * never one this system has already issued in the year.
 */
@Component
public class DocumentRegister {

    /** The form field in which the clerk gives the number. */
    public static final String REGISTER_NUMBER = "registerNumber";
    /** A ward's register does not reach five digits in a year: more is a typing slip. */
    public static final int MAX_NUMBER = 9999;

    private final YearlyNumbers numbers;

    DocumentRegister(YearlyNumbers numbers) {
        this.numbers = numbers;
    }

    /** The counter's next number, or past it where a clerk gave a later number than the counter's. */
    public int suggestion(String series, int year, int lastIssued) {
        return Math.max(numbers.next(series, year), lastIssued + 1);
    }

    /** "05/BC-UBND": numbers below 10 take a leading zero. */
    public static String symbol(int number, String series) {
        return "%02d/%s".formatted(number, series);
    }

    /** The register number as a form gives it (a number, or digits typed as text), if it is one. */
    public static OptionalInt number(Object value) {
        long number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = ((Number) value).longValue();
        } else if (value instanceof Double decimal && decimal == Math.rint(decimal)) {
            number = decimal.longValue();
        } else if (value instanceof String text && text.strip().matches("\\d{1,4}")) {
            number = Long.parseLong(text.strip());
        } else {
            return OptionalInt.empty();
        }
        return number >= 1 && number <= MAX_NUMBER ? OptionalInt.of((int) number) : OptionalInt.empty();
    }

    /** The refusal's text when the clerk's number is missing or not one. */
    public static String numberNeeded(String series) {
        return "Cần nhập số trong sổ đăng ký văn bản đi ('" + REGISTER_NUMBER + "': số nguyên từ 1 đến " + MAX_NUMBER
                + ", …/" + series + ")";
    }
}
