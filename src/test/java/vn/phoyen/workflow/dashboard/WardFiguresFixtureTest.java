package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.dashboard.WardFigures.CaseRef;
import vn.phoyen.workflow.dashboard.WardFigures.DialogueFigures;
import vn.phoyen.workflow.dashboard.WardFigures.Figures;
import vn.phoyen.workflow.dashboard.WardFigures.PapiDimensionFigures;
import vn.phoyen.workflow.dashboard.WardFigures.PlanTaskFigures;
import vn.phoyen.workflow.dashboard.WardFigures.ProcedureFigures;
import vn.phoyen.workflow.dashboard.WardFigures.UnitFigures;
import vn.phoyen.workflow.feedback.Satisfaction;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.organization.UnitRole;
import vn.phoyen.workflow.plan.Completion;
import vn.phoyen.workflow.plan.PapiDimension;
import vn.phoyen.workflow.plan.PlanTask;
import vn.phoyen.workflow.plan.PlanYear;

/**
 * The figures of the third quarter of 2025 (01/07–30/09) for a hand-made fixture: a handful of cases of each kind,
 * ratings, a plan year of five tasks and two dialogue conferences. Every expected number is a literal worked out by
 * hand; the comment beside it shows the sum.
 */
class WardFiguresFixtureTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate TO = LocalDate.of(2025, 9, 30);

    static final Organization WARD = new Organization(List.of(
            new Unit("vhxh", "Phòng Văn hoá - Xã hội", UnitRole.SUPERVISING_OFFICE),
            new Unit("vp", "Văn phòng HĐND và UBND", UnitRole.UNIT),
            new Unit("kthtdt", "Phòng Kinh tế, Hạ tầng và Đô thị", UnitRole.UNIT),
            new Unit("ttdvth", "Trung tâm dịch vụ tổng hợp", UnitRole.UNIT),
            new Unit("ca", "Công an phường", UnitRole.UNIT),
            new Unit("lanhdao", "Chủ tịch, Phó Chủ tịch UBND phường", UnitRole.SUPERVISORS)), List.of());

    static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    static CaseFacts kase(String key, String number, String unit, LocalDate received, LocalDate due,
            LocalDate resolved, LocalDate closed) {
        return new CaseFacts(key, number, "pi-" + number, unit, received, due, resolved, closed);
    }

    static final List<CaseFacts> CASES = List.of(
            // received on the first day of the period, resolved on its due day: on time
            kase("complaint", "KN-1", "vp", d(7, 1), d(7, 31), d(7, 31), null),
            // resolved the day after its due day: late
            kase("complaint", "KN-2", "vp", d(8, 5), d(9, 4), d(9, 5), null),
            // received on the last day of the period, not due yet: open
            kase("complaint", "KN-3", "vp", d(9, 30), d(10, 10), null, null),
            // received the day before the period: not counted
            kase("complaint", "KN-4", "vp", d(6, 30), d(7, 30), d(7, 2), null),
            // due 09/09, still open on 30/09: overdue
            kase("complaint", "KN-5", "vp", d(8, 10), d(9, 9), null, null),
            // withdrawn: received, neither resolved nor pending
            kase("complaint", "KN-6", "vp", d(8, 20), d(8, 30), null, d(8, 25)),
            // resolved on 02/10, after the period: pending on 30/09, and due 29/09 so overdue
            kase("denunciation", "TC-1", "vp", d(7, 15), d(9, 29), d(10, 2), null),
            // due on the period's last day itself: pending, not overdue
            kase("denunciation", "TC-2", "vp", d(7, 20), d(9, 30), null, null),
            kase("feedback", "PA-1", "kthtdt", d(7, 2), d(7, 16), d(7, 16), null),
            kase("feedback", "PA-2", "kthtdt", d(7, 3), d(7, 17), d(7, 18), null),
            // received the day after the period: not counted
            kase("feedback", "PA-3", "kthtdt", d(10, 1), d(10, 15), null, null),
            kase("feedback", "PA-4", "ca", d(9, 1), d(9, 15), d(9, 10), null),
            kase("feedback", "PA-5", "ca", d(9, 25), d(10, 9), null, null),
            // a reception has no deadline: ended means on time; it is no unit's case
            kase("citizen-reception", "TD-1", "vp", d(7, 10), null, d(7, 10), null),
            kase("citizen-reception", "TD-2", "vp", d(9, 30), null, null, null));

    static PlanTask task(int number, List<String> leads, Completion completion, LocalDate deadline,
            PapiDimension dimension) {
        return new PlanTask(number, "Nhiệm vụ thử " + number, leads, List.of(), completion,
                Optional.ofNullable(deadline), Optional.ofNullable(dimension), List.of("Việc " + number), 0, false, false,
                false, Set.of());
    }

    static final PlanYear PLAN = new PlanYear("KH54", "54/KH-UBND", "Kế hoạch", "UBND phường Phổ Yên", d(1, 10),
            d(1, 10), 2025, List.of(
                    task(1, List.of("vp", "ca"), Completion.ONGOING, null, PapiDimension.TRANSPARENCY),
                    task(2, List.of("kthtdt"), Completion.BY_DATE, d(9, 30), PapiDimension.TRANSPARENCY),
                    task(3, List.of("vhxh"), Completion.ONGOING, null, null),
                    task(4, List.of("ttdvth"), Completion.BY_DATE, d(9, 29), PapiDimension.E_GOVERNANCE),
                    task(5, List.of("ttdvth"), Completion.ONGOING, null, PapiDimension.E_GOVERNANCE)));

    static PlanTaskFacts.Report report(String unit, String period, LocalDate submitted, LocalDate accepted,
            String doneWork) {
        return new PlanTaskFacts.Report(unit, period, submitted, accepted, doneWork);
    }

    static final List<String> YEAR = List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");

    static final Map<String, PlanTaskFacts> TASKS = Map.of(
            "KH54-2025-T01", new PlanTaskFacts("pi-T01", d(1, 10), null, List.of("vp", "ca"), YEAR, List.of(
                    report("vp", "2025-Q1", d(3, 10), d(3, 12), "Niêm yết 12 thủ tục"),
                    report("vp", "2025-Q2", d(6, 14), d(6, 20), "Cập nhật trang thông tin"),
                    // submitted late (due 15/09) but before 30/09; accepted only on 02/10
                    report("vp", "2025-Q3", d(9, 20), d(10, 2), "Công khai ngân sách"),
                    report("ca", "2025-Q1", d(3, 13), d(3, 14), "Tuyên truyền tại tổ dân phố"),
                    report("ca", "2025-Q2", d(6, 15), d(6, 15), " "))),
            // ca's 2025-Q3 report has not come in: due 15/09
            "KH54-2025-T02", new PlanTaskFacts("pi-T02", d(1, 10), d(9, 30), List.of("kthtdt"), List.of("2025-Q3"),
                    List.of(report("kthtdt", "2025-Q3", d(9, 10), d(9, 12), "Hoàn thành quy hoạch"))),
            "KH54-2025-T04", new PlanTaskFacts("pi-T04", d(1, 10), null, List.of("ttdvth"), List.of("2025-Q3"),
                    List.of()),
            "KH54-2025-T05", new PlanTaskFacts("pi-T05", d(1, 10), null, List.of("ttdvth"),
                    List.of("2025-Q3", "2025-Q4"), List.of(report("ttdvth", "2025-Q3", d(9, 15), d(9, 16), "Số hoá"))));

    static DialogueFacts.Commitment commitment(String id, LocalDate deadline, LocalDate done) {
        return new DialogueFacts.Commitment(id, "DT-1", "kthtdt", deadline, done);
    }

    static final List<DialogueFacts> DIALOGUES = List.of(
            new DialogueFacts("pi-DT-1", "DT-1", d(8, 15), List.of(
                    commitment("K1", d(9, 30), d(9, 1)),
                    commitment("K2", d(9, 20), null),
                    commitment("K3", d(9, 30), null),
                    commitment("K4", d(9, 25), d(10, 5)))),
            new DialogueFacts("pi-DT-2", "DT-2", d(10, 1), List.of()),
            new DialogueFacts("pi-DT-3", "DT-3", d(9, 30), List.of()));

    static final WardHistory HISTORY = new WardHistory() {
        @Override
        public Map<String, PlanTaskFacts> planTasks(Map<String, List<String>> processKeysByBusinessKey) {
            Map<String, PlanTaskFacts> facts = new HashMap<>();
            processKeysByBusinessKey.forEach((businessKey, processKeys) -> {
                assertThat(processKeys).containsExactly("plan-task",
                        "plan-task-" + businessKey.substring(businessKey.length() - 2));
                facts.put(businessKey, TASKS.getOrDefault(businessKey, PlanTaskFacts.notStarted()));
            });
            return facts;
        }

        @Override
        public List<DialogueFacts> dialogues(LocalDate from, LocalDate to) {
            return DIALOGUES;
        }

        @Override
        public LocalDate today() {
            return d(10, 10);
        }
    };

    static final Satisfaction RATINGS = new Satisfaction() {
        @Override
        public List<UnitSatisfaction> perUnit(LocalDate from, LocalDate to) {
            assertThat(from).isEqualTo(FROM);
            assertThat(to).isEqualTo(TO);
            return List.of(new UnitSatisfaction("kthtdt", 4, 3), new UnitSatisfaction("ca", 0, 0));
        }

        @Override
        public List<QuarterSatisfaction> perUnitAndQuarter(int year) {
            throw new UnsupportedOperationException("the figures ask per unit only");
        }

        @Override
        public RatedCases ratedCases(LocalDate from, LocalDate to, String unit, boolean satisfiedOnly, int offset,
                int limit) {
            assertThat(from).isEqualTo(FROM);
            assertThat(to).isEqualTo(TO);
            // the latest rating first
            List<RatedCase> selected = Stream.of(new RatedCase("PA-4", "pi-PA-4", "kthtdt", 4),
                    new RatedCase("PA-3", "pi-PA-3", "kthtdt", 2), new RatedCase("PA-2", "pi-PA-2", "kthtdt", 4),
                    new RatedCase("PA-1", "pi-PA-1", "kthtdt", 5)).filter(one -> unit == null || unit.equals(one.unit()))
                    .filter(one -> !satisfiedOnly || one.satisfied()).toList();
            return new RatedCases(selected.size(), selected.stream().skip(offset).limit(limit).toList());
        }
    };

    static final PlanData PLAN_DATA = new PlanData() {
        @Override
        public Optional<PlanYear> year(int year) {
            return year == 2025 ? Optional.of(PLAN) : Optional.empty();
        }

        @Override
        public LocalDate reportDue(String periodCode) {
            // the 15th of the quarter's last month
            return LocalDate.of(2025, Integer.parseInt(periodCode.substring(6)) * 3, 15);
        }
    };

    final Figures figures = new WardFiguresService(new JavaCaseRecords(CASES), HISTORY, RATINGS, PLAN_DATA, WARD)
            .between(FROM, TO);

    @Test
    void theEndedPeriodStandsAtItsLastDay() {
        // today is 10/10/2025 in this fixture: the third quarter has ended
        assertThat(figures.standsOn()).isEqualTo(TO);
    }

    @Test
    void perUnitTheOnTimeRateIsResolvedOnTimeOverResolved() {
        assertThat(figures.units()).extracting(UnitFigures::unit, UnitFigures::received, UnitFigures::resolved,
                UnitFigures::resolvedOnTime, UnitFigures::resolvedLate, UnitFigures::open, UnitFigures::overdue,
                UnitFigures::onTimeRate).containsExactly(
                // nothing received: no rate rather than 0 %
                tuple("vhxh", 0, 0, 0, 0, 0, 0, null),
                // KN-1 KN-2 KN-3 KN-5 KN-6 TC-1 TC-2 = 7 received (KN-4 before, TD-* no unit's case);
                // resolved KN-1 (on time) + KN-2 (late) = 2; open KN-3 KN-5 TC-1 TC-2 = 4, of which KN-5 and TC-1
                // overdue = 2; KN-6 withdrawn; rate 1 / 2 = 50 %
                tuple("vp", 7, 2, 1, 1, 4, 2, 50.0),
                // PA-1 on time, PA-2 late (PA-3 after the period): 1 / 2 = 50 %
                tuple("kthtdt", 2, 2, 1, 1, 0, 0, 50.0),
                tuple("ttdvth", 0, 0, 0, 0, 0, 0, null),
                // PA-4 on time, PA-5 open: 1 / 1 = 100 %
                tuple("ca", 2, 1, 1, 0, 1, 0, 100.0));
        assertThat(figures.units().get(1).unitName()).isEqualTo("Văn phòng HĐND và UBND");
    }

    @Test
    void perUnitTheSatisfactionIndexIsTheShareOfRatingsOfFourOrFive() {
        assertThat(figures.units()).extracting(UnitFigures::unit, UnitFigures::ratings, UnitFigures::satisfied,
                UnitFigures::satisfactionIndex).containsExactly(
                tuple("vhxh", 0, 0, null),
                tuple("vp", 0, 0, null),
                // 3 of 4 ratings were 4 or 5: 75 %
                tuple("kthtdt", 4, 3, 75.0),
                tuple("ttdvth", 0, 0, null),
                tuple("ca", 0, 0, null));
    }

    final FigureCases figureCases = new FigureCases(new JavaCaseRecords(CASES), HISTORY, RATINGS);

    List<CaseRef> behind(String procedure, String unit, FigureCases.Figure figure) {
        return figureCases.cases(FROM, TO, procedure, unit, figure, 1, 20).cases();
    }

    @Test
    void theCasesBehindAFigureAreAPageOfTheirOwnTheLatestReceivedFirst() {
        assertThat(behind(null, "vp", FigureCases.Figure.RECEIVED)).extracting(CaseRef::caseNumber, CaseRef::status)
                .containsExactly(tuple("KN-3", "open"), tuple("KN-6", "closed"), tuple("KN-5", "overdue"),
                        tuple("KN-2", "late"), tuple("TC-2", "open"), tuple("TC-1", "overdue"), tuple("KN-1", "on-time"));
        assertThat(behind(null, "vp", FigureCases.Figure.OVERDUE)).extracting(CaseRef::caseNumber)
                .containsExactly("KN-5", "TC-1");
        assertThat(behind(null, "vp", FigureCases.Figure.PENDING)).extracting(CaseRef::caseNumber)
                .containsExactly("KN-3", "KN-5", "TC-2", "TC-1");
        assertThat(behind(null, "vp", FigureCases.Figure.RESOLVED)).extracting(CaseRef::caseNumber)
                .containsExactly("KN-2", "KN-1");
        assertThat(behind("denunciation", null, FigureCases.Figure.RECEIVED))
                .extracting(CaseRef::processKey, CaseRef::caseNumber)
                .containsExactly(tuple("denunciation", "TC-2"), tuple("denunciation", "TC-1"));
        // a reception is no unit's case: the receiving desk's unit lists none of them
        assertThat(behind("citizen-reception", "vp", FigureCases.Figure.RECEIVED)).isEmpty();
        assertThat(behind("complaint", null, FigureCases.Figure.ON_TIME).get(0).cockpitLink())
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/pi-KN-1");
        // the figures open the rated cases behind them, the latest rating first
        assertThat(behind(null, "kthtdt", FigureCases.Figure.RATED)).extracting(CaseRef::caseNumber, CaseRef::status)
                .containsExactly(tuple("PA-4", "satisfied"), tuple("PA-3", "not-satisfied"), tuple("PA-2", "satisfied"),
                        tuple("PA-1", "satisfied"));
        assertThat(behind(null, "kthtdt", FigureCases.Figure.SATISFIED)).extracting(CaseRef::caseNumber)
                .containsExactly("PA-4", "PA-2", "PA-1");
        assertThat(behind(null, "ca", FigureCases.Figure.RATED)).isEmpty();
    }

    @Test
    void aPageHoldsAtMostItsSizeAndTheTotalCountsThemAll() {
        FigureCases.CasePage second = figureCases.cases(FROM, TO, null, "vp", FigureCases.Figure.RECEIVED, 2, 3);
        assertThat(second.total()).isEqualTo(7);
        assertThat(second.cases()).extracting(CaseRef::caseNumber).containsExactly("KN-2", "TC-2", "TC-1");
        assertThat(figureCases.cases(FROM, TO, null, "vp", FigureCases.Figure.RECEIVED, 3, 3).cases())
                .extracting(CaseRef::caseNumber).containsExactly("KN-1");
    }

    @Test
    void perProcedureEveryCaseReceivedIsCountedOnceDenunciationsByNumberOnly() {
        assertThat(figures.procedures()).extracting(ProcedureFigures::processKey, ProcedureFigures::name,
                ProcedureFigures::received, ProcedureFigures::resolvedOnTime, ProcedureFigures::resolvedLate,
                ProcedureFigures::pending, ProcedureFigures::pendingOverdue).containsExactly(
                // KN-1 KN-2 KN-3 KN-5 KN-6 = 5: on time KN-1, late KN-2, pending KN-3 KN-5 (overdue KN-5), KN-6 closed
                tuple("complaint", "Khiếu nại", 5, 1, 1, 2, 1),
                // TC-1 TC-2 both pending on 30/09, TC-1 overdue
                tuple("denunciation", "Tố cáo", 2, 0, 0, 2, 1),
                // PA-1 PA-2 PA-4 PA-5 = 4: on time PA-1 PA-4, late PA-2, pending PA-5
                tuple("feedback", "Phản ánh, kiến nghị", 4, 2, 1, 1, 0),
                // TD-1 ended, TD-2 still open
                tuple("citizen-reception", "Tiếp công dân", 2, 1, 0, 1, 0));
    }

    @Test
    void perPlanTaskStatusAndProgressAsTheyStoodAtTheEndOfThePeriod() {
        assertThat(figures.planTasks()).extracting(PlanTaskFigures::label, PlanTaskFigures::status,
                PlanTaskFigures::progressPercent, PlanTaskFigures::processInstanceId).containsExactly(
                // 2 units x 4 periods = 8 reports; accepted by 30/09: vp Q1 Q2, ca Q1 Q2 = 4 -> 50 %;
                // ca's Q3 report, due 15/09, is not in: overdue
                tuple("Nhiệm vụ 1", "overdue", 50, "pi-T01"),
                // its process completed on 30/09 (the last day counts); 1 of 1 report accepted -> 100 %
                tuple("Nhiệm vụ 2", "done", 100, "pi-T02"),
                tuple("Nhiệm vụ 3", "not-started", 0, null),
                // deadline 29/09 passed and the Q3 report missing; 0 of 1 -> 0 %
                tuple("Nhiệm vụ 4", "overdue", 0, "pi-T04"),
                // Q3 submitted on its due day 15/09 and accepted: 1 of 2 -> 50 %; Q4 not due yet
                tuple("Nhiệm vụ 5", "in-progress", 50, "pi-T05"));
        PlanTaskFigures first = figures.planTasks().get(0);
        assertThat(first.papiDimension()).isEqualTo("2 – Công khai, minh bạch");
        assertThat(first.leadUnits()).containsExactly("vp", "ca");
        assertThat(first.checklist()).containsExactly("Việc 1");
        // accepted reports only, in period then lead-unit order; ca's Q2 report said nothing
        assertThat(first.doneWork()).containsExactly(
                "quý I/2025 – Văn phòng HĐND và UBND: Niêm yết 12 thủ tục",
                "quý I/2025 – Công an phường: Tuyên truyền tại tổ dân phố",
                "quý II/2025 – Văn phòng HĐND và UBND: Cập nhật trang thông tin");
        assertThat(first.overdueItems()).containsExactly("Báo cáo quý III/2025 của Công an phường chưa nộp (hạn 15/09/2025)");
        assertThat(figures.planTasks().get(3).overdueItems()).containsExactly(
                "Báo cáo quý III/2025 của Trung tâm dịch vụ tổng hợp chưa nộp (hạn 15/09/2025)",
                "Chưa hoàn thành nhiệm vụ (hạn 29/09/2025)");
        assertThat(figures.planTasks().get(2).papiDimension()).isEqualTo("Chung – mọi chỉ số nội dung");
        assertThat(first.cockpitLink()).isEqualTo("/camunda/app/cockpit/default/#/process-instance/pi-T01");
    }

    @Test
    void perPapiDimensionItsTasksAndHowTheyStand() {
        assertThat(figures.papiDimensions()).extracting(PapiDimensionFigures::dimension,
                PapiDimensionFigures::taskLabels, PapiDimensionFigures::done, PapiDimensionFigures::inProgress,
                PapiDimensionFigures::overdue).containsExactly(
                tuple("1", List.of(), 0, 0, 0),
                // task 1 overdue, task 2 done
                tuple("2", List.of("Nhiệm vụ 1", "Nhiệm vụ 2"), 1, 0, 1),
                tuple("3", List.of(), 0, 0, 0),
                tuple("4", List.of(), 0, 0, 0),
                tuple("5", List.of(), 0, 0, 0),
                tuple("6", List.of(), 0, 0, 0),
                tuple("7", List.of(), 0, 0, 0),
                // task 4 overdue, task 5 in progress
                tuple("8", List.of("Nhiệm vụ 4", "Nhiệm vụ 5"), 0, 1, 1),
                // task 3 not started
                tuple("chung", List.of("Nhiệm vụ 3"), 0, 0, 0));
        assertThat(figures.papiDimensions().get(7).name()).isEqualTo("Quản trị điện tử");
    }

    @Test
    void dialoguesHeldInThePeriodAndTheirCommitments() {
        DialogueFigures dialogues = figures.dialogues();
        // DT-1 (15/08) and DT-3 (30/09, the last day) held; DT-2 on 01/10 is after the period
        assertThat(dialogues.held()).isEqualTo(2);
        assertThat(dialogues.conferences()).extracting(CaseRef::caseNumber).containsExactly("DT-1", "DT-3");
        // DT-1's four: K1 done 01/09; K2 due 20/09 not done: overdue; K3 due 30/09: open;
        // K4 due 25/09 done only on 05/10: overdue on 30/09
        assertThat(dialogues.commitments()).isEqualTo(4);
        assertThat(dialogues.commitmentsDone()).isEqualTo(1);
        assertThat(dialogues.commitmentsOverdue()).isEqualTo(2);
        assertThat(dialogues.commitmentCases()).extracting(CaseRef::processInstanceId, CaseRef::status)
                .containsExactly(tuple("K1", "done"), tuple("K2", "overdue"), tuple("K3", "open"),
                        tuple("K4", "overdue"));
    }

    @Test
    void aPeriodInAYearWithoutAPlanHasNoPlanTasksButEveryDimension() {
        Figures nextYear = new WardFiguresService(new JavaCaseRecords(CASES), HISTORY, new Satisfaction() {
            @Override
            public List<UnitSatisfaction> perUnit(LocalDate from, LocalDate to) {
                return List.of();
            }

            @Override
            public List<QuarterSatisfaction> perUnitAndQuarter(int year) {
                return List.of();
            }

            @Override
            public RatedCases ratedCases(LocalDate from, LocalDate to, String unit, boolean satisfiedOnly,
                    int offset, int limit) {
                return new RatedCases(0, List.of());
            }
        }, PLAN_DATA, WARD).between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

        assertThat(nextYear.planTasks()).isEmpty();
        assertThat(nextYear.papiDimensions()).hasSize(8).allSatisfy(dimension ->
                assertThat(dimension.taskLabels()).isEmpty());
        assertThat(nextYear.procedures()).allSatisfy(procedure -> assertThat(procedure.received()).isZero());
        assertThat(nextYear.units()).allSatisfy(unit -> assertThat(unit.onTimeRate()).isNull());
    }
}
