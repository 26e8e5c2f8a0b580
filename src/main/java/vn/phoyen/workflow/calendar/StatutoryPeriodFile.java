package vn.phoyen.workflow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/**
 * Loads the dated table of statutory periods (columns {@code code,effective_from,days,count,citation})
 * from the classpath, checking it line by line.
 */
final class StatutoryPeriodFile {

    static final String LOCATION = "calendar/statutory-periods.csv";

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern DAYS = Pattern.compile("[1-9][0-9]{0,3}");

    private StatutoryPeriodFile() {
    }

    static List<StatutoryPeriod> read(String location) {
        Resource resource = new ClassPathResource(location);
        if (!resource.exists()) {
            throw new DataFileException(location + ": không tìm thấy tệp trên classpath");
        }
        Map<String, Integer> lineByKey = new HashMap<>();
        List<StatutoryPeriod> periods = new ArrayList<>();
        for (DataRow row : CalendarDataFiles.rows(resource, location, List.of("code", "effective_from", "days", "count", "citation"))) {
            StatutoryPeriod period = toPeriod(row);
            CalendarDataFiles.requireFirst(lineByKey, period.code() + "@" + period.effectiveFrom(), row,
                    "thời hạn %s có hiệu lực từ %s".formatted(period.code(), period.effectiveFrom()));
            periods.add(period);
        }
        return periods;
    }

    private static StatutoryPeriod toPeriod(DataRow row) {
        String code = row.required("code");
        if (!CODE.matcher(code).matches()) {
            throw row.error(("mã thời hạn '%s' không hợp lệ (chỉ gồm chữ thường không dấu và chữ số, "
                    + "các từ nối bằng '-', ví dụ feedback-answer)").formatted(code));
        }
        LocalDate effectiveFrom = row.date("effective_from");
        int days = days(row, row.required("days"));
        String countCode = row.required("count");
        DayCount count = DayCount.fromCode(countCode).orElseThrow(() -> row.error(
                "cách đếm ngày '%s' không hợp lệ (chọn một trong: %s)".formatted(countCode, DayCount.allCodes())));
        return new StatutoryPeriod(code, effectiveFrom, days, count, row.required("citation"));
    }

    private static int days(DataRow row, String text) {
        if (!DAYS.matcher(text).matches()) {
            throw row.error("số ngày '%s' không hợp lệ (cần một số nguyên từ 1 đến 9999)".formatted(text));
        }
        return Integer.parseInt(text);
    }
}
