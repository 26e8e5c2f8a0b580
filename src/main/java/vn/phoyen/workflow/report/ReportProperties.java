package vn.phoyen.workflow.report;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ward.report}.
 *
 * @param recipients who receives a ward report ("Nơi nhận"), before the archive line
 * @param archive    who keeps the copies: the clerical office (VT) and the drafting unit
 */
@ConfigurationProperties("ward.report")
record ReportProperties(
        @DefaultValue({"UBND tỉnh Thái Nguyên (b/c)", "Thường trực Đảng ủy, HĐND phường (b/c)",
                "Chủ tịch, các Phó Chủ tịch UBND phường", "Các phòng, đơn vị thuộc UBND phường"})
        List<String> recipients,
        @DefaultValue("VT, VHXH") String archive) {
}
