package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading a feedback case's variables in its steps: text as the forms and the start left it, null when absent. */
final class CaseVariables {

    private CaseVariables() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
