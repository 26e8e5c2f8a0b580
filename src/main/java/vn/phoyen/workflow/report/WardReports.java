package vn.phoyen.workflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.dashboard.WardFigures;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.plan.PlanCatalog;
import vn.phoyen.workflow.plan.PlanYear;
import vn.phoyen.workflow.plan.UnknownPlanYearException;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.survey.SurveyResults;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.document.OfficialDocument;
import vn.phoyen.workflow.document.Signature;

/**
 * The ward's periodic reports on its plan: opened for a period, drafted from the ward's figures, issued once a
 * supervisor approves and the clerk gives the register number; the Word document of each, as draft or as issued.
 */
@Component
class WardReports {

    private final WardFigures figures;
    private final PlanCatalog plans;
    private final Organization organization;
    private final ReportStore store;
    private final ReportNumbers numbers;
    private final ReportProperties properties;
    private final SurveyResults surveys;

    WardReports(WardFigures figures, PlanCatalog plans, Organization organization, ReportStore store,
            ReportNumbers numbers, ReportProperties properties, SurveyResults surveys) {
        this.figures = figures;
        this.plans = plans;
        this.organization = organization;
        this.store = store;
        this.numbers = numbers;
        this.properties = properties;
        this.surveys = surveys;
    }

    /**
     * The period of a new report: a report is on the plan, so the period's year must have one.
     *
     * @throws Refusal naming the variable, in Vietnamese
     */
    ReportPeriod open(String periodCode) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(periodCode);
        } catch (IllegalArgumentException unreadable) {
            throw new Refusal(unreadable.getMessage());
        }
        try {
            plans.year(period.year());
        } catch (UnknownPlanYearException noPlan) {
            throw new Refusal("Biến '" + ReportPeriod.VARIABLE + "': " + noPlan.getMessage()
                    + " nên chưa báo cáo được " + period.label());
        }
        return period;
    }

    /** Drafts the report from the period's figures, keeps the content and gives the office its first narrative. */
    Narrative draft(String processInstanceId, ReportPeriod period, Instant now) {
        PlanYear plan = plans.year(period.year());
        ReportContent content = ReportContents.draft(figures.between(period.from(), period.to()), period,
                plan.number(), citation(plan), this::unitName, surveys.between(period.from(), period.to()));
        store.saveDraft(processInstanceId, content, now);
        return new Narrative(ReportContents.overview(content), "", "", "");
    }

    /** The number the clerk is offered for a report issued in {@code year}. */
    int suggestedNumber(int year) {
        return numbers.suggestion(year);
    }

    /**
     * Writes the approved report as issued on {@code issuedOn} (the day it was signed) with the register number the
     * clerk gave.
     *
     * @throws Refusal naming the field and the report that has the number, when this system has issued a report with
     *                 that number in that year
     */
    ReportStore.IssuedReport issue(String processInstanceId, Narrative narrative, Signature signature,
            int number, LocalDate issuedOn) {
        ReportContent content = stored(processInstanceId).content();
        int year = issuedOn.getYear();
        store.periodNumbered(year, number).ifPresent(period -> {
            throw new Refusal("Số " + ReportNumbers.symbol(number) + " năm " + year + " đã cấp cho báo cáo "
                    + ReportPeriod.parse(period).label() + " ('" + ReportAnswers.REGISTER_NUMBER
                    + "'): nhập số tiếp theo trong sổ đăng ký văn bản đi");
        });
        ReportSheet sheet = sheet(content, narrative, ReportNumbers.symbol(number), issuedOn, signature);
        ReportStore.IssuedReport issued = new ReportStore.IssuedReport(sheet.number(), issuedOn, signature.name(),
                ReportDocument.fileName(sheet), ReportDocument.write(sheet));
        store.saveIssued(processInstanceId, year, number, issued);
        return issued;
    }

    /** The issued document, or else the draft as the office's narrative now stands; empty for an unknown report. */
    Optional<ReportFile> document(String processInstanceId, Supplier<Narrative> narrative,
            Supplier<Signature> signer, LocalDate today) {
        return store.find(processInstanceId).map(report -> report.issued()
                .map(issued -> new ReportFile(issued.fileName(), issued.document()))
                .orElseGet(() -> {
                    ReportSheet draft = sheet(report.content(), narrative.get(), null, today, signer.get());
                    return new ReportFile(ReportDocument.fileName(draft), ReportDocument.write(draft));
                }));
    }

    record ReportFile(String fileName, byte[] content) {
    }

    private ReportSheet sheet(ReportContent content, Narrative narrative, String number, LocalDate date,
            Signature signature) {
        String issuingBody = plans.year(content.from().getYear()).issuer();
        return new ReportSheet(issuingBody, OfficialDocument.placeOf(issuingBody), number, date, content, narrative, signature,
                properties.recipients(), properties.archive());
    }

    private ReportStore.StoredReport stored(String processInstanceId) {
        return store.find(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("báo cáo " + processInstanceId + " chưa được lập dự thảo"));
    }

    /** "Kế hoạch số 54/KH-UBND ngày 11/09/2025 của UBND phường Phổ Yên về duy trì, cải thiện …". */
    private static String citation(PlanYear plan) {
        String title = plan.title().isEmpty() ? ""
                : " về " + plan.title().substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + plan.title().substring(1);
        return "Kế hoạch số " + plan.number() + " ngày " + WorkingCalendar.DAY.format(plan.issued()) + " của "
                + plan.issuer() + title;
    }

    private String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }
}
