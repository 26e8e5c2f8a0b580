package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phoyen.workflow.referencedata.DataFileException;

class PlanYearReaderTest {

    private static final List<String> ALL_UNITS = WardOrganization.PERFORMING_UNITS;

    private final PlanYearReader reader = new PlanYearReader(WardOrganization.units());

    private final PlanYear plan2025 = reader.read("plan/2025", 2025);

    @Test
    void theShippedPlanOf2025IsKeHoach54WithTheSixteenAppendixTasks() {
        assertThat(plan2025.code()).isEqualTo("KH54");
        assertThat(plan2025.number()).isEqualTo("54/KH-UBND");
        assertThat(plan2025.issued()).isEqualTo(LocalDate.of(2025, 9, 11));
        assertThat(plan2025.effectiveFrom()).isEqualTo(LocalDate.of(2025, 9, 11));
        assertThat(plan2025.issuer()).isEqualTo("UBND phường Phổ Yên");
        assertThat(plan2025.title()).isEqualTo("Duy trì, cải thiện và nâng cao Chỉ số hài lòng của người dân đối với sự "
                + "phục vụ của cơ quan hành chính Nhà nước (SIPAS), Chỉ số hiệu quả quản trị và hành chính công (PAPI) "
                + "phường Phổ Yên năm 2025");
        assertThat(plan2025.tasks()).extracting(PlanTask::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    }

    @Test
    void task1IsTheSupervisingOfficesWithEveryOtherUnitSupporting() {
        PlanTask task = task(1);

        assertThat(task.title()).startsWith("Triển khai thực hiện có hiệu quả Chỉ thị số 20-CT/TU ngày 26/4/2023")
                .endsWith("mô hình “Chính quyền thân thiện, Nhân dân phát huy quyền làm chủ” trên địa bàn phường.");
        assertThat(task.leadUnits()).containsExactly("vhxh");
        assertThat(task.supportUnits()).containsExactly("vp", "kthtdt", "ttdvth", "ca", "mttq", "ubkt", "banktns");
        assertThat(task.completion()).isEqualTo(Completion.ONGOING);
        assertThat(task.deadline()).isEmpty();
        assertThat(task.papiDimension()).as("cross-cutting").isEmpty();
    }

    @Test
    void task2IsDueAtTheEndOfTheThirdQuarter() {
        PlanTask task = task(2);

        assertThat(task.title()).isEqualTo("Tổ chức tập huấn, tuyên truyền, phổ biến các nội dung nâng cao Chỉ số hài lòng "
                + "của người dân đối với sự phục vụ của cơ quan hành chính nhà nước, Chỉ số hiệu quả quản trị và hành chính "
                + "công phường Phổ Yên năm 2025");
        assertThat(task.leadUnits()).containsExactly("vhxh");
        assertThat(task.completion()).isEqualTo(Completion.BY_DATE);
        assertThat(task.deadline()).contains(LocalDate.of(2025, 9, 30));
    }

    @Test
    void task3IsLedByEveryUnitExceptTheSupervisors() {
        assertThat(task(3).leadUnits()).containsExactlyElementsOf(ALL_UNITS);
        assertThat(task(3).supportUnits()).containsExactly("vhxh");
    }

    @Test
    void task4PublicisesTheFourThingsTheLawRequires() {
        PlanTask task = task(4);

        assertThat(task.title()).startsWith("Công khai kịp thời, đầy đủ nội dung và hình thức đối với các nội dung phải "
                + "công khai theo quy định của Luật Thực hiện dân chủ ở cơ sở, Luật tiếp cận thông tin.");
        assertThat(task.leadUnits()).containsExactlyElementsOf(ALL_UNITS);
        assertThat(task.supportUnits()).containsExactly("vhxh");
        assertThat(task.completion()).isEqualTo(Completion.ONGOING);
        assertThat(task.papiDimension()).contains(PapiDimension.TRANSPARENCY);
        assertThat(task.recordsPublication()).isTrue();
        assertThat(task.checklist()).containsExactly(
                "Công khai tình hình thực hiện ngân sách cấp xã",
                "Công khai danh sách hộ nghèo, hộ cận nghèo",
                "Công khai danh sách hộ thoát nghèo, thoát cận nghèo",
                "Công khai việc huy động và sử dụng các khoản đóng góp của người dân",
                "Công khai quy hoạch, kế hoạch sử dụng đất",
                "Công khai bảng giá đất",
                "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố");
        assertThat(task.publishedPerResidentialGroup())
                .containsExactly("Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố");
        assertThat(task.publicationItems(List.of("Tổ dân phố số 1", "Tổ dân phố số 2"))).hasSize(8).endsWith(
                "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố: Tổ dân phố số 1",
                "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố: Tổ dân phố số 2");
    }

    @Test
    void task6IsTheElectionOfGroupLeadersInEveryResidentialGroup() {
        PlanTask task = task(6);

        assertThat(task.title()).startsWith("Nâng cao chất lượng bầu cử Tổ trưởng Tổ dân phố");
        assertThat(task.leadUnits()).containsExactlyElementsOf(ALL_UNITS);
        assertThat(task.supportUnits()).containsExactly("mttq");
        assertThat(task.perResidentialGroup()).isTrue();
        assertThat(task.electsGroupLeaders()).isTrue();
        assertThat(task.papiDimension()).contains(PapiDimension.PARTICIPATION);
        assertThat(task.checklist()).containsExactly("Mời đầy đủ cử tri", "Có từ 2 ứng cử viên trở lên",
                "Bầu bằng phiếu kín, không bầu hộ", "Công khai kết quả bầu cử");
    }

    @Test
    void task7IsCitizenReceptionByTheOfficeWithThePartyInspectionCommittee() {
        PlanTask task = task(7);

        assertThat(task.title()).isEqualTo("Thực hiện đúng quy định việc tiếp công dân. Giải quyết kịp thời, thỏa đáng, "
                + "đúng quy định pháp luật mọi ý kiến kiến nghị, phản ánh, khiếu nại, tố cáo của người dân, doanh nghiệp.");
        assertThat(task.leadUnits()).containsExactly("vp");
        assertThat(task.supportUnits()).containsExactly("ubkt");
        assertThat(task.papiDimension()).contains(PapiDimension.VERTICAL_ACCOUNTABILITY);
    }

    @Test
    void task8HoldsAtLeastTwoDialoguesWithinTheYear() {
        PlanTask task = task(8);

        assertThat(task.title()).contains("tổ chức các hội nghị đối thoại với người dân (tối thiểu 02 lần/1 năm)");
        assertThat(task.leadUnits()).containsExactlyElementsOf(ALL_UNITS);
        assertThat(task.supportUnits()).containsExactly("vhxh");
        assertThat(task.completion()).isEqualTo(Completion.WITHIN_YEAR);
        assertThat(task.deadline()).contains(LocalDate.of(2025, 12, 31));
        assertThat(task.dialoguesPerYear()).isEqualTo(2);
    }

    @Test
    void task9IsTheFrontsWithinTheYearWithEveryOtherUnitSupporting() {
        PlanTask task = task(9);

        assertThat(task.leadUnits()).containsExactly("mttq");
        assertThat(task.supportUnits()).containsExactly("vhxh", "vp", "kthtdt", "ttdvth", "ca", "ubkt", "banktns");
        assertThat(task.completion()).isEqualTo(Completion.WITHIN_YEAR);
        assertThat(task.deadline()).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void task14IsPublicServicesLedByTheInfrastructureOffice() {
        PlanTask task = task(14);

        assertThat(task.title()).isEqualTo("Nâng cao chất lượng cung cấp các dịch vụ công gồm: điện sinh hoạt, nước sạch, "
                + "thu gom rác thải, đường giao thông, an ninh trật tự tại các khu dân cư.");
        assertThat(task.leadUnits()).containsExactly("kthtdt");
        assertThat(task.supportUnits()).containsExactly("vhxh", "vp", "ttdvth", "ca", "mttq", "ubkt", "banktns");
        assertThat(task.papiDimension()).contains(PapiDimension.PUBLIC_SERVICE_DELIVERY);
    }

    @Test
    void task16IsTheWebsiteOfTheServiceCenter() {
        PlanTask task = task(16);

        assertThat(task.title()).startsWith("Đăng tải đầy đủ, kịp thời các chủ chương, chính sách pháp luật;")
                .endsWith("Hệ thống thông tin giải quyết TTHC của tỉnh, Công dịch vụ công quốc gia.");
        assertThat(task.leadUnits()).containsExactly("ttdvth");
        assertThat(task.completion()).isEqualTo(Completion.ONGOING);
        assertThat(task.papiDimension()).contains(PapiDimension.E_GOVERNANCE);
    }

    @Test
    void everyTaskHasTwoToSixChecklistItemsAndOnlyTheNamedTasksHaveDialoguesOrGroups() {
        assertThat(plan2025.tasks()).allSatisfy(task -> assertThat(task.checklist()).as(task.label()).hasSizeBetween(2, 7));
        assertThat(plan2025.tasks()).filteredOn(task -> task.dialoguesPerYear() > 0).extracting(PlanTask::number)
                .containsExactly(8);
        assertThat(plan2025.tasks()).filteredOn(PlanTask::perResidentialGroup).extracting(PlanTask::number)
                .containsExactly(6);
        assertThat(plan2025.tasks()).filteredOn(PlanTask::electsGroupLeaders).extracting(PlanTask::number)
                .containsExactly(6);
        assertThat(plan2025.tasks()).filteredOn(PlanTask::recordsPublication).extracting(PlanTask::number)
                .containsExactly(4);
    }

    @Test
    void theTestPlanOf2026TakesEffectAtTheStartOfTheYear() {
        PlanYear plan2026 = reader.read("plan/2026", 2026);

        assertThat(plan2026.code()).isEqualTo("KH12");
        assertThat(plan2026.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(plan2026.tasks()).extracting(PlanTask::completion)
                .containsExactly(Completion.ONGOING, Completion.BY_DATE, Completion.WITHIN_YEAR);
    }

    @Test
    void theFixtureTheBrokenOnesDeriveFromIsValid() {
        PlanYear valid = reader.read("plan-fixtures/valid", 2025);

        assertThat(valid.tasks()).hasSize(3);
        assertThat(valid.tasks().get(2).deadline()).isEqualTo(Optional.of(LocalDate.of(2025, 12, 31)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-lead-unit          | tasks.csv dòng 3: nhiệm vụ 2: cột 'lead': đơn vị 'phong-x' không có trong danh sách đơn vị
            supervisors-as-support     | tasks.csv dòng 3: nhiệm vụ 2: cột 'support': đơn vị 'lanhdao' là lãnh đạo phê duyệt, không nhận nhiệm vụ của kế hoạch
            all-with-other-units       | tasks.csv dòng 2: nhiệm vụ 1: cột 'support': 'all' không đi cùng mã đơn vị khác
            support-is-lead            | tasks.csv dòng 3: nhiệm vụ 2: cột 'support': đơn vị 'vp' đã là đơn vị chủ trì
            unit-twice                 | tasks.csv dòng 3: nhiệm vụ 2: cột 'support': đơn vị 'ubkt' ghi hai lần
            all-lead-and-support       | tasks.csv dòng 4: nhiệm vụ 3: cột 'support': không thể là 'all' khi cột 'lead' cũng là 'all'
            missing-title              | tasks.csv dòng 2: nhiệm vụ 1: cột 'title' bị trống
            duplicate-number           | tasks.csv dòng 4: nhiệm vụ 2: cột 'number': trùng số với nhiệm vụ ở dòng 3
            gap-in-numbers             | tasks.csv dòng 4: nhiệm vụ 4: cột 'number': cần số 3 (các nhiệm vụ đánh số liên tục từ 1)
            unknown-completion         | tasks.csv dòng 2: nhiệm vụ 1: cột 'completion': 'regular' không hợp lệ (chọn một trong: ongoing, by-date, within-year)
            deadline-missing           | tasks.csv dòng 3: nhiệm vụ 2: cột 'deadline': cần hạn hoàn thành khi completion là 'by-date'
            deadline-for-ongoing       | tasks.csv dòng 2: nhiệm vụ 1: cột 'deadline': nhiệm vụ thường xuyên (completion 'ongoing') không có hạn hoàn thành
            deadline-outside-year      | tasks.csv dòng 4: nhiệm vụ 3: cột 'deadline': ngày 2026-01-15 không thuộc năm kế hoạch 2025
            deadline-before-plan       | tasks.csv dòng 3: nhiệm vụ 2: cột 'deadline': ngày 2025-06-30 trước ngày kế hoạch có hiệu lực (2025-09-11)
            deadline-not-a-date        | tasks.csv dòng 3: nhiệm vụ 2: cột 'deadline': '30/09/2025' không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ 2025-09-30)
            unknown-papi-dimension     | tasks.csv dòng 3: nhiệm vụ 2: cột 'papi_dimension': '9' không phải chỉ số nội dung PAPI (1 đến 8, hoặc 'chung' cho nhiệm vụ chung)
            bad-dialogues              | tasks.csv dòng 4: nhiệm vụ 3: cột 'dialogues_per_year': 'hai' không phải số nguyên dương
            bad-residential-group-flag | tasks.csv dòng 4: nhiệm vụ 3: cột 'per_residential_group': 'có' không hợp lệ (ghi yes hoặc để trống)
            bad-publication-flag       | tasks.csv dòng 3: nhiệm vụ 2: cột 'records_publication': 'x' không hợp lệ (ghi yes hoặc để trống)
            election-outside-residential-groups | tasks.csv dòng 3: nhiệm vụ 2: cột 'group_leader_election': bầu tổ trưởng diễn ra ở từng tổ dân phố, cần ghi yes ở cột 'per_residential_group'
            checklist-unknown-task     | checklist.csv dòng 5: nhiệm vụ 4: cột 'task': không có nhiệm vụ này trong tasks.csv
            task-without-checklist     | tasks.csv dòng 3: nhiệm vụ 2: chưa có mục nào trong checklist.csv
            per-group-item-unpublished | checklist.csv dòng 3: nhiệm vụ 2: cột 'per_residential_group': chỉ dùng cho nhiệm vụ ghi nhận công khai (cột 'records_publication' của tasks.csv)
            bad-per-group-item-flag    | checklist.csv dòng 4: nhiệm vụ 3: cột 'per_residential_group': 'có' không hợp lệ (ghi yes hoặc để trống)
            plan-of-another-year       | plan.csv dòng 2: cột 'year': '2024' khác năm của kế hoạch (2025)
            plan-code-with-space       | plan.csv dòng 2: cột 'code': 'KH 54' chỉ được gồm chữ không dấu và số (ví dụ KH54)
            two-plan-rows              | plan.csv: cần đúng một dòng kế hoạch, hiện có 2
            """)
    void aBrokenPlanIsRefusedNamingFileLineTaskAndColumn(String fixture, String problem) {
        String directory = "plan-fixtures/" + fixture;

        assertThatThrownBy(() -> reader.read(directory, 2025))
                .isInstanceOf(DataFileException.class)
                .hasMessage(directory + "/" + problem);
    }

    private PlanTask task(int number) {
        return plan2025.tasks().get(number - 1);
    }
}
