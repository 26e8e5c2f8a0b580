package vn.phoyen.workflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.TestMailServer;

/**
 * The one-stop export imported on the application: by dossier code (twice is once), bad rows reported and the rest
 * kept, an older state never over a later one; the late process started once and ended by the export; the warning two
 * working days ahead; the upload's access.
 */
@EngineTest
class DossierImportTest extends ProcessTest {

    /** Monday 2 March 2026, 09:00. */
    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    DossierImports imports;
    @Autowired
    DossierFollowUp followUp;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void noDossiers() {
        jdbc.update("DELETE FROM ward_dossier");
        EngineClock.setTo(MONDAY);
    }

    @Test
    void aThousandDossiersImportedTwiceAreAThousandRowsAndTheBadRowsAreReported() {
        String export = DossierSamples.settledExport(1000)
                + DossierSamples.row("H56-BAD-1", "dat-dai", "kthtdt", "mail", "2026-02-02", "2026-02-09", "",
                        "processing", "", "2026-02-02T08:00") + "\n"
                + DossierSamples.row("H56-BAD-2", "dat-dai", "kthtdt", "direct", "2026-02-02", "2026-02-09", "",
                        "processing", "", "hôm qua") + "\n";

        ImportReport first = importCsv("dossiers-2026-03-01.csv", export);
        ImportReport second = importCsv("dossiers-2026-03-01.csv", export);

        assertThat(first.inserted()).isEqualTo(1000);
        assertThat(first.problems()).containsExactly(
                "dossiers-2026-03-01.csv dòng 1002: cột 'channel' (kênh nộp) 'mail' không có trong danh mục "
                        + "(online, direct, postal)",
                "dossiers-2026-03-01.csv dòng 1003: cột 'updated' (thời điểm cập nhật) 'hôm qua' không phải thời điểm "
                        + "hợp lệ (cần dạng yyyy-MM-ddTHH:mm hoặc yyyy-MM-dd)");
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isEqualTo(1000);
        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_dossier", Integer.class)).isEqualTo(1000);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT code) FROM ward_dossier", Integer.class)).isEqualTo(1000);
        // all settled before the day of import: nothing late to follow
        assertThat(first.lateStarted()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("dossier-late").count()).isZero();
    }

    @Test
    void anOlderStateNeverReplacesALaterOne() {
        importCsv("a.csv", DossierSamples.row("H56-O1", "ho-tich", "vp", "direct", "2026-02-23", "2026-02-26",
                "2026-02-25", "settled", "", "2026-02-25T15:00"));

        ImportReport older = importCsv("b.csv", DossierSamples.row("H56-O1", "ho-tich", "vp", "direct", "2026-02-23",
                "2026-02-26", "", "processing", "", "2026-02-24T10:00"));

        assertThat(older.kept()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM ward_dossier WHERE code = 'H56-O1'", String.class))
                .isEqualTo("settled");
        // nor does it make the dossier late again
        assertThat(older.lateStarted()).isZero();
    }

    @Test
    void aLateDossierGetsItsProcessOnceAndTheExportShowingItSettledEndsIt() {
        String late = DossierSamples.row("H56-L1", "dat-dai", "kthtdt", "online", "2026-02-16", "2026-02-27", "",
                "processing", "", "2026-02-27T17:00");

        ImportReport first = importCsv("a.csv", late);
        ImportReport again = importCsv("b.csv", late);

        assertThat(first.lateStarted()).isEqualTo(1);
        assertThat(again.lateStarted()).isZero();
        List<ProcessInstance> processes = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("dossier-late").processInstanceBusinessKey("H56-L1").list();
        assertThat(processes).hasSize(1);
        assertThat(candidateGroups(task(processes.get(0).getId(), "draftApology"))).containsExactly("kthtdt");
        assertThat(runtimeService.getVariables(processes.get(0).getId())).containsEntry("landDossier", true)
                .containsEntry("fieldName", "Đất đai").containsEntry("appointmentText", "27/02/2026");
        assertThat(jdbc.queryForObject("SELECT late_process_instance_id FROM ward_dossier WHERE code = 'H56-L1'",
                String.class)).isEqualTo(processes.get(0).getId());

        ImportReport settled = importCsv("c.csv", DossierSamples.row("H56-L1", "dat-dai", "kthtdt", "online",
                "2026-02-16", "2026-02-27", "2026-03-02", "settled", "", "2026-03-02T08:30"));

        assertThat(settled.lateClosed()).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("H56-L1").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(processes.get(0).getId()).activityId("followedToResult").count()).isEqualTo(1);
        // and once only
        assertThat(importCsv("d.csv", DossierSamples.row("H56-L1", "dat-dai", "kthtdt", "online", "2026-02-16",
                "2026-02-27", "2026-03-02", "returned", "", "2026-03-03T08:30")).lateClosed()).isZero();
    }

    @Test
    void aDossierTwoWorkingDaysFromItsAppointmentIsWarnedToItsUnitOnce() {
        int before = TestMailServer.subjectsTo("ttdvth.officer@phoyen.local").size();
        String export = String.join("\n",
                // Wednesday: two working days after Monday
                DossierSamples.row("H56-W1", "ho-tich", "ttdvth", "direct", "2026-02-25", "2026-03-04", "",
                        "processing", "", "2026-03-01T08:00"),
                // today itself: still not late, warned
                DossierSamples.row("H56-W2", "ho-tich", "ttdvth", "direct", "2026-02-25", "2026-03-02", "",
                        "received", "", "2026-03-01T08:00"),
                // Thursday: three working days, not yet
                DossierSamples.row("H56-W3", "ho-tich", "ttdvth", "direct", "2026-02-25", "2026-03-05", "",
                        "processing", "", "2026-03-01T08:00"),
                // settled: nothing to warn
                DossierSamples.row("H56-W4", "ho-tich", "ttdvth", "direct", "2026-02-25", "2026-03-04", "2026-03-01",
                        "settled", "", "2026-03-01T08:00"));

        ImportReport report = importCsv("a.csv", export);

        assertThat(report.warned()).isEqualTo(2);
        List<String> subjects = TestMailServer.subjectsTo("ttdvth.officer@phoyen.local");
        assertThat(subjects).hasSize(before + 1);
        assertThat(subjects.get(subjects.size() - 1))
                .isEqualTo("Hồ sơ TTHC sắp đến ngày hẹn trả kết quả (2 hồ sơ)");
        List<String> bodies = TestMailServer.bodiesTo("ttdvth.officer@phoyen.local");
        assertThat(bodies.get(bodies.size() - 1)).contains("H56-W1", "hẹn trả 04/03/2026", "H56-W2")
                .doesNotContain("H56-W3", "H56-W4");
        assertThat(followUp.followUp(LocalDate.of(2026, 3, 2)).warned()).isZero();
        // on Tuesday, Thursday's dossier is two working days away
        assertThat(followUp.followUp(LocalDate.of(2026, 3, 3)).warned()).isEqualTo(1);
    }

    @Test
    void theOfficesUploadAnExportOtherStaffAreRefused() {
        String csv = DossierSamples.HEADER + "\n" + DossierSamples.row("H56-U1", "chung-thuc", "vp", "direct",
                "2026-02-25", "2026-02-25", "2026-02-25", "settled", "satisfied", "2026-02-25T10:00") + "\n"
                + DossierSamples.row("H56-U2", "chung-thuc", "vp", "direct", "2026-02-25", "2026-02-25", "", "settled",
                "", "2026-02-25T10:00") + "\n";

        ResponseEntity<Map> uploaded = upload("vp.officer", "dossiers.csv", csv);
        ResponseEntity<Map> refused = upload("kthtdt.head", "dossiers.csv", csv);
        ResponseEntity<Map> unreadable = upload("vhxh.head", "dossiers.json", "{}");

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody()).containsEntry("inserted", 1).containsEntry("problems", List.of(
                "dossiers.csv dòng 3: cột 'settled' (ngày có kết quả) trống mà trạng thái là settled"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("message", "Chỉ Phòng Văn hoá - Xã hội, Văn phòng HĐND và UBND "
                + "phường và quản trị viên nhập được dữ liệu hồ sơ TTHC");
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadable.getBody()).containsEntry("message",
                "dossiers.json: tệp JSON phải là một mảng các hồ sơ ([{…}, {…}])");
    }

    @Test
    void theNightlyExportsInTheWatchedDirectoryAreImportedAndMovedWithTheirReport(@TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("2026-03-01.csv"), DossierSamples.settledExport(3)
                + DossierSamples.row("H56-BAD", "dat-dai", "kthtdt", "direct", "2026-02-02", "2026-02-09", "",
                "processing", "", "") + "\n");
        Files.writeString(directory.resolve("2026-03-02.csv"), "mã,tên\n");
        Files.writeString(directory.resolve("2026-03-03.csv.part"), "still being written");
        DossierDirectoryWatch watch = new DossierDirectoryWatch(imports, followUp,
                new DossierProperties(directory, Duration.ofMinutes(5)));

        assertThat(watch.importWaitingFiles()).extracting(file -> file.getFileName().toString())
                .containsExactly("2026-03-01.csv", "2026-03-02.csv");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_dossier", Integer.class)).isEqualTo(3);
        assertThat(directory.resolve("done/2026-03-01.csv")).exists();
        assertThat(Files.readString(directory.resolve("done/2026-03-01.csv.report.txt")))
                .startsWith("Tệp 2026-03-01.csv: 3 hồ sơ mới, 0 hồ sơ cập nhật")
                .contains("2026-03-01.csv dòng 5: cột 'updated' (thời điểm cập nhật) bị trống");
        assertThat(directory.resolve("failed/2026-03-02.csv")).exists();
        assertThat(Files.readString(directory.resolve("failed/2026-03-02.csv.report.txt")))
                .startsWith("2026-03-02.csv dòng 1: dòng tiêu đề thiếu cột code");
        assertThat(directory.resolve("2026-03-03.csv.part")).exists();
    }

    private ResponseEntity<Map> upload(String user, String file, String content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(file.endsWith(".json") ? MediaType.APPLICATION_JSON : new MediaType("text", "csv"));
        return rest.withBasicAuth(user, "demo").exchange("/api/dossiers/imports?file=" + file, HttpMethod.POST,
                new HttpEntity<>(content.getBytes(StandardCharsets.UTF_8), headers), Map.class);
    }

    ImportReport importCsv(String file, String rows) {
        String csv = rows.startsWith(DossierSamples.HEADER) ? rows : DossierSamples.HEADER + "\n" + rows + "\n";
        return imports.importFile(file, csv.getBytes(StandardCharsets.UTF_8));
    }
}
