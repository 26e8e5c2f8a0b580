package vn.phoyen.workflow.cases;

import org.springframework.stereotype.Component;

/** Gives each case its number, per kind and year: {@code KN-2026-0001} for the first complaint of 2026. */
@Component
public class CaseNumbers {

    private final YearlyNumbers numbers;

    CaseNumbers(YearlyNumbers numbers) {
        this.numbers = numbers;
    }

    public String next(CaseKind kind, int year) {
        return "%s-%d-%04d".formatted(kind.prefix(), year, numbers.next(kind.prefix(), year));
    }
}
