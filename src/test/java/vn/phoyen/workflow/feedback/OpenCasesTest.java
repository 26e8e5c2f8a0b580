package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.phoyen.workflow.MutableClock;
import vn.phoyen.workflow.WardTablesInMemory;

/**
 * The duplicate check's copy of the open cases, on the read model's own tables (H2, migrated as the application
 * migrates them), and its choice among them, which the database returns in no order.
 */
class OpenCasesTest {

    private static final SimilarText NEW_TEXT = SimilarText.of("a b c d e f g h i j");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final String POTHOLE = "Ổ gà trước chợ Ba Hàng";
    private static final String POTHOLE_AGAIN = "Ổ gà lớn trước chợ Ba Hàng";

    private final JdbcTemplate jdbc = WardTablesInMemory.create();
    private final FeedbackRecords records = new FeedbackRecords(jdbc);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));
    private final OpenCases openCases = new OpenCases(records, clock);

    @Test
    void aCaseRegisteredAfterTheCopyWasReadIsFoundOnTheNextStart() {
        register("PA-2026-0001", "ha-tang", "Đèn đường ngõ 5 hỏng");
        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).isEmpty();

        register("PA-2026-0002", "ha-tang", POTHOLE);

        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).map(FeedbackRecords.OpenCase::caseNumber)
                .contains("PA-2026-0002");
        // only in its own category
        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "moi-truong")).isEmpty();
    }

    @Test
    void aCaseAnsweredOrDeletedSinceIsPassedOverForTheNextClosest() {
        String answered = register("PA-2026-0001", "ha-tang", POTHOLE_AGAIN);
        register("PA-2026-0002", "ha-tang", POTHOLE + " đã lâu");
        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).map(FeedbackRecords.OpenCase::caseNumber)
                .contains("PA-2026-0001");

        records.publish(answered, "Đã vá.", Instant.parse("2026-12-07T03:00:00Z"), null);

        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).map(FeedbackRecords.OpenCase::caseNumber)
                .contains("PA-2026-0002");
        jdbc.update("DELETE FROM ward_feedback WHERE case_number = 'PA-2026-0002'");
        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).isEmpty();
    }

    @Test
    void aCaseBackAmongTheOpenOnesIsComparedAgainFromTheNextWholeRead() {
        String asked = register("PA-2026-0001", "ha-tang", POTHOLE);
        records.notice(asked, FeedbackStatus.NEEDS_INFORMATION, "Đề nghị bổ sung địa chỉ cụ thể.");
        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).isEmpty();

        records.notice(asked, FeedbackStatus.RECEIVED, null);

        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).isEmpty();
        clock.advance(OpenCases.READ_WHOLE_EVERY);
        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).map(FeedbackRecords.OpenCase::caseNumber)
                .contains("PA-2026-0001");
    }

    @Test
    void aCaseCommittedBehindTheLastOneSeenIsFoundWhenTheCopyIsReadWhole() throws SQLException {
        // New Year's midnight: the old year's last case is registered, then the new year's first, under the other
        // year's counter, which commits first and is seen; the old year's commits behind it
        try (Connection oldYear = jdbc.getDataSource().getConnection()) {
            oldYear.setAutoCommit(false);
            new FeedbackRecords(new JdbcTemplate(new SingleConnectionDataSource(oldYear, true)))
                    .insert(row("PA-2025-9999", "ha-tang", POTHOLE));
            register("PA-2026-0001", "ha-tang", "Đèn đường ngõ 5 hỏng");
            assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).isEmpty();
            oldYear.commit();
        }

        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).isEmpty();
        clock.advance(OpenCases.READ_WHOLE_EVERY.minus(Duration.ofSeconds(1)));
        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(openCases.closestTo(text(POTHOLE_AGAIN), "ha-tang")).map(FeedbackRecords.OpenCase::caseNumber)
                .contains("PA-2025-9999");
    }

    @Test
    void theClosestIsChosenWhereverItComes() {
        FeedbackRecords.OpenCase nine = open("PA-2026-0003", "a b c d e f g h i", MONDAY);
        FeedbackRecords.OpenCase seven = open("PA-2026-0001", "a b c d e f g", MONDAY.minusDays(3));
        FeedbackRecords.OpenCase unlike = open("PA-2026-0002", "a b x y z", MONDAY.minusDays(5));

        for (List<FeedbackRecords.OpenCase> order : orders(nine, seven, unlike)) {
            assertThat(OpenCases.closest(NEW_TEXT, order)).as("%s", order).contains(nine);
        }
    }

    @Test
    void amongEquallyCloseOnesTheEarliestReceivedThenTheLowestNumber() {
        FeedbackRecords.OpenCase friday = open("PA-2026-0420", "a b c d e f g h", MONDAY.minusDays(3));
        FeedbackRecords.OpenCase mondayFirst = open("PA-2026-0100", "a b c d e f g h", MONDAY);
        FeedbackRecords.OpenCase mondayLater = open("PA-2026-0101", "a b c d e f g h", MONDAY);

        for (List<FeedbackRecords.OpenCase> order : orders(mondayLater, mondayFirst, friday)) {
            assertThat(OpenCases.closest(NEW_TEXT, order)).as("%s", order).contains(friday);
        }
        for (List<FeedbackRecords.OpenCase> order : orders(mondayLater, mondayFirst)) {
            assertThat(OpenCases.closest(NEW_TEXT, order)).as("%s", order).contains(mondayFirst);
        }
    }

    @Test
    void pastTheFourDigitsTheLongerNumberCameLater() {
        FeedbackRecords.OpenCase nineThousand = open("PA-2026-9999", "a b c d e f g h", MONDAY);
        FeedbackRecords.OpenCase tenThousand = open("PA-2026-10000", "a b c d e f g h", MONDAY);

        for (List<FeedbackRecords.OpenCase> order : orders(tenThousand, nineThousand)) {
            assertThat(OpenCases.closest(NEW_TEXT, order)).as("%s", order).contains(nineThousand);
        }
    }

    @Test
    void nothingBelowTheThresholdIsChosen() {
        assertThat(OpenCases.closest(NEW_TEXT, List.of(open("PA-2026-0001", "a b c d e", MONDAY)))).isEmpty();
        assertThat(OpenCases.closest(NEW_TEXT, List.of())).isEmpty();
    }

    /** Registers an open case with the title as its whole text; returns its process instance. */
    private String register(String caseNumber, String category, String title) {
        FeedbackRecords.Row row = row(caseNumber, category, title);
        records.insert(row);
        return row.processInstanceId();
    }

    private static FeedbackRecords.Row row(String caseNumber, String category, String title) {
        return new FeedbackRecords.Row("T" + caseNumber.substring(3), caseNumber, "pi-" + caseNumber, category, title,
                SimilarText.fingerprint(title, ""), "Nguyễn Văn A", "0912 345 678", "kthtdt", MONDAY,
                MONDAY.plusDays(14), FeedbackStatus.RECEIVED, null, null, null, null, null, null, null);
    }

    private static SimilarText text(String title) {
        return SimilarText.of(SimilarText.fingerprint(title, ""));
    }

    private static FeedbackRecords.OpenCase open(String caseNumber, String fingerprint, LocalDate received) {
        return new FeedbackRecords.OpenCase("pi-" + caseNumber, caseNumber, "moi-truong", "Phản ánh " + caseNumber,
                SimilarText.of(fingerprint), received);
    }

    /** The cases in their order, reversed, and shuffled a few times. */
    private static List<List<FeedbackRecords.OpenCase>> orders(FeedbackRecords.OpenCase... cases) {
        List<List<FeedbackRecords.OpenCase>> orders = new ArrayList<>();
        orders.add(List.of(cases));
        List<FeedbackRecords.OpenCase> reversed = new ArrayList<>(List.of(cases));
        Collections.reverse(reversed);
        orders.add(reversed);
        Random random = new Random(41);
        for (int i = 0; i < 6; i++) {
            List<FeedbackRecords.OpenCase> shuffled = new ArrayList<>(List.of(cases));
            Collections.shuffle(shuffled, random);
            orders.add(shuffled);
        }
        return orders;
    }
}
