package vn.phoyen.workflow.platform;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phoyen.workflow.process.web.DatabaseOutage;

/**
 * What a person meets when the engine refuses: a 4xx in Vietnamese.
 * <ul>
 * <li>A refusal by a check of the ward's own (a listener or a start check throwing {@link BadUserRequestException}
 * naming the field) reaches Camunda's REST wrapped: {@code Cannot submit task form …}, {@code Cannot complete task …}
 * or {@code Cannot instantiate process definition …}, all answered 500. Whatever wraps it, the answer is 400 with the
 * check's own message.</li>
 * <li>A permission refusal ({@code The user with id … does not have …}) is answered 403 with the same body, its
 * message in Vietnamese naming what is missing; a {@link WardRuleRefusal} keeps its own message.</li>
 * <li>A database outage, however wrapped ({@link DatabaseOutage}), is answered 503 with {@code Retry-After}: the
 * request changed nothing and may be sent again.</li>
 * </ul>
 * Registered with the REST API at /engine-rest and with the webapps' own APIs (/camunda/api/…), which Tasklist,
 * Cockpit and Admin call ({@link RestConfiguration}).
 */
final class VietnameseRestErrors {

    private static final Map<String, String> PERMISSIONS = Map.ofEntries(
            Map.entry("READ", "xem"), Map.entry("UPDATE", "sửa"), Map.entry("CREATE", "tạo"),
            Map.entry("DELETE", "xoá"), Map.entry("ALL", "toàn quyền"), Map.entry("ACCESS", "truy cập"),
            Map.entry("READ_INSTANCE", "xem hồ sơ"), Map.entry("UPDATE_INSTANCE", "sửa hồ sơ"),
            Map.entry("CREATE_INSTANCE", "khởi động hồ sơ"), Map.entry("DELETE_INSTANCE", "xoá hồ sơ"),
            Map.entry("READ_HISTORY", "xem lịch sử"), Map.entry("DELETE_HISTORY", "xoá lịch sử"),
            Map.entry("READ_TASK", "xem công việc"), Map.entry("UPDATE_TASK", "sửa công việc"),
            Map.entry("TASK_WORK", "xử lý công việc"), Map.entry("TASK_ASSIGN", "giao công việc"),
            Map.entry("SUSPEND", "tạm dừng"), Map.entry("SUSPEND_INSTANCE", "tạm dừng hồ sơ"),
            Map.entry("UPDATE_VARIABLE", "sửa biến"), Map.entry("UPDATE_INSTANCE_VARIABLE", "sửa biến của hồ sơ"),
            Map.entry("READ_VARIABLE", "xem biến"), Map.entry("UPDATE_TASK_VARIABLE", "sửa biến của công việc"),
            Map.entry("READ_TASK_VARIABLE", "xem biến của công việc"), Map.entry("MIGRATE_INSTANCE", "chuyển phiên bản hồ sơ"),
            Map.entry("RETRY_JOB", "chạy lại tác vụ"), Map.entry("READ_HISTORY_VARIABLE", "xem lịch sử biến"));

    private static final Map<String, String> RESOURCES = Map.ofEntries(
            Map.entry("Application", "ứng dụng"), Map.entry("User", "người dùng"), Map.entry("Group", "nhóm"),
            Map.entry("GroupMembership", "thành viên nhóm"), Map.entry("Authorization", "phân quyền"),
            Map.entry("Filter", "bộ lọc"), Map.entry("ProcessDefinition", "quy trình"),
            Map.entry("Task", "công việc"), Map.entry("ProcessInstance", "hồ sơ (phiên chạy quy trình)"),
            Map.entry("Deployment", "bản triển khai"), Map.entry("DecisionDefinition", "bảng quyết định"),
            Map.entry("Tenant", "đơn vị thuê"), Map.entry("TenantMembership", "thành viên đơn vị thuê"),
            Map.entry("Batch", "thao tác hàng loạt"), Map.entry("DecisionRequirementsDefinition", "sơ đồ quyết định"),
            Map.entry("Report", "báo cáo"), Map.entry("Dashboard", "bảng điều khiển"),
            Map.entry("OperationLogCategory", "nhật ký thao tác"), Map.entry("System", "hệ thống"),
            Map.entry("HistoricTask", "lịch sử công việc"), Map.entry("HistoricProcessInstance", "lịch sử hồ sơ"));

    private static final String TASK_NOT_FOUND = "Cannot find task with id";
    static final String TASK_GONE = "Công việc này không còn: có thể đồng nghiệp đã xử lý xong hoặc hồ sơ đã chuyển bước."
            + " Hãy tải lại danh sách công việc.";

    private static final Pattern UNRESOLVED_IDENTIFIER = Pattern.compile("identifier '([^']+)'");

    private static final Logger LOG = LoggerFactory.getLogger(VietnameseRestErrors.class);

    private VietnameseRestErrors() {
    }

    /** The first {@link BadUserRequestException} in {@code thrown}'s causes (itself included), or null. */
    static BadUserRequestException refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BadUserRequestException refused) {
                return refused;
            }
        }
        return null;
    }

    /**
     * A start or completion without a variable the model's expressions read (a called or system-started model started
     * by hand, say: {@code Unknown property used in expression: ${leadUnit}}): the caller's mistake, named in
     * Vietnamese, or null when {@code thrown} is something else.
     */
    static BadUserRequestException missingVariable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Matcher identifier = UNRESOLVED_IDENTIFIER.matcher(String.valueOf(cause.getMessage()));
            if (cause.getClass().getSimpleName().equals("PropertyNotFoundException") && identifier.find()) {
                return new BadUserRequestException("Thiếu biến '" + identifier.group(1) + "' mà quy trình cần để "
                        + "đi tiếp: hãy gửi kèm biến này; nếu đây là lúc khởi động, quy trình này có thể chỉ do hệ thống "
                        + "hoặc quy trình khác khởi động");
            }
        }
        return null;
    }

    /**
     * A task that is no longer there — a colleague of the unit completed it a moment earlier, or its case moved on —
     * answered 404 in Vietnamese instead of Camunda's 500 "Cannot find task with id …"; null for anything else.
     */
    static Response taskGone(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProcessEngineException
                    && String.valueOf(cause.getMessage()).startsWith(TASK_NOT_FOUND)) {
                ExceptionDto body = new ExceptionDto();
                body.setType("TaskNotFound");
                body.setMessage(TASK_GONE);
                return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                        .build();
            }
        }
        return null;
    }

    static Response badRequest(BadUserRequestException refused) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ExceptionDto.fromException(refused)).build();
    }

    static Response unavailable(Throwable outage) {
        LOG.warn("The database is unreachable: {}", outage.toString());
        ExceptionDto body = new ExceptionDto();
        body.setType("DatabaseUnavailable");
        body.setMessage(DatabaseOutage.MESSAGE);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).entity(body).build();
    }

    /** "Người dùng vp.officer không có quyền sửa trên bộ lọc 'abc'." */
    static String inVietnamese(AuthorizationException refused) {
        if (refused instanceof WardRuleRefusal) {
            return refused.getMessage();
        }
        List<MissingAuthorization> missing = refused.getMissingAuthorizations();
        String who = refused.getUserId() == null ? "Người dùng" : "Người dùng " + refused.getUserId();
        if (missing == null || missing.isEmpty()) {
            return who + " không có quyền làm việc này.";
        }
        String what = missing.stream().map(VietnameseRestErrors::describe).distinct()
                .collect(Collectors.joining("; hoặc "));
        return who + " không có quyền " + what + ". Đề nghị liên hệ quản trị hệ thống nếu cần được cấp quyền.";
    }

    private static String describe(MissingAuthorization missing) {
        String permission = PERMISSIONS.getOrDefault(missing.getViolatedPermissionName(),
                missing.getViolatedPermissionName());
        String resource = RESOURCES.getOrDefault(missing.getResourceType(), missing.getResourceType());
        String id = missing.getResourceId();
        return permission + " trên " + resource + (id == null || "*".equals(id) ? "" : " '" + id + "'");
    }

    /** A permission refusal: 403 with Camunda's body, the message in Vietnamese. */
    @Priority(1)
    public static final class PermissionRefusals implements ExceptionMapper<AuthorizationException> {

        @Override
        public Response toResponse(AuthorizationException exception) {
            AuthorizationExceptionDto body = AuthorizationExceptionDto.fromException(exception);
            body.setMessage(inVietnamese(exception));
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }

    /**
     * A database outage that reaches the REST layer neither as an engine exception nor wrapped by Camunda's REST (a
     * Spring data access failure thrown by one of the ward's steps): 503 too. Anything else keeps Camunda's answer.
     */
    @Priority(1)
    public static final class DatabaseOutages implements ExceptionMapper<Throwable> {

        @Override
        public Response toResponse(Throwable exception) {
            return DatabaseOutage.causedBy(exception) ? unavailable(exception)
                    : ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }
}
