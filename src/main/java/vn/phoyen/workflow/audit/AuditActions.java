package vn.phoyen.workflow.audit;

import java.util.Map;

/**
 * The engine's user operations (its operation types, entity types and property names) in the ward's words. An
 * operation without a label is shown with the engine's name, so nothing done on a case goes unlisted.
 */
public final class AuditActions {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("Create", "Khởi động hồ sơ"),
            Map.entry("Complete", "Hoàn thành công việc"),
            Map.entry("Claim", "Nhận việc"),
            Map.entry("Assign", "Giao việc"),
            Map.entry("Delegate", "Ủy quyền xử lý"),
            Map.entry("Resolve", "Trả lại việc đã ủy quyền"),
            Map.entry("SetOwner", "Đổi người chịu trách nhiệm"),
            Map.entry("Update", "Cập nhật công việc"),
            Map.entry("SetPriority", "Đổi mức ưu tiên"),
            Map.entry("AddUserLink", "Thêm người xử lý"),
            Map.entry("DeleteUserLink", "Bỏ người xử lý"),
            Map.entry("AddGroupLink", "Thêm đơn vị xử lý"),
            Map.entry("DeleteGroupLink", "Bỏ đơn vị xử lý"),
            Map.entry("SetVariable", "Cập nhật thông tin hồ sơ"),
            Map.entry("SetVariables", "Cập nhật thông tin hồ sơ"),
            Map.entry("ModifyVariable", "Cập nhật thông tin hồ sơ"),
            Map.entry("RemoveVariable", "Xóa thông tin hồ sơ"),
            Map.entry("CorrelateMessage", "Ghi nhận tin báo (thông điệp)"),
            Map.entry("Delete", "Hủy hồ sơ"),
            Map.entry("Suspend", "Tạm dừng hồ sơ"),
            Map.entry("Activate", "Tiếp tục hồ sơ"),
            Map.entry("ModifyProcessInstance", "Điều chỉnh bước xử lý"),
            Map.entry("Migrate", "Chuyển sang phiên bản quy trình mới"),
            Map.entry("SetJobRetries", "Cho chạy lại bước bị lỗi"),
            Map.entry("SetDueDate", "Đổi thời hạn bước tự động"),
            Map.entry("SetAnnotation", "Ghi chú nhật ký"),
            Map.entry("ClearAnnotation", "Bỏ ghi chú nhật ký"),
            Map.entry("AddComment", "Thêm ý kiến"),
            Map.entry("AddAttachment", "Đính kèm tệp"),
            Map.entry("DeleteAttachment", "Xóa tệp đính kèm"));

    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("assignee", "Người xử lý"),
            Map.entry("owner", "Người chịu trách nhiệm"),
            Map.entry("dueDate", "Hạn xử lý"),
            Map.entry("followUpDate", "Ngày nhắc việc"),
            Map.entry("priority", "Mức ưu tiên"),
            Map.entry("name", "Tên công việc"),
            Map.entry("description", "Mô tả"),
            Map.entry("delegation", "Ủy quyền"),
            Map.entry("candidate", "Ứng viên xử lý"),
            Map.entry("userId", "Người dùng"),
            Map.entry("groupId", "Đơn vị"),
            Map.entry("reason", "Lý do"),
            Map.entry("deleteReason", "Lý do"),
            Map.entry("suspensionState", "Trạng thái"));

    private AuditActions() {
    }

    /** "Nhận việc"; a claim that clears the assignee gives the task back to the unit. */
    public static String action(String operationType, String newAssignee) {
        if ("Claim".equals(operationType) && newAssignee == null) {
            return "Trả lại việc cho đơn vị";
        }
        return ACTIONS.getOrDefault(operationType, "Thao tác " + operationType);
    }

    /** A changed property's name, or null for the engine's bookkeeping that says nothing to a reader. */
    public static String property(String property) {
        return property == null ? null : PROPERTIES.get(property);
    }
}
