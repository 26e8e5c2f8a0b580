package vn.phoyen.workflow.plan;

/** The caller is neither an administrator nor a member of the supervising office. */
class LaunchNotAllowedException extends RuntimeException {

    LaunchNotAllowedException(String supervisingOfficeName) {
        super("Chỉ quản trị viên và " + supervisingOfficeName + " được triển khai kế hoạch năm");
    }
}
