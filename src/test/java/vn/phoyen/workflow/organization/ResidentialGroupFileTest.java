package vn.phoyen.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phoyen.workflow.plan.WardOrganization;
import vn.phoyen.workflow.referencedata.DataFileException;

class ResidentialGroupFileTest {

    @Test
    void theShippedSampleHasFourGroupsFollowedByTheOffice() {
        assertThat(ResidentialGroupFile.read(ResidentialGroupFile.LOCATION, WardOrganization.units())).containsExactly(
                new ResidentialGroup("tdp-1", "Tổ dân phố số 1", "vp", LocalDate.of(2025, 10, 31)),
                new ResidentialGroup("tdp-2", "Tổ dân phố số 2", "vp", LocalDate.of(2025, 12, 15)),
                new ResidentialGroup("tdp-3", "Tổ dân phố số 3", "vp", LocalDate.of(2028, 3, 31)),
                new ResidentialGroup("tdp-4", "Tổ dân phố số 4", "vp", LocalDate.of(2028, 6, 30)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            residential-groups-unknown-unit.csv | organization-fixtures/residential-groups-unknown-unit.csv dòng 3: tổ dân phố 'tdp-2': cột 'unit': đơn vị 'phong-x' không có trong danh sách đơn vị
            residential-groups-duplicate.csv    | organization-fixtures/residential-groups-duplicate.csv dòng 3: tổ dân phố 'tdp-1' đã có ở dòng 2
            residential-groups-empty.csv        | organization-fixtures/residential-groups-empty.csv: chưa có tổ dân phố nào
            residential-groups-bad-term.csv     | organization-fixtures/residential-groups-bad-term.csv dòng 3: cột 'term_ends': '31/10/2025' không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ 2026-01-31)
            """)
    void aBrokenFileIsRefusedNamingFileAndLine(String fixture, String message) {
        assertThatThrownBy(() -> ResidentialGroupFile.read("organization-fixtures/" + fixture, WardOrganization.units()))
                .isInstanceOf(DataFileException.class)
                .hasMessage(message);
    }
}
