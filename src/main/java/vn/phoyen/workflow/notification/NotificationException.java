package vn.phoyen.workflow.notification;

/**
 * An e-mail could not be handed to the mail server. Unchecked so that the Camunda job sending it fails and is retried.
 */
public class NotificationException extends RuntimeException {

    NotificationException(String userId, Throwable cause) {
        super("could not e-mail user " + userId + ": " + cause.getMessage(), cause);
    }
}
