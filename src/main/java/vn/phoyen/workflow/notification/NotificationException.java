package vn.phoyen.workflow.notification;

/**
 * An e-mail could not be handed to the mail server; the outbox tries it again later.
 */
class NotificationException extends RuntimeException {

    NotificationException(String recipientId, Throwable cause) {
        super("could not e-mail " + recipientId + ": " + cause.getMessage(), cause);
    }
}
