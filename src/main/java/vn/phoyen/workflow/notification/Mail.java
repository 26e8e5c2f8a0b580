package vn.phoyen.workflow.notification;

/**
 * One e-mail to one person.
 *
 * @param recipientId who it is for in the logs: a staff user id, or the address itself for a resident
 * @param name the display name in the To header, or null
 */
record Mail(String recipientId, String address, String name, String subject, String body) {
}
