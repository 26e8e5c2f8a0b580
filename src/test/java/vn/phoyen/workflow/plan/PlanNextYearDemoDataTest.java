package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The shipped 2026 plan (src/main/resources/plan/2026) is the one this system drafts from 2025 with no scores, issued
 * as 01/KH-UBND on 5 January 2026. Read from the source folder: the test classpath's plan/2026 is the test plan KH12.
 */
class PlanNextYearDemoDataTest {

    static final Path SHIPPED = Path.of("src/main/resources/plan/2026");
    static final String NUMBER = "01/KH-UBND";
    static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);

    private final PlanYearReader reader = new PlanYearReader(WardOrganization.units());

    /** What the drafter and the issue give for 2026. */
    static PlanFiles expected(PlanYearReader reader) {
        PlanFiles source = PlanDataFiles.onClasspath("plan/2025");
        PlanFiles draft = PlanDrafter.draft(source, reader.read(source, 2025), List.of(), 50);
        return PlanDrafter.withIssue(draft, NUMBER, ISSUED);
    }

    @Test
    void theShipped2026PlanIsTheDraftOf2025AsIssued() throws IOException {
        PlanFiles expected = expected(reader);
        for (String file : PlanFiles.NAMES) {
            assertThat(Files.readString(SHIPPED.resolve(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(expected.text(file));
        }
        PlanYear plan2026 = reader.read(expected, 2026);
        assertThat(plan2026.code()).isEqualTo("KH54");
        assertThat(plan2026.number()).isEqualTo(NUMBER);
        assertThat(plan2026.issued()).isEqualTo(ISSUED);
        assertThat(plan2026.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(plan2026.title()).endsWith("phường Phổ Yên năm 2026");
        assertThat(plan2026.tasks()).hasSize(16);
    }
}
