package vn.phoyen.workflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.referencedata.DataFileException;

/** The export read row by row: good rows kept, each bad one named by file, line and field, in Vietnamese. */
class DossierRowsTest {

    private final DossierRows rows = new DossierRows(Set.of("vp", "kthtdt")::contains);

    @Test
    void aGoodRowIsADossier() {
        DossierRows.Batch batch = read("a.csv", DossierSamples.HEADER + "\n"
                + "H56-1,\"Chuyển nhượng quyền sử dụng đất, nhà ở\",dat-dai,kthtdt,online,2026-03-02,2026-03-12,"
                + "2026-03-12,2026-03-13,returned,có,2,2026-03-13T09:30\n");

        assertThat(batch.problems()).isEmpty();
        Dossier dossier = batch.dossiers().get(0);
        assertThat(dossier.procedureName()).isEqualTo("Chuyển nhượng quyền sử dụng đất, nhà ở");
        assertThat(dossier.field()).isEqualTo(ProcedureField.LAND);
        assertThat(dossier.land()).isTrue();
        assertThat(dossier.channel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.digitised()).isTrue();
        assertThat(dossier.evaluation().dissatisfied()).isTrue();
        assertThat(dossier.updated()).isEqualTo(LocalDateTime.of(2026, 3, 13, 9, 30));
        // settled on the appointment day itself: on time
        assertThat(dossier.settledOnTime()).isTrue();
    }

    @Test
    void eachBadRowIsReportedWithFileLineAndFieldAndTheOthersAreRead() {
        String good = DossierSamples.row("H56-OK", "ho-tich", "vp", "direct", "2026-03-02", "2026-03-05", "", "processing",
                "", "2026-03-02T08:00");
        DossierRows.Batch batch = read("dossiers-2026-03-02.csv", String.join("\n", DossierSamples.HEADER,
                good,
                DossierSamples.row("H56-2", "nong-nghiep", "vp", "direct", "2026-03-02", "2026-03-05", "",
                        "processing", "", "2026-03-02T08:00"),
                DossierSamples.row("H56-3", "ho-tich", "vp", "direct", "2026-03-02", "2026-02-27", "", "processing", "",
                        "2026-03-02T08:00"),
                DossierSamples.row("H56-4", "ho-tich", "xyz", "direct", "2026-03-02", "2026-03-05", "", "processing",
                        "", "2026-03-02T08:00"),
                DossierSamples.row("H56-5", "ho-tich", "vp", "direct", "2026-02-30", "2026-03-05", "", "processing", "",
                        "2026-03-02T08:00"),
                DossierSamples.row("H56-6", "ho-tich", "vp", "fax", "2026-03-02", "2026-03-05", "", "processing", "",
                        "2026-03-02T08:00"),
                DossierSamples.row("H56-7", "ho-tich", "vp", "direct", "2026-03-02", "2026-03-05", "", "settled", "",
                        "2026-03-02T08:00"),
                DossierSamples.row("H56-8", "ho-tich", "vp", "direct", "2026-03-02", "2026-03-05", "2026-03-04",
                        "settled", "7", "2026-03-04T08:00"),
                "H56-9,thiếu cột,ho-tich",
                "\"H56-10,không đóng ngoặc",
                good.replace("H56-OK", "H56-OK2")));

        assertThat(batch.dossiers()).extracting(Dossier::code).containsExactly("H56-OK", "H56-OK2");
        assertThat(batch.problems()).containsExactly(
                "dossiers-2026-03-02.csv dòng 3: cột 'field' (lĩnh vực) 'nong-nghiep' không có trong danh mục "
                        + "(dat-dai, ho-tich, chung-thuc, xay-dung, ho-kinh-doanh, bao-tro-xa-hoi, nguoi-co-cong, "
                        + "moi-truong, khac)",
                "dossiers-2026-03-02.csv dòng 4: cột 'appointment' (ngày hẹn trả) trước ngày tiếp nhận",
                "dossiers-2026-03-02.csv dòng 5: cột 'unit' (đơn vị giải quyết) 'xyz' không phải mã đơn vị của phường",
                "dossiers-2026-03-02.csv dòng 6: cột 'received' (ngày tiếp nhận) '2026-02-30' không phải ngày hợp lệ "
                        + "(cần dạng yyyy-MM-dd)",
                "dossiers-2026-03-02.csv dòng 7: cột 'channel' (kênh nộp) 'fax' không có trong danh mục "
                        + "(online, direct, postal)",
                "dossiers-2026-03-02.csv dòng 8: cột 'settled' (ngày có kết quả) trống mà trạng thái là settled",
                "dossiers-2026-03-02.csv dòng 9: cột 'evaluation' (đánh giá của người dân) '7' không phải đánh giá "
                        + "hợp lệ (để trống, satisfied, not-satisfied hoặc điểm từ 1 đến 5)",
                "dossiers-2026-03-02.csv dòng 10: có 3 cột, cần 13 (" + DossierSamples.HEADER + ")",
                "dossiers-2026-03-02.csv dòng 11: thiếu dấu \" đóng");
    }

    @Test
    void aJsonExportNamesTheLineWhereEachDossierBegins() {
        DossierRows.Batch batch = read("dossiers.json", """
                [
                  {"code": "H56-J1", "procedure": "Đăng ký kết hôn", "field": "ho-tich", "unit": "vp",
                   "channel": "online", "received": "2026-03-02", "appointment": "2026-03-05", "settled": null,
                   "returned": null, "status": "processing", "digitised": true, "evaluation": null,
                   "updated": "2026-03-02T10:00"},
                  {"code": "H56-J2", "procedure": "Đăng ký kết hôn", "field": "ho-tich", "unit": "vp",
                   "channel": "online", "received": "2026-03-02", "appointment": "2026-03-05", "settled": "2026-03-03",
                   "returned": null, "status": "processing", "digitised": "có", "evaluation": 4,
                   "updated": "2026-03-03T10:00"}
                ]
                """);

        assertThat(batch.dossiers()).singleElement().satisfies(dossier -> {
            assertThat(dossier.code()).isEqualTo("H56-J1");
            assertThat(dossier.settled()).isNull();
            assertThat(dossier.lateOn(LocalDate.of(2026, 3, 5))).isFalse();
            assertThat(dossier.lateOn(LocalDate.of(2026, 3, 6))).isTrue();
        });
        assertThat(batch.problems()).containsExactly("dossiers.json dòng 6: cột 'status' (trạng thái) 'processing' "
                + "mà hồ sơ đã có ngày có kết quả");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWhole() {
        assertThatThrownBy(() -> read("x.csv", "H56-1,a,b\n")).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("x.csv dòng 1: dòng tiêu đề thiếu cột");
        assertThatThrownBy(() -> read("x.json", "{\"code\": 1}")).isInstanceOf(DataFileException.class)
                .hasMessage("x.json: tệp JSON phải là một mảng các hồ sơ ([{…}, {…}])");
        assertThatThrownBy(() -> read("x.json", "[{\"code\": ")).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("x.json dòng 1: không phải JSON hợp lệ");
    }

    @Test
    void theSampleExportsOfTheReadmeRead() throws IOException {
        for (String sample : List.of("dossiers-sample.csv", "dossiers-sample.json")) {
            DossierRows.Batch batch = rows.read(sample, Files.readAllBytes(Path.of("docs/samples", sample)));

            assertThat(batch.problems()).as(sample).isEmpty();
            assertThat(batch.dossiers()).as(sample).isNotEmpty().first()
                    .satisfies(dossier -> assertThat(dossier.land()).isTrue());
        }
    }

    private DossierRows.Batch read(String file, String content) {
        return rows.read(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
