package vn.phoyen.workflow.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * included) or, when it could not be read at all, to {@code failed/} (with the reason); nodes sharing the directory
 * import each file once. Every morning the follow-up
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
        return files.stream().filter(this::importOne).toList();
    }

    /**
     * Imports one file unless another node watching the same shared directory took it first: the file is claimed by
     * an atomic move into {@code processing/}, which only one node can make.
     *
     * @return whether this node imported it
     */
    private boolean importOne(Path waiting) {
        String name = waiting.getFileName().toString();
        Path file;
        try {
            file = Files.move(waiting, Files.createDirectories(directory.resolve("processing")).resolve(name),
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException takenByAnotherNode) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return true;
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
