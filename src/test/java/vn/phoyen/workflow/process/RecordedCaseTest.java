package vn.phoyen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.process.CaseFact.Kind;

/** A case told by its summary and its next facts is the case told by all its facts at once (the fact recorder's summary). */
class RecordedCaseTest {

    static CaseFact fact(String number, Kind kind, String day, String unit) {
        return new CaseFact("complaint", "pi-1", number, kind, day == null ? null : LocalDate.parse(day), unit);
    }

    /** Received, routed, moved, its due day changed and cleared, resolved twice (the first counts), ended. */
    static final List<CaseFact> FACTS = List.of(fact(null, Kind.RECEIVED, "2026-12-30", null),
            fact("KN-2026-0001", Kind.UNIT, null, "vp"), fact("KN-2026-0001", Kind.DUE, "2027-01-29", null),
            fact(null, Kind.UNIT, null, "kthtdt"), fact("KN-2026-0001", Kind.DUE, null, null),
            fact("KN-2026-0001", Kind.DUE, "2027-02-05", null), fact("KN-2026-0001", Kind.RESOLVED, "2027-02-08", null),
            fact("KN-2026-0001", Kind.RESOLVED, "2027-01-20", null),
            fact("KN-2026-0001", Kind.RECEIVED, "2026-12-31", null), fact(null, Kind.ENDED, "2027-02-10", null));

    @Test
    void theSummaryAndTheNextFactsTellWhatAllTheFactsTell() {
        RecordedCase all = RecordedCase.of(FACTS);
        assertThat(all).isEqualTo(new RecordedCase("complaint", "pi-1", "KN-2026-0001",
                new CaseStanding(LocalDate.of(2026, 12, 31), "kthtdt", LocalDate.of(2027, 2, 5)),
                LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 10)));
        for (int split = 1; split < FACTS.size(); split++) {
            assertThat(RecordedCase.after(RecordedCase.of(FACTS.subList(0, split)), FACTS.subList(split, FACTS.size())))
                    .as("after fact %d", split).isEqualTo(all);
        }
        assertThat(RecordedCase.after(null, FACTS)).isEqualTo(all);
    }
}
