package vn.phoyen.workflow.platform;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal by one of the ward's own rules (not a missing permission in the engine's authorizations): answered 403
 * like a permission refusal, its message already written for the person who meets it.
 */
public class WardRuleRefusal extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    public WardRuleRefusal(String messageInVietnamese) {
        super(messageInVietnamese);
    }
}
