package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

import vn.phoyen.workflow.organization.ResidentialGroup;
import vn.phoyen.workflow.calendar.WorkingCalendar;

class PlanLauncherTest {

    private final FakeStarter starter = new FakeStarter();

    private final PlanLauncher launcher = new PlanLauncher(
            new PlanCatalog(new PlanYearReader(WardOrganization.units()), IssuedPlans.NONE),
            // periods() needs no working calendar
            new PlanSchedule(null, new PlanProperties(ReportingCycle.QUARTERLY, 1, 15, 50)),
            WardOrganization.units(),
            List.of(new ResidentialGroup("tdp-1", "Tổ dân phố số 1", "vp", LocalDate.of(2025, 10, 31)),
                    new ResidentialGroup("tdp-2", "Tổ dân phố số 2", "vp", LocalDate.of(2027, 6, 30))),
            starter, TransactionOperations.withoutTransaction());

    @Test
    void startsTheSharedModelForEveryTaskUnderTheTasksBusinessKey() {
        LaunchResult result = launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        assertThat(result).isEqualTo(new LaunchResult(2025, 16, 0));
        assertThat(starter.starts).extracting(Start::processKey).containsOnly("plan-task").hasSize(16);
        assertThat(starter.starts).extracting(Start::businessKey).startsWith("KH54-2025-T01", "KH54-2025-T02")
                .contains("KH54-2025-T04").endsWith("KH54-2025-T16");
    }

    @Test
    void aTaskStartsWithItsDataAsTheContractNamesIt() {
        launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        Map<String, Object> variables = starter.variablesOf("KH54-2025-T04");
        assertThat(variables).containsEntry("planCode", "KH54")
                .containsEntry("planYear", 2025)
                .containsEntry("taskNumber", 4)
                .containsEntry("taskLabel", "Nhiệm vụ 4")
                .containsEntry("completion", "ongoing")
                .containsEntry("deadline", null)
                .containsEntry("papiDimension", "2 – Công khai, minh bạch")
                .containsEntry("launchedBy", "vhxh.officer")
                .containsEntry("dialoguesPerYear", 0)
                .containsEntry("recordsPublication", true)
                .containsEntry("electsGroupLeaders", false)
                .doesNotContainKeys("residentialGroups");
        assertThat((String) variables.get("taskTitle")).startsWith("Công khai kịp thời, đầy đủ nội dung");
        assertThat(variables.get("leadUnits"))
                .isEqualTo(List.of("vhxh", "vp", "kthtdt", "ttdvth", "ca", "mttq", "ubkt", "banktns"));
        assertThat(variables.get("supportUnits")).isEqualTo(List.of("vhxh"));
        assertThat(variables.get("reportingPeriods")).as("the plan takes effect on 11 Sep 2025")
                .isEqualTo(List.of("2025-Q3", "2025-Q4"));
        assertThat(variables.get("checklist")).isEqualTo(List.of("Công khai tình hình thực hiện ngân sách cấp xã",
                "Công khai danh sách hộ nghèo, hộ cận nghèo", "Công khai danh sách hộ thoát nghèo, thoát cận nghèo",
                "Công khai việc huy động và sử dụng các khoản đóng góp của người dân",
                "Công khai quy hoạch, kế hoạch sử dụng đất", "Công khai bảng giá đất",
                "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố"));
        // land publicity at the residential groups: one record per group
        assertThat(variables.get("publicationItems")).isExactlyInstanceOf(ArrayList.class).isEqualTo(List.of(
                "Công khai tình hình thực hiện ngân sách cấp xã",
                "Công khai danh sách hộ nghèo, hộ cận nghèo", "Công khai danh sách hộ thoát nghèo, thoát cận nghèo",
                "Công khai việc huy động và sử dụng các khoản đóng góp của người dân",
                "Công khai quy hoạch, kế hoạch sử dụng đất", "Công khai bảng giá đất",
                "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố: Tổ dân phố số 1",
                "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố: Tổ dân phố số 2"));
    }

    @Test
    void listsAreStartedAsArrayListsWhichTheEngineCanStoreAsJson() {
        launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        assertThat(starter.variablesOf("KH54-2025-T06")).extractingByKeys(
                        "leadUnits", "supportUnits", "reportingPeriods", "checklist", "residentialGroups")
                .allSatisfy(list -> assertThat(list).isExactlyInstanceOf(ArrayList.class));
    }

    @Test
    void aTaskWithACompletionDateIsDueAtTheEndOfThatDay() {
        launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        assertThat(starter.variablesOf("KH54-2025-T02")).containsEntry("completion", "by-date")
                .containsEntry("deadline", endOfDay(2025, 9, 30))
                .as("due by the end of Q3: nothing to report for Q4").containsEntry("reportingPeriods", List.of("2025-Q3"));
        assertThat(starter.variablesOf("KH54-2025-T09")).containsEntry("completion", "within-year")
                .containsEntry("deadline", endOfDay(2025, 12, 31));
    }

    @Test
    void aCrossCuttingTaskIsLabelledSo() {
        launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        assertThat(starter.variablesOf("KH54-2025-T01")).containsEntry("papiDimension", "Chung – mọi chỉ số nội dung");
    }

    @Test
    void theElectionTaskGetsTheResidentialGroupsAndTheDialogueTaskItsNumberOfConferences() {
        launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        assertThat(starter.variablesOf("KH54-2025-T06"))
                .containsEntry("residentialGroups", List.of("Tổ dân phố số 1", "Tổ dân phố số 2"))
                // only the group whose leader's term ends in 2025 elects this year
                .containsEntry("electingGroups", List.of("Tổ dân phố số 1"))
                .containsEntry("electsGroupLeaders", true)
                .containsEntry("recordsPublication", false)
                .containsEntry("dialoguesPerYear", 0);
        assertThat(starter.variablesOf("KH54-2025-T08")).containsEntry("dialoguesPerYear", 2)
                .containsEntry("electsGroupLeaders", false)
                .doesNotContainKeys("residentialGroups", "electingGroups");
    }

    @Test
    void aPlanInEffectAllYearReportsEveryQuarter() {
        LaunchResult result = launcher.launch(2026, "demo", List.of("camunda-admin"));

        assertThat(result).isEqualTo(new LaunchResult(2026, 3, 0));
        assertThat(starter.variablesOf("KH12-2026-T03"))
                .containsEntry("reportingPeriods", List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"))
                .containsEntry("planCode", "KH12");
        assertThat(starter.variablesOf("KH12-2026-T02")).as("due by 30 June")
                .containsEntry("reportingPeriods", List.of("2026-Q1", "2026-Q2"));
    }

    @Test
    void launchingAgainStartsNothingTwice() {
        launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        LaunchResult again = launcher.launch(2025, "vhxh.head", List.of("vhxh", "vhxh-heads"));

        assertThat(again).isEqualTo(new LaunchResult(2025, 0, 16));
        assertThat(starter.starts).hasSize(16);
    }

    @Test
    void aTaskWhoseProcessWasStartedBeforeIsLeftAlone() {
        starter.existing.add("plan-task/KH54-2025-T04");

        LaunchResult result = launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        assertThat(result).isEqualTo(new LaunchResult(2025, 15, 1));
        assertThat(starter.starts).extracting(Start::businessKey).doesNotContain("KH54-2025-T04");
    }

    @Test
    void aTaskLaunchedOnItsOwnModelBeforeTheSharedOneIsLeftAlone() {
        // a year launched when task 4 still had a model of its own keeps running there
        starter.existing.add("plan-task-04/KH54-2025-T04");

        LaunchResult result = launcher.launch(2025, "vhxh.officer", List.of("vhxh"));

        assertThat(result).isEqualTo(new LaunchResult(2025, 15, 1));
        assertThat(starter.starts).extracting(Start::businessKey).doesNotContain("KH54-2025-T04");
    }

    @Test
    void anotherProcessUnderTheSameBusinessKeyDoesNotCount() {
        // a called process may carry its parent's business key
        starter.existing.add("plan-unit-work/KH54-2025-T04");

        assertThat(launcher.launch(2025, "vhxh.officer", List.of("vhxh"))).isEqualTo(new LaunchResult(2025, 16, 0));
    }

    @Test
    void administratorsMayLaunch() {
        assertThat(launcher.launch(2025, "demo", List.of("camunda-admin")).started()).isEqualTo(16);
    }

    @Test
    void otherUnitsMayNotLaunch() {
        assertThatThrownBy(() -> launcher.launch(2025, "vp.head", List.of("vp", "vp-heads")))
                .isInstanceOf(LaunchNotAllowedException.class)
                .hasMessage("Chỉ quản trị viên và Phòng Văn hoá - Xã hội được triển khai kế hoạch năm");
        assertThatThrownBy(() -> launcher.launch(2025, "lanhdao.head", List.of("lanhdao")))
                .isInstanceOf(LaunchNotAllowedException.class);
        assertThat(starter.starts).isEmpty();
    }

    @Test
    void aYearWithoutAPlanIsUnknown() {
        assertThatThrownBy(() -> launcher.launch(2027, "vhxh.officer", List.of("vhxh")))
                .isInstanceOf(UnknownPlanYearException.class)
                .hasMessage("Chưa có dữ liệu kế hoạch năm 2027");
        assertThat(starter.starts).isEmpty();
    }

    private static Date endOfDay(int year, int month, int day) {
        return Date.from(ZonedDateTime.of(year, month, day, 23, 59, 59, 0, WorkingCalendar.ZONE).toInstant());
    }

    record Start(String processKey, String businessKey, Map<String, Object> variables) {
    }

    /** The engine as the launcher sees it: instances known by process key and business key. */
    private static final class FakeStarter implements PlanTaskStarter {

        final Set<String> existing = new HashSet<>();
        final List<Start> starts = new ArrayList<>();

        @Override
        public boolean hasInstance(Collection<String> processKeys, String businessKey) {
            return processKeys.stream().anyMatch(processKey -> existing.contains(processKey + "/" + businessKey));
        }

        @Override
        public void start(String processKey, String businessKey, Map<String, Object> variables) {
            existing.add(processKey + "/" + businessKey);
            starts.add(new Start(processKey, businessKey, variables));
        }

        Map<String, Object> variablesOf(String businessKey) {
            return starts.stream().filter(start -> start.businessKey().equals(businessKey)).findFirst()
                    .orElseThrow().variables();
        }
    }
}
