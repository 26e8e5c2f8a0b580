package vn.phoyen.workflow.denunciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.phoyen.workflow.referencedata.DataFileException;

/** The denunciation's domain rules, without the engine. */
class DenunciationRulesTest {

    static final List<String> UNITS = List.of("vhxh", "vp", "kthtdt", "ttdvth", "ca", "mttq", "ubkt", "banktns",
            "lanhdao");

    static DenunciationCompetence competence(String csv) {
        return DenunciationCompetence.read("test.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), List.of("vp", "ca"));
    }

    /** Art. 13(1), Art. 24(2): the file shipped with the application, against the ward's units. */
    @Test
    void theWardResolvesDenunciationsOfItsOwnStaffAndTransfersThoseOfThePoliceFrontPartyCouncilAndLeadership()
            throws IOException {
        DenunciationCompetence shipped;
        try (InputStream file = new ClassPathResource(DenunciationCompetence.FILE).getInputStream()) {
            shipped = DenunciationCompetence.read(DenunciationCompetence.FILE, file, UNITS);
        }
        for (String unit : List.of("ca", "mttq", "ubkt", "banktns", "lanhdao")) {
            assertThat(shipped.of(unit).resolver()).as(unit).isEqualTo(DenunciationCompetence.TRANSFER);
            assertThat(shipped.of(unit).transferred()).isTrue();
            assertThat(shipped.of(unit).competentBody()).as(unit).isNotBlank().doesNotContain("phường Phổ Yên\"");
        }
        for (String unit : List.of("vhxh", "vp", "kthtdt", "ttdvth")) {
            assertThat(shipped.of(unit).resolver()).as(unit).isEqualTo(DenunciationCompetence.WARD);
            assertThat(shipped.of(unit).competentBody()).isEqualTo("Chủ tịch UBND phường Phổ Yên");
        }
        assertThat(shipped.of("lanhdao").competentBody()).isEqualTo("Chủ tịch UBND tỉnh Thái Nguyên");
        assertThatThrownBy(() -> shipped.of("khong-co")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBrokenCompetenceFileIsRefusedNamingTheFileAndTheLine() {
        String header = "unit,resolver,competent_body,citation\n";
        assertThatThrownBy(() -> competence(header + "vp,ward,UBND,Điều 13\nxx,ward,UBND,Điều 13\nca,transfer,CA,Điều 24\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("test.csv dòng 3").hasMessageContaining("xx");
        assertThatThrownBy(() -> competence(header + "vp,maybe,UBND,Điều 13\nca,transfer,CA,Điều 24\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("dòng 2").hasMessageContaining("resolver");
        assertThatThrownBy(() -> competence(header + "vp,ward,UBND,Điều 13\nca,transfer,,Điều 24\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("dòng 3").hasMessageContaining("competent_body");
        assertThatThrownBy(() -> competence(header + "vp,ward,UBND,Điều 13\nvp,ward,UBND,Điều 13\nca,transfer,CA,x\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("dòng 3").hasMessageContaining("đã có");
        assertThatThrownBy(() -> competence(header + "vp,ward,UBND,Điều 13\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("test.csv").hasMessageContaining("[ca]");
        assertThat(competence(header + "vp,ward,UBND,Điều 13\nca,transfer,Công an tỉnh,Điều 24\n").of("ca")
                .competentBody()).isEqualTo("Công an tỉnh");
    }

    /** Art. 9(1)(b), 47 ff.: the handler and the Chairman's group; never administrators, never the accused unit. */
    @Test
    void onlyTheHandlerAndTheChairmansGroupReadTheIdentityNeverAdministratorsNorTheAccusedUnit() {
        assertThat(DenouncerAccess.mayRead("vp.officer", List.of("vp"), "vp.officer", "kthtdt", "lanhdao")).isTrue();
        assertThat(DenouncerAccess.mayRead("lanhdao.head", List.of("lanhdao"), "vp.officer", "kthtdt", "lanhdao"))
                .isTrue();
        assertThat(DenouncerAccess.mayRead("demo", List.of("camunda-admin"), null, "kthtdt", "lanhdao")).isFalse();
        assertThat(DenouncerAccess.mayRead("demo", List.of("camunda-admin"), "vp.officer", "kthtdt", "lanhdao"))
                .isFalse();
        assertThat(DenouncerAccess.mayRead("vhxh.head", List.of("vhxh", "vhxh-heads"), "vp.officer", "kthtdt",
                "lanhdao")).isFalse();
        assertThat(DenouncerAccess.mayRead("kthtdt.officer", List.of("kthtdt"), "vp.officer", "kthtdt", "lanhdao"))
                .isFalse();
        assertThat(DenouncerAccess.mayRead("vp.head", List.of("vp", "vp-heads"), "vp.officer", "kthtdt", "lanhdao"))
                .isFalse();
        // the leadership does not read who denounced the leadership
        assertThat(DenouncerAccess.mayRead("lanhdao.head", List.of("lanhdao"), "vp.officer", "lanhdao", "lanhdao"))
                .isFalse();
        // nor does a handler who belongs to the accused unit
        assertThat(DenouncerAccess.mayRead("vp.officer", List.of("vp"), "vp.officer", "vp", "lanhdao")).isFalse();
        assertThat(DenouncerAccess.mayRead(null, List.of(), null, "kthtdt", "lanhdao")).isFalse();
        assertThat(DenouncerAccess.mayAudit(List.of("lanhdao"), "lanhdao", "camunda-admin")).isTrue();
        assertThat(DenouncerAccess.mayAudit(List.of("vp"), "lanhdao", "camunda-admin")).isFalse();
    }

    /** Calendar days with only weekends off: enough to see the day-off rule applied once. */
    static final ResolutionSchedule SCHEDULE = new ResolutionSchedule((code, event) -> {
        assertThat(code).isEqualTo("denunciation-resolution");
        LocalDate day = event.plusDays(30);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }, acceptedOn -> 30);

    /** Art. 30: every deadline from the acceptance date, moved off a day off once, never from a moved deadline. */
    @Test
    void eachExtendedDeadlineIsCountedFromTheAcceptanceAndMovedOnceEvenWhenTheFirstFellOnAWeekend() {
        LocalDate accepted = LocalDate.of(2026, 3, 4); // Wed; +30 Fri 03/04, +60 Sun 03/05 → Mon 04/05, +90 Tue 02/06
        assertThat(SCHEDULE.resolutionDue(accepted)).isEqualTo(LocalDate.of(2026, 4, 3));
        ResolutionSchedule.Extension first = SCHEDULE.extend(0, ResolutionSchedule.ESPECIALLY_COMPLEX, accepted, 0);
        assertThat(first).isEqualTo(new ResolutionSchedule.Extension(1, LocalDate.of(2026, 5, 4)));
        ResolutionSchedule.Extension second = SCHEDULE.extend(1, ResolutionSchedule.ESPECIALLY_COMPLEX, accepted, 0);
        // from the moved 04/05 it would be 03/06: the law counts from the acceptance
        assertThat(second).isEqualTo(new ResolutionSchedule.Extension(2, LocalDate.of(2026, 6, 2)));
        assertThatThrownBy(() -> SCHEDULE.extend(2, ResolutionSchedule.ESPECIALLY_COMPLEX, accepted, 0))
                .isInstanceOf(ResolutionSchedule.ExtensionRefused.class).hasMessageContaining("2 lần");
    }

    @Test
    void aComplexCaseExtendsOnceAnEspeciallyComplexOneTwiceAndTheComplexityMustBeChosen() {
        LocalDate accepted = LocalDate.of(2026, 3, 4);
        assertThat(SCHEDULE.extend(0, ResolutionSchedule.COMPLEX, accepted, 0).number()).isEqualTo(1);
        assertThatThrownBy(() -> SCHEDULE.extend(1, ResolutionSchedule.COMPLEX, accepted, 0))
                .isInstanceOf(ResolutionSchedule.ExtensionRefused.class).hasMessageContaining("complexity");
        assertThatThrownBy(() -> SCHEDULE.extend(0, null, accepted, 0))
                .isInstanceOf(ResolutionSchedule.ExtensionRefused.class).hasMessageContaining("complexity");
        assertThatThrownBy(() -> SCHEDULE.extend(0, "simple", accepted, 0))
                .isInstanceOf(ResolutionSchedule.ExtensionRefused.class).hasMessageContaining("complexity");
    }

    /** Art. 34: the days suspended do not count; still from the acceptance, still moved once. */
    @Test
    void aSuspensionPushesTheDeadlineByTheDaysSuspendedCountedFromTheAcceptance() {
        LocalDate accepted = LocalDate.of(2026, 3, 4);
        assertThat(ResolutionSchedule.suspendedDays(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20))).isEqualTo(10);
        assertThat(ResolutionSchedule.suspendedDays(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10))).isZero();
        assertThatThrownBy(() -> ResolutionSchedule.suspendedDays(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9)))
                .isInstanceOf(ResolutionSchedule.ExtensionRefused.class).hasMessageContaining("resumptionDecisionDate");
        // 03/04 + 30 + 1 = Sat 04/04 → Mon 06/04; + 2 = Sun → Mon 06/04; + 3 = Mon 06/04
        assertThat(SCHEDULE.due(accepted, 0, 1)).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(SCHEDULE.due(accepted, 0, 3)).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(SCHEDULE.due(accepted, 1, 10)).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(SCHEDULE.extend(1, ResolutionSchedule.ESPECIALLY_COMPLEX, accepted, 10).newDue())
                .isEqualTo(LocalDate.of(2026, 6, 12));
        assertThatThrownBy(() -> SCHEDULE.due(accepted, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        ResolutionSchedule.checkInitialExtension(false);
        assertThatThrownBy(() -> ResolutionSchedule.checkInitialExtension(true))
                .isInstanceOf(ResolutionSchedule.ExtensionRefused.class).hasMessageContaining("một lần");
    }

    static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], pairs[i + 1]);
        }
        return answers;
    }

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** Art. 29, 30, 33–36: each written decision with its number and date, each notice to both sides. */
    @Test
    void decisionsNeedTheirNumberAndADateNotInTheFutureAndNoticesGoToBothSides() {
        assertThat(DenunciationAnswers.problem("decideAcceptance", answers("acceptanceDecision", "accept",
                "acceptanceDecisionNumber", "01/QĐ-UBND", "acceptanceDecisionDate", "2026-03-10",
                "receivedDate", "2026-03-02"), TODAY)).isEmpty();
        assertThat(DenunciationAnswers.problem("decideAcceptance", answers("acceptanceDecision", "accept",
                "acceptanceDecisionDate", "2026-03-10"), TODAY)).hasValueSatisfying(problem -> assertThat(problem)
                        .contains("acceptanceDecisionNumber"));
        assertThat(DenunciationAnswers.problem("decideAcceptance", answers("acceptanceDecision", "accept",
                "acceptanceDecisionNumber", "1", "acceptanceDecisionDate", "2026-03-11"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("acceptanceDecisionDate")
                        .contains("sau hôm nay"));
        assertThat(DenunciationAnswers.problem("decideAcceptance", answers("acceptanceDecision", "accept",
                "acceptanceDecisionNumber", "1", "acceptanceDecisionDate", "2026-03-01", "receivedDate", "2026-03-02"),
                TODAY)).hasValueSatisfying(problem -> assertThat(problem).contains("không được trước ngày nhận đơn"));
        assertThat(DenunciationAnswers.problem("decideAcceptance", answers("acceptanceDecision", "accept",
                "acceptanceDecisionNumber", "1", "acceptanceDecisionDate", "10/03/2026"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("yyyy-MM-dd"));
        assertThat(DenunciationAnswers.problem("decideAcceptance", answers(), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("acceptanceDecision"));
        assertThat(DenunciationAnswers.problem("decideAcceptance", answers("acceptanceDecision", "refuse"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("refusalReasons"));

        Map<String, Object> notice = answers("denouncerNoticeDate", "2026-03-10", "denouncerNoticeReference", "1/TB",
                "accusedNoticeDate", "2026-03-10", "accusedNoticeReference", "2/TB");
        for (String task : List.of("notifyAcceptance", "notifyExtension", "notifySuspension", "notifyResumption",
                "notifyTermination")) {
            assertThat(DenunciationAnswers.problem(task, notice, TODAY)).as(task).isEmpty();
            Map<String, Object> noAccused = new HashMap<>(notice);
            noAccused.remove("accusedNoticeReference");
            assertThat(DenunciationAnswers.problem(task, noAccused, TODAY)).as(task)
                    .hasValueSatisfying(problem -> assertThat(problem).contains("accusedNoticeReference"));
        }
        assertThat(DenunciationAnswers.problem("decideExtension", answers("extensionDecision", "extend",
                "extensionDecisionNumber", "3/QĐ", "extensionDecisionDate", "2026-03-10"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("complexity"));
        assertThat(DenunciationAnswers.problem("decideWithdrawal", answers("withdrawalOutcome", "terminate",
                "terminationDecisionNumber", "4/QĐ", "terminationDecisionDate", "2026-03-10"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("withdrawalRequestDate"));
        assertThat(DenunciationAnswers.problem("decideWithdrawal", answers("withdrawalRequestDate", "2026-03-09",
                "withdrawalOutcome", "continue"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("continueReason"));
        assertThat(DenunciationAnswers.problem("resumeResolution", answers("resumptionDecisionNumber", "5/QĐ",
                "resumptionDecisionDate", "2026-03-05", "suspensionDecisionDate", "2026-03-06"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("không được trước ngày tạm đình chỉ"));
        assertThat(DenunciationAnswers.problem("handleConclusion", answers("handlingOutcome", "reward",
                "handlingMeasures", "x", "handledOn", "2026-03-10"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("handlingOutcome"));
        assertThat(DenunciationAnswers.problem("checkInformation", answers("informationOutcome", "file"), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("filingReason"));
        assertThat(DenunciationAnswers.problem("assignHandler", answers(), TODAY)).isEmpty();
    }

    @Test
    void theIdentityNeverPrintsItsValues() {
        DenouncerIdentity identity = new DenouncerIdentity("Nguyễn Văn A", "0912345678", "001234567890", "TD-2026-0001");
        assertThat(identity.toString()).doesNotContain("Nguyễn Văn A").doesNotContain("0912345678")
                .doesNotContain("001234567890").doesNotContain("TD-2026");
        assertThat(new DenouncerIdentityStore.ProtectedCase("1", "TC-2026-0001", "ca", identity).toString())
                .doesNotContain("Nguyễn Văn A").doesNotContain("0912345678").doesNotContain("TD-2026");
        assertThat(new DenouncerIdentity(null, null).isEmpty()).isTrue();
        assertThat(new DenouncerIdentity("", "", "", "TD-2026-0001").isEmpty()).isTrue();
        assertThat(new DenouncerIdentity("Bút danh", "").isEmpty()).isFalse();
    }
}
