package vn.phoyen.workflow.plan;

import java.util.List;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.organization.UnitRole;

/** The ward's units as organization/units.csv lists them, for tests that run without the application. */
public final class WardOrganization {

    static final List<String> PERFORMING_UNITS = List.of("vhxh", "vp", "kthtdt", "ttdvth", "ca", "mttq", "ubkt", "banktns");

    private WardOrganization() {
    }

    public static Organization units() {
        return new Organization(List.of(
                new Unit("vhxh", "Phòng Văn hoá - Xã hội", UnitRole.SUPERVISING_OFFICE),
                new Unit("vp", "Văn phòng HĐND và UBND phường", UnitRole.CASE_OFFICE),
                new Unit("kthtdt", "Phòng Kinh tế, Hạ tầng và Đô thị", UnitRole.UNIT),
                new Unit("ttdvth", "Trung tâm dịch vụ tổng hợp phường", UnitRole.UNIT),
                new Unit("ca", "Công an phường", UnitRole.UNIT),
                new Unit("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam phường", UnitRole.FATHERLAND_FRONT, true),
                new Unit("ubkt", "Ủy ban kiểm tra Đảng uỷ phường", UnitRole.UNIT, true),
                new Unit("banktns", "Ban Kinh tế - Ngân sách HĐND phường", UnitRole.UNIT, true),
                new Unit("lanhdao", "Chủ tịch, Phó Chủ tịch UBND phường", UnitRole.SUPERVISORS)), List.of());
    }
}
