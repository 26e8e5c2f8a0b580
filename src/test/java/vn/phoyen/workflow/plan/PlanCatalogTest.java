package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanCatalogTest {

    private final PlanCatalog catalog = new PlanCatalog(new PlanYearReader(WardOrganization.units()), IssuedPlans.NONE);

    @Test
    void findsEachYearsPlanInItsOwnDirectory() {
        assertThat(catalog.year(2025).code()).isEqualTo("KH54");
        assertThat(catalog.year(2026).code()).isEqualTo("KH12");
    }

    @Test
    void readsAYearOnce() {
        assertThat(catalog.year(2025)).isSameAs(catalog.year(2025));
    }

    @Test
    void aYearWithoutDataIsUnknown() {
        assertThatThrownBy(() -> catalog.year(2027))
                .isInstanceOf(UnknownPlanYearException.class)
                .hasMessage("Chưa có dữ liệu kế hoạch năm 2027");
    }
}
