package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The duplicate check's choice among the open cases, which the database returns in no order. */
class FeedbackFlowTest {

    private static final SimilarText NEW_TEXT = SimilarText.of("a b c d e f g h i j");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void theClosestIsChosenWhereverItComes() {
        FeedbackRecords.OpenCase nine = open("PA-2026-0003", "a b c d e f g h i", MONDAY);
        FeedbackRecords.OpenCase seven = open("PA-2026-0001", "a b c d e f g", MONDAY.minusDays(3));
        FeedbackRecords.OpenCase unlike = open("PA-2026-0002", "a b x y z", MONDAY.minusDays(5));

        for (List<FeedbackRecords.OpenCase> order : orders(nine, seven, unlike)) {
            assertThat(FeedbackFlow.closest(NEW_TEXT, order)).as("%s", order).contains(nine);
        }
    }

    @Test
    void amongEquallyCloseOnesTheEarliestReceivedThenTheLowestNumber() {
        FeedbackRecords.OpenCase friday = open("PA-2026-0420", "a b c d e f g h", MONDAY.minusDays(3));
        FeedbackRecords.OpenCase mondayFirst = open("PA-2026-0100", "a b c d e f g h", MONDAY);
        FeedbackRecords.OpenCase mondayLater = open("PA-2026-0101", "a b c d e f g h", MONDAY);

        for (List<FeedbackRecords.OpenCase> order : orders(mondayLater, mondayFirst, friday)) {
            assertThat(FeedbackFlow.closest(NEW_TEXT, order)).as("%s", order).contains(friday);
        }
        for (List<FeedbackRecords.OpenCase> order : orders(mondayLater, mondayFirst)) {
            assertThat(FeedbackFlow.closest(NEW_TEXT, order)).as("%s", order).contains(mondayFirst);
        }
    }

    @Test
    void pastTheFourDigitsTheLongerNumberCameLater() {
        FeedbackRecords.OpenCase nineThousand = open("PA-2026-9999", "a b c d e f g h", MONDAY);
        FeedbackRecords.OpenCase tenThousand = open("PA-2026-10000", "a b c d e f g h", MONDAY);

        for (List<FeedbackRecords.OpenCase> order : orders(tenThousand, nineThousand)) {
            assertThat(FeedbackFlow.closest(NEW_TEXT, order)).as("%s", order).contains(nineThousand);
        }
    }

    @Test
    void nothingBelowTheThresholdIsChosen() {
        assertThat(FeedbackFlow.closest(NEW_TEXT, List.of(open("PA-2026-0001", "a b c d e", MONDAY)))).isEmpty();
        assertThat(FeedbackFlow.closest(NEW_TEXT, List.of())).isEmpty();
    }

    private static FeedbackRecords.OpenCase open(String caseNumber, String fingerprint, LocalDate received) {
        return new FeedbackRecords.OpenCase(caseNumber, "Phản ánh " + caseNumber, fingerprint, received);
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
