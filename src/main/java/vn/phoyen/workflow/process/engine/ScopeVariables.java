package vn.phoyen.workflow.process.engine;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables a step's check reads, each looked up when read, as a map for the plain-Java rules that take one
 * ({@code FeedbackAnswers}, {@code ComplaintAnswers}, …). {@code getVariables()} deserialised every variable of the
 * case, JSON lists included, on each decisive step: 5 % of a feedback case's CPU (issue 15). Only {@code get} and
 * {@code containsKey} are offered: the rules name what they read.
 */
public final class ScopeVariables extends AbstractMap<String, Object> {

    private final VariableScope scope;

    private ScopeVariables(VariableScope scope) {
        this.scope = scope;
    }

    public static Map<String, Object> of(VariableScope scope) {
        return new ScopeVariables(scope);
    }

    @Override
    public Object get(Object name) {
        return name instanceof String variable ? scope.getVariable(variable) : null;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String variable && scope.hasVariable(variable);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        throw new UnsupportedOperationException("read the variables by name");
    }
}
