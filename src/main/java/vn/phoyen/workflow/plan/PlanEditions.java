package vn.phoyen.workflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.document.DocumentRegister;
import vn.phoyen.workflow.document.Signature;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.RunningInstances;
import vn.phoyen.workflow.referencedata.DataFileException;

/**
 * Next year's plan as the ward makes it in the system: drafted from this year's plan and scores, its files edited by
 * the supervising office while a draft, checked as the launch will read them, issued with the register's number as a
 * Word document; from then on the catalog's plan of that year.
 */
@Component
class PlanEditions {

    /** Who issues the plan's copies and keeps them: the clerical office and the drafting unit. */
    private static final String ARCHIVE = "VT, VHXH";
    private static final List<String> RECIPIENTS = List.of("UBND tỉnh Thái Nguyên (b/c)",
            "Thường trực Đảng ủy, HĐND phường (b/c)", "Chủ tịch, các Phó Chủ tịch UBND phường",
            "Các phòng chuyên môn, cơ quan, đơn vị thuộc UBND phường");

    private final PlanEditionStore store;
    private final PlanCatalog catalog;
    private final PlanYearReader reader;
    private final YearScores scores;
    private final DocumentRegister register;
    private final Organization organization;
    private final PlanProperties properties;
    private final RunningInstances running;

    PlanEditions(PlanEditionStore store, PlanCatalog catalog, PlanYearReader reader, YearScores scores,
            DocumentRegister register, Organization organization, PlanProperties properties,
            RunningInstances running) {
        this.running = running;
        this.store = store;
        this.catalog = catalog;
        this.reader = reader;
        this.scores = scores;
        this.register = register;
        this.organization = organization;
        this.properties = properties;
    }

    /** A draft made: the year it is for and the tasks it notes for review ("Nhiệm vụ 4: Điểm bình quân …"). */
    record Draft(int year, List<String> flagged) {
    }

    /**
     * Drafts {@code fromYear + 1}'s plan from {@code fromYear}'s and keeps it as that year's draft.
     *
     * @throws Refusal naming {@code fromYear}, when next year has an edition (issued or in progress) or this year no plan
     */
    Draft draft(int fromYear, String processInstanceId, Instant now) {
        int year = fromYear + 1;
        // a draft whose instance was cancelled (Cockpit) is nobody's any more and gives way to the new one
        store.find(year).filter(edition -> edition.draft() && !running.isRunning(edition.processInstanceId()))
                .ifPresent(abandoned -> store.deleteDraft(year));
        store.find(year).ifPresent(edition -> {
            throw new Refusal(edition.draft()
                    ? "Biến 'fromYear': kế hoạch năm %d đang được xây dựng (hồ sơ %s); hoàn thành hoặc hủy hồ sơ đó trước"
                            .formatted(year, edition.processInstanceId())
                    : "Biến 'fromYear': kế hoạch năm %d đã ban hành (số %s), không xây dựng lại"
                            .formatted(year, edition.numberSymbol().orElse("")));
        });
        PlanYear plan;
        try {
            plan = catalog.year(fromYear);
        } catch (UnknownPlanYearException noPlan) {
            throw new Refusal("Biến 'fromYear': " + noPlan.getMessage() + ", không có căn cứ để xây dựng kế hoạch năm "
                    + year);
        }
        PlanFiles source = store.issuedAt(fromYear).isPresent() ? store.files(fromYear)
                : PlanDataFiles.onClasspath(PlanCatalog.DIRECTORY + "/" + fromYear);
        PlanFiles draft = PlanDrafter.draft(source, plan, scores.of(fromYear), properties.lowScore());
        store.insertDraft(year, draft, processInstanceId, now);
        return new Draft(year, flagged(draft));
    }

    /**
     * The draft checked as the launch will read it, the number and day of issue taken as given.
     *
     * @throws Refusal naming the file and the line
     */
    void checkDraft(int year) {
        check(draftFiles(year), year);
    }

    /** One file of the year's edition, draft or issued. */
    Optional<String> file(int year, String file) {
        return store.find(year).map(edition -> edition.files().text(file));
    }

    /** The issued plan's Word document. */
    Optional<IssuedDocument> document(int year) {
        return store.find(year).filter(edition -> !edition.draft())
                .flatMap(edition -> edition.document().map(content -> new IssuedDocument(
                        PlanDocument.fileName(reader.read(edition.files(), year)), content)));
    }

    record IssuedDocument(String fileName, byte[] content) {
    }

    /**
     * Replaces one file of the year's draft with the office's upload, if the draft still reads with it.
     *
     * @throws EditionNotAllowedException unless the caller is in the supervising office or an administrator
     * @throws Refusal                    naming the file and the line, or when the year has no draft
     */
    void upload(int year, String file, String text, Collection<String> callerGroups, Instant now) {
        if (!callerGroups.contains(Organization.ADMINISTRATORS_GROUP)
                && !callerGroups.contains(organization.supervisingOffice().id())) {
            throw new EditionNotAllowedException("Chỉ " + organization.supervisingOffice().name()
                    + " hoặc quản trị viên được sửa dự thảo kế hoạch");
        }
        PlanFiles changed = draftFiles(year).with(file, text);
        check(changed, year);
        if (!store.saveDraftFile(year, file, text, now)) {
            throw new Refusal("Kế hoạch năm " + year + " không còn là bản dự thảo, không sửa được");
        }
    }

    /** The number the clerk is offered for a plan issued in {@code registerYear}. */
    int suggestedNumber(int registerYear) {
        return register.suggestion(PlanDocument.SERIES, registerYear, store.lastNumber(registerYear));
    }

    /**
     * Issues the draft on {@code issuedOn} (the day it was approved) with the clerk's register number: the plan's
     * files take the number and day, the Word document is written and kept.
     *
     * @throws Refusal naming the field and the plan that has it, when this system issued that number that year
     */
    IssuedDocument issue(int year, int number, LocalDate issuedOn, Signature signature, Instant now) {
        store.yearNumbered(issuedOn.getYear(), number).ifPresent(other -> {
            throw new Refusal("Số " + DocumentRegister.symbol(number, PlanDocument.SERIES) + " năm " + issuedOn.getYear()
                    + " đã cấp cho kế hoạch năm " + other + " ('" + DocumentRegister.REGISTER_NUMBER
                    + "'): nhập số tiếp theo trong sổ đăng ký văn bản đi");
        });
        String symbol = DocumentRegister.symbol(number, PlanDocument.SERIES);
        PlanFiles issued = PlanDrafter.withIssue(draftFiles(year), symbol, issuedOn);
        PlanYear plan = read(issued, year);
        byte[] document = PlanDocument.write(plan, signature, this::unitName, reader.performingUnits(),
                properties.reportingCycle().label(), RECIPIENTS, ARCHIVE);
        store.saveIssued(year, issued, number, symbol, issuedOn, signature.name(), document, now);
        return new IssuedDocument(PlanDocument.fileName(plan), document);
    }

    private PlanFiles draftFiles(int year) {
        return store.find(year).filter(PlanEditionStore.Edition::draft).map(PlanEditionStore.Edition::files)
                .orElseThrow(() -> new Refusal("Không có bản dự thảo kế hoạch năm " + year));
    }

    /** A draft read as it will be once issued: number and day are the clerk's then, so any stand in for them here. */
    private void check(PlanFiles draft, int year) {
        read(PlanDrafter.withIssue(draft, "01/" + PlanDocument.SERIES, LocalDate.of(year, 1, 1)), year);
    }

    private PlanYear read(PlanFiles files, int year) {
        try {
            return reader.read(files, year);
        } catch (DataFileException e) {
            throw new Refusal(e.getMessage());
        }
    }

    /** "Nhiệm vụ 4: Điểm bình quân năm 2025: 45/100 – cần xem lại", one per task noted. */
    private static List<String> flagged(PlanFiles draft) {
        return PlanDataFiles.rows(draft, PlanFiles.TASKS).stream()
                .filter(row -> !row.optional(PlanDrafter.REVIEW_NOTE).isEmpty())
                .map(row -> "Nhiệm vụ " + row.required("number") + ": " + row.optional(PlanDrafter.REVIEW_NOTE))
                .collect(Collectors.toList());
    }

    private String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }
}
