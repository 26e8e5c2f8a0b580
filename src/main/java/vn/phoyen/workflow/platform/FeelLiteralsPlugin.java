package vn.phoyen.workflow.platform;

import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The routing decision's cells are string literals ({@code "moi-truong"}, {@code "kthtdt"}) and their input a variable
 * name ({@code category}); the FEEL engine parsed and evaluated each of them anew, building its whole context of
 * built-in functions every time: a tenth of the application's CPU in a feedback case (BENCHMARKS.md, change 14). Such
 * cells are answered here with FEEL's own meaning (a literal is itself; as a test, the input equals it; a name is the
 * variable's text); anything else, or an input that is not text, goes to the FEEL engine as before.
 */
@Component
class FeelLiteralsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // the providers are given to the DMN configuration while the engine builds it, before it asks for the engine
        dmn.setFeelEngineFactory(() -> new LiteralsFirst(
                new ScalaFeelEngineFactory(dmn.getFeelCustomFunctionProviders()).createInstance()));
        configuration.setDmnEngineConfiguration(dmn);
    }

    static final class LiteralsFirst implements FeelEngine {

        /** A string literal without escapes: its text is its value. */
        private static final Pattern PLAIN_STRING = Pattern.compile("\"[^\"\\\\]*\"");
        private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "not", "and", "or", "if", "then",
                "else", "for", "return", "some", "every", "satisfies", "in", "instance", "of", "between", "function",
                "external");

        private final FeelEngine feel;

        LiteralsFirst(FeelEngine feel) {
            this.feel = feel;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            String text = expression.strip();
            if (PLAIN_STRING.matcher(text).matches()) {
                return (T) text.substring(1, text.length() - 1);
            }
            if (NAME.matcher(text).matches() && !KEYWORDS.contains(text) && variables.containsVariable(text)
                    && textOf(variables.resolve(text)) instanceof String value) {
                return (T) value;
            }
            return feel.evaluateSimpleExpression(expression, variables);
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
            String text = expression.strip();
            if (PLAIN_STRING.matcher(text).matches() && variables.containsVariable(inputVariable)
                    && textOf(variables.resolve(inputVariable)) instanceof String input) {
                return input.equals(text.substring(1, text.length() - 1));
            }
            return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
        }

        private static Object textOf(TypedValue value) {
            return value == null ? null : value.getValue();
        }
    }
}
