package vn.phoyen.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import vn.phoyen.workflow.referencedata.DataFileException;

class OrganizationReaderTest {

    private final OrganizationReader reader = new OrganizationReader();

    @Test
    void theWardsOwnFilesLoadWithEveryContractGroupAndDemoUser() {
        Organization organization = reader.read(resource("organization/units.csv"),
                List.of(resource("organization/demo-members.csv")));

        assertThat(organization.units()).extracting(Unit::id).containsExactly(
                "vhxh", "vp", "kthtdt", "ttdvth", "ca", "mttq", "ubkt", "banktns", "lanhdao");
        assertThat(organization.supervisingOffice().name()).isEqualTo("Phòng Văn hoá - Xã hội");
        assertThat(organization.supervisors().id()).isEqualTo("lanhdao");
        // models name units by role
        assertThat(organization.group("case-office")).isEqualTo("vp");
        assertThat(organization.heads("case-office")).isEqualTo("vp-heads");
        assertThat(organization.group("fatherland-front")).isEqualTo("mttq");
        assertThat(organization.group("supervisors")).isEqualTo("lanhdao");
        assertThatThrownBy(() -> organization.group("unit")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> organization.group("văn-phòng")).isInstanceOf(IllegalArgumentException.class);
        assertThat(organization.unit("kthtdt").orElseThrow().name()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
        assertThat(organization.members()).extracting(Member::userId)
                .contains("demo", "vp.officer", "vp.head", "lanhdao.head", "lanhdao.officer", "banktns.officer")
                .hasSize(1 + 2 * 9);
    }

    @Test
    void theBodiesThePlanInvitesAreMarkedInTheUnitsFile() {
        Organization organization = reader.read(resource("organization/units.csv"), List.of());

        // Kế hoạch 54, IV.5–7: "Đề nghị Ban kinh tế - Ngân sách HĐND", "… Ủy ban kiểm tra Đảng uỷ", "… Ủy ban Mặt trận"
        assertThat(organization.units()).filteredOn(Unit::invited).extracting(Unit::id)
                .containsExactly("mttq", "ubkt", "banktns");
        assertThat(organization.invited("ubkt")).isTrue();
        assertThat(organization.invited("ca")).isFalse();
        // a file written before the column: every unit is ordered
        assertThat(reader.read(fixture("units-small.csv"), List.of()).units()).noneMatch(Unit::invited);
    }

    @Test
    void aStaffFileWithoutPasswordsGivesUsersWithoutPasswords() {
        Organization organization = reader.read(fixture("units-small.csv"), List.of(fixture("members-production.csv")));

        assertThat(organization.members()).allSatisfy(member -> assertThat(member.initialPassword()).isEmpty());
        assertThat(organization.members().get(1).lastName()).isEqualTo("Bình, Jr");
        assertThat(organization.members().get(1).email()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            units-bad-role.csv               | units-bad-role.csv dòng 6: đơn vị 'ca': vai trò 'giám-sát' không hợp lệ
            units-duplicate.csv              | units-duplicate.csv dòng 5: đơn vị 'vp' đã có ở dòng trước
            units-no-supervising-office.csv  | units-no-supervising-office.csv: cần đúng một đơn vị có vai trò 'supervising-office', hiện có 0
            units-no-case-office.csv         | units-no-case-office.csv: cần đúng một đơn vị có vai trò 'case-office', hiện có 0
            units-bad-id.csv                 | units-bad-id.csv dòng 3: mã 'phòng vp' chỉ được gồm
            units-missing-name.csv           | units-missing-name.csv dòng 3: cột 'name' bị trống
            units-bad-invited.csv            | units-bad-invited.csv dòng 4: đơn vị 'mttq': cột 'invited': 'có' không hợp lệ (ghi yes hoặc để trống)
            units-invited-case-office.csv    | units-invited-case-office.csv dòng 3: đơn vị 'vp': cột 'invited': đơn vị có vai trò 'case-office' do UBND phường giao việc, không phải cơ quan được đề nghị
            """)
    void aBrokenUnitsFileIsRefusedNamingTheFileAndTheEntry(String file, String message) {
        assertThatThrownBy(() -> reader.read(fixture(file), List.of()))
                .isInstanceOf(DataFileException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            members-unknown-unit.csv  | members-unknown-unit.csv dòng 3: người dùng 'ca.officer': đơn vị 'ca' không có trong danh sách đơn vị
            members-duplicate.csv     | members-duplicate.csv dòng 3: người dùng 'vp.head' đã có ở dòng trước
            members-bad-email.csv     | members-bad-email.csv dòng 3: người dùng 'vp.officer': địa chỉ email 'khong-phai-email' không hợp lệ
            members-bad-position.csv  | members-bad-position.csv dòng 2: người dùng 'vp.officer': chức vụ 'thư-ký' không hợp lệ
            members-no-unit.csv       | members-no-unit.csv dòng 2: người dùng 'vp.officer': thiếu đơn vị
            """)
    void aBrokenStaffFileIsRefusedNamingTheFileTheLineAndTheUser(String file, String message) {
        assertThatThrownBy(() -> reader.read(fixture("units-small.csv"), List.of(fixture(file))))
                .isInstanceOf(DataFileException.class).hasMessageContaining(message);
    }

    @Test
    void unitsKnowTheirHeadsGroup() {
        assertThat(new Unit("vp", "Văn phòng", UnitRole.UNIT).headsGroupId()).isEqualTo("vp-heads");
    }

    @Test
    void anAdministratorNeedsNoUnit() {
        Organization organization = reader.read(resource("organization/units.csv"),
                List.of(resource("organization/demo-members.csv")));

        assertThat(organization.members().get(0)).satisfies(admin -> {
            assertThat(admin.position()).isEqualTo(Position.ADMINISTRATOR);
            assertThat(admin.unitId()).isEqualTo(Optional.empty());
        });
    }

    private static Resource resource(String path) {
        return new ClassPathResource(path);
    }

    private static Resource fixture(String name) {
        return new ClassPathResource("organization-fixtures/" + name);
    }
}
