package vn.phoyen.workflow.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.referencedata.DataFileException;

/**
 * The directory the one-stop system's nightly export is dropped in ({@code ward.dossier.import-directory}): every
 * {@code .csv} or {@code .json} file there is imported, then moved to {@code done/} (with its report, bad rows
 * included) or, when it could not be read at all, to {@code failed/} (with the reason). Every morning the follow-up
 * runs even without a new export: dossiers become late, or near their appointment, with time alone.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(DossierProperties.class)
class DossierDirectoryWatch {

    private static final Logger log = LoggerFactory.getLogger(DossierDirectoryWatch.class);

    private final DossierImports imports;
    private final DossierFollowUp followUp;
    private final Path directory;

    DossierDirectoryWatch(DossierImports imports, DossierFollowUp followUp, DossierProperties properties) {
        this.imports = imports;
        this.followUp = followUp;
        this.directory = properties.importDirectory();
    }

    @Scheduled(fixedDelayString = "${ward.dossier.poll-interval:5m}", initialDelayString = "1m")
    void poll() {
        if (Files.isDirectory(directory)) {
            importWaitingFiles();
        }
    }

    @Scheduled(cron = "0 30 6 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        DossierFollowUp.Result result = followUp.followUp(WardClock.today());
        log.info("Hồ sơ TTHC: {} hồ sơ quá hạn mở quy trình, {} quy trình kết thúc, {} hồ sơ được nhắc",
                result.lateStarted(), result.lateClosed(), result.warned());
    }

    /** @return the files processed, in name order */
    List<Path> importWaitingFiles() {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).filter(DossierDirectoryWatch::isExport).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.forEach(this::importOne);
        return files;
    }

    private void importOne(Path file) {
        String name = file.getFileName().toString();
        try {
            ImportReport report = imports.importFile(name, Files.readAllBytes(file));
            moveWithReport(file, "done", report.text());
            log.info("Đã nhập {}: {} mới, {} cập nhật, {} dòng lỗi", name, report.inserted(), report.updated(),
                    report.problems().size());
        } catch (DataFileException unreadable) {
            moveWithReport(file, "failed", unreadable.getMessage() + "\n");
            log.warn("Không nhập được {}: {}", name, unreadable.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void moveWithReport(Path file, String to, String report) {
        try {
            Path target = Files.createDirectories(directory.resolve(to));
            Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolve(file.getFileName() + ".report.txt"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".json");
    }
}
