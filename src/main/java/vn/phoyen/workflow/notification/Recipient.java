package vn.phoyen.workflow.notification;

/**
 * A staff member who can be reached by e-mail.
 */
record Recipient(String userId, String fullName, String email) {
}
