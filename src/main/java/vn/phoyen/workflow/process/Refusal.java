package vn.phoyen.workflow.process;

/**
 * What a ward rule says when it refuses a person's input: a message in Vietnamese that names the field and how to put
 * it right. The one refusal type of application services and steps (ADR 0002); it never carries an engine type. At the
 * engine's edge it becomes the engine's own bad-request refusal, so Tasklist, the REST API and the webapps' APIs answer
 * 400 with this message.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Refusal(String messageInVietnamese) {
        super(messageInVietnamese);
    }
}
