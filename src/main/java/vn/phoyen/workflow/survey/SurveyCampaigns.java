package vn.phoyen.workflow.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.feedback.TrackingCodes;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.process.ApprovalDecision;
import vn.phoyen.workflow.process.Refusal;

/**
 * Survey campaigns (process {@code survey-campaign}): the office's plan checked, the Chairman's approval, opening and
 * closing, one-time codes and the residents' anonymous answers. Plain Java: the engine is at the delegates.
 */
@Service
class SurveyCampaigns {

    static final String PROCESS_KEY = "survey-campaign";
    static final String AREA = "serviceArea";
    static final String FROM = "periodFrom";
    static final String TO = "periodTo";
    static final String UNITS = "units";
    static final String VERSION = "questionnaireVersion";
    /** A campaign runs at most a year: the index is read per quarter, and a longer one is several campaigns. */
    static final int MAX_DAYS = 366;
    static final int MAX_CODES = 1000;

    static final String DRAFT = "draft";
    static final String APPROVED = "approved";
    static final String OPEN = "open";
    static final String CLOSED = "closed";
    static final String WITHDRAWN = "withdrawn";

    private final SurveyStore store;
    private final Organization organization;
    private final TransactionTemplate transaction;
    private final Questionnaires questionnaires = Questionnaires.fromClasspath();
    private final TrackingCodes codes = new TrackingCodes(new SecureRandom());

    SurveyCampaigns(SurveyStore store, Organization organization, PlatformTransactionManager transactions) {
        this.store = store;
        this.organization = organization;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The office's plan as the form sent it.
     *
     * @throws Refusal naming the first field at fault, in Vietnamese
     */
    CampaignPlan plan(Object area, Object from, Object to, Object units, Object version, LocalDate today) {
        ServiceArea serviceArea = ServiceArea.of(text(area)).orElseThrow(() -> new Refusal(
                "Lĩnh vực khảo sát ('" + AREA + "') phải là một trong: " + ServiceArea.codes()));
        LocalDate start = date(from, FROM, "Ngày bắt đầu");
        LocalDate end = date(to, TO, "Ngày kết thúc");
        if (start.isBefore(today)) {
            throw new Refusal("Ngày bắt đầu ('" + FROM + "') không được trước hôm nay");
        }
        if (end.isBefore(start)) {
            throw new Refusal("Ngày kết thúc ('" + TO + "') không được trước ngày bắt đầu ('" + FROM + "')");
        }
        if (end.isAfter(start.plusDays(MAX_DAYS - 1))) {
            throw new Refusal("Đợt khảo sát ('" + TO + "') dài tối đa " + MAX_DAYS + " ngày");
        }
        Set<String> unitIds = new LinkedHashSet<>(Arrays.stream(text(units).split("[,;\\s]+"))
                .filter(id -> !id.isBlank()).toList());
        if (unitIds.isEmpty()) {
            throw new Refusal("Cần ghi ít nhất một đơn vị được khảo sát ('" + UNITS + "', mã đơn vị, ví dụ ttdvth)");
        }
        for (String id : unitIds) {
            if (organization.unit(id).isEmpty()) {
                throw new Refusal("Đơn vị '" + id + "' ('" + UNITS + "') không có trong danh sách đơn vị: "
                        + organization.units().stream().map(Unit::id).collect(Collectors.joining(", ")));
            }
        }
        String chosen = text(version);
        Questionnaire questionnaire = chosen.isEmpty() ? questionnaires.latest()
                : questionnaires.version(chosen).orElseThrow(() -> new Refusal("Bộ câu hỏi ('" + VERSION
                        + "') không có phiên bản " + chosen + "; có: " + String.join(", ", questionnaires.versions())));
        return new CampaignPlan(serviceArea, start, end, List.copyOf(unitIds), questionnaire);
    }

    /** Records a new campaign; its business key {@code KS-{year}-{nnn}}. */
    String open(String processInstanceId, CampaignPlan plan) {
        long id = store.insertCampaign(processInstanceId, plan, DRAFT);
        String businessKey = "KS-%d-%03d".formatted(plan.from().getYear(), id);
        store.setBusinessKey(id, businessKey);
        return businessKey;
    }

    void revise(String processInstanceId, CampaignPlan plan) {
        store.revise(processInstanceId, plan);
    }

    /**
     * The Chairman's answer; an approval of a campaign whose last day has passed is refused (it must be returned for
     * new dates), so a campaign never opens and closes at once with no day to answer.
     */
    ApprovalDecision decide(String processInstanceId, Object decision, Object returnReason, LocalDate today) {
        ApprovalDecision chosen = ApprovalDecision.of(decision, returnReason, "đợt khảo sát");
        if (chosen == ApprovalDecision.APPROVE) {
            SurveyStore.Campaign campaign = campaignOfInstance(processInstanceId);
            if (campaign.to().isBefore(today)) {
                throw new Refusal("Đợt khảo sát đã qua ngày kết thúc " + campaign.to() + " ('" + TO
                        + "'): chọn trả lại để Phòng sửa thời gian");
            }
            store.setStatus(processInstanceId, APPROVED);
        }
        return chosen;
    }

    void opened(String processInstanceId) {
        store.setStatus(processInstanceId, OPEN);
    }

    void withdrawn(String processInstanceId) {
        store.setStatus(processInstanceId, WITHDRAWN);
    }

    /** Closes the campaign: no code is taken after this; its figures for the office's review. */
    List<SurveyResult> close(String processInstanceId) {
        store.setStatus(processInstanceId, CLOSED);
        SurveyStore.Campaign campaign = campaignOfInstance(processInstanceId);
        return SurveyIndex.results(store.counts(null, null, campaign.id()), store.sheets(null, null, campaign.id()),
                this::unitName);
    }

    /**
     * {@code count} new codes for a unit of an approved or open campaign, as residents see them; only their hashes are
     * kept, so the list is shown once, to print.
     */
    IssuedCodes issue(String businessKey, String unit, int count) {
        SurveyStore.Campaign campaign = store.campaign(businessKey).orElseThrow(() -> new Refusal(
                "Không có đợt khảo sát " + businessKey));
        if (!campaign.status().equals(APPROVED) && !campaign.status().equals(OPEN)) {
            throw new Refusal("Đợt khảo sát " + businessKey + " " + statusText(campaign.status())
                    + ": chỉ cấp mã cho đợt đã duyệt hoặc đang mở");
        }
        if (!campaign.units().contains(unit)) {
            throw new Refusal("Đơn vị ('unit') phải là một đơn vị của đợt khảo sát: " + String.join(", ",
                    campaign.units()));
        }
        if (count < 1 || count > MAX_CODES) {
            throw new Refusal("Số mã ('count') phải từ 1 đến " + MAX_CODES);
        }
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            issued.add(codes.next());
        }
        store.insertCodes(campaign.id(), unit, issued.stream().map(SurveyCampaigns::hash).toList());
        return new IssuedCodes(campaign.businessKey(), campaign.area().label(), unitName(unit), campaign.from(),
                campaign.to(), issued.stream().map(TrackingCodes::display).toList());
    }

    record IssuedCodes(String campaign, String area, String unitName, LocalDate from, LocalDate to,
            List<String> codes) {
    }

    /** What a code opens: the questionnaire to answer, or why not. */
    sealed interface Lookup {
    }

    record Unknown() implements Lookup {
    }

    record Used() implements Lookup {
    }

    record NotOpen(String campaign, LocalDate from, LocalDate to, boolean ended) implements Lookup {
    }

    record Open(String campaign, String area, String unitName, LocalDate to, Questionnaire questionnaire)
            implements Lookup {
    }

    Lookup lookUp(String typedCode, LocalDate today) {
        Optional<String> hash = TrackingCodes.normalize(typedCode).map(SurveyCampaigns::hash);
        Optional<SurveyStore.CodeRow> code = hash.flatMap(store::code);
        if (code.isEmpty()) {
            return new Unknown();
        }
        if (code.get().used()) {
            return new Used();
        }
        SurveyStore.Campaign campaign = store.campaign(code.get().campaignId()).orElseThrow();
        if (!campaign.status().equals(OPEN) || today.isBefore(campaign.from()) || today.isAfter(campaign.to())) {
            return new NotOpen(campaign.businessKey(), campaign.from(), campaign.to(),
                    !today.isBefore(campaign.from()) || campaign.status().equals(CLOSED)
                            || campaign.status().equals(WITHDRAWN));
        }
        return new Open(campaign.businessKey(), campaign.area().label(), unitName(code.get().unit()), campaign.to(),
                campaign.questionnaire());
    }

    /**
     * Takes one answer sheet for a code, once: the code is marked used and the sheet written in one transaction, the
     * sheet holding only the campaign, the unit and the day.
     *
     * @param ratings question code to rating (1–5); at least one; an unknown question or a value off the scale is
     *                refused naming it
     */
    Lookup answer(String typedCode, Map<String, Integer> ratings, LocalDate today) {
        Lookup lookup = lookUp(typedCode, today);
        if (!(lookup instanceof Open open)) {
            return lookup;
        }
        Map<String, Integer> checked = new LinkedHashMap<>();
        ratings.forEach((question, rating) -> {
            if (open.questionnaire().question(question).isEmpty()) {
                throw new Refusal("Câu hỏi '" + question + "' không có trong phiếu khảo sát này");
            }
            if (rating == null || Rating.of(rating).isEmpty()) {
                throw new Refusal("Câu " + question + ": chọn một mức từ 1 (Rất không hài lòng) đến 5 (Rất hài lòng)");
            }
            checked.put(question, rating);
        });
        if (checked.isEmpty()) {
            throw new Refusal("Cần trả lời ít nhất một câu hỏi");
        }
        String hash = TrackingCodes.normalize(typedCode).map(SurveyCampaigns::hash).orElseThrow();
        SurveyStore.CodeRow code = store.code(hash).orElseThrow();
        Boolean taken = transaction.execute(status -> {
            if (!store.use(hash)) {
                return false;
            }
            store.insertSheet(code.campaignId(), code.unit(), today, open.questionnaire().questions(), checked);
            return true;
        });
        return Boolean.TRUE.equals(taken) ? open : new Used();
    }

    SurveyStore.Campaign campaignOfInstance(String processInstanceId) {
        return store.campaignOfInstance(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "không có đợt khảo sát của " + processInstanceId));
    }

    String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }

    /** SHA-256 of the stored form of a code: the table never holds a code a resident could use. */
    static String hash(String storedCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(storedCode.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String statusText(String status) {
        return switch (status) {
            case DRAFT -> "chưa được duyệt";
            case CLOSED -> "đã kết thúc";
            case WITHDRAWN -> "đã hủy";
            default -> "đang ở trạng thái " + status;
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static LocalDate date(Object value, String variable, String label) {
        String text = text(value);
        if (text.isEmpty()) {
            throw new Refusal(label + " ('" + variable + "') là bắt buộc (dạng yyyy-MM-dd)");
        }
        try {
            // the form's date picker sends yyyy-MM-dd; the REST API may send a date-time
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new Refusal(label + " ('" + variable + "') phải là một ngày có thật, dạng yyyy-MM-dd");
        }
    }
}
