package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells answered without the FEEL engine mean what FEEL says they mean; every other cell still goes to FEEL. */
class FeelLiteralsTest {

    private final FeelEngine scala = new ScalaFeelEngineFactory().createInstance();
    private final List<String> sentToFeel = new ArrayList<>();
    private final FeelEngine literalsFirst = new FeelLiteralsPlugin.LiteralsFirst(new FeelEngine() {
        @Override
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            sentToFeel.add(expression);
            return scala.evaluateSimpleExpression(expression, variables);
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String input, VariableContext variables) {
            sentToFeel.add(expression);
            return scala.evaluateSimpleUnaryTests(expression, input, variables);
        }
    });

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"moi-truong\"    | moi-truong | true",
        "\"moi-truong\"    | dat-dai    | false",
        "\"\"              | ''         | true",
        "\"an-ninh-trat-tu\" | Moi-truong | false",
        " \"dat-dai\"      | dat-dai    | true"})
    void aStringLiteralTestsTheTextInputForEqualityAsFeelDoes(String cell, String input, boolean expected) {
        VariableContext cellInput = Variables.createVariables().putValue("cellInput", input).asVariableContext();

        assertThat(literalsFirst.evaluateSimpleUnaryTests(cell, "cellInput", cellInput)).isEqualTo(expected)
                .isEqualTo(scala.evaluateSimpleUnaryTests(cell, "cellInput", cellInput));
        assertThat(sentToFeel).isEmpty();
    }

    @Test
    void aStringLiteralIsItsTextAndANameIsTheVariablesText() {
        VariableContext variables = Variables.createVariables().putValue("category", "moi-truong").asVariableContext();

        assertThat((Object) literalsFirst.evaluateSimpleExpression("\"kthtdt\"", variables)).isEqualTo("kthtdt")
                .isEqualTo(scala.evaluateSimpleExpression("\"kthtdt\"", variables));
        assertThat((Object) literalsFirst.evaluateSimpleExpression("\"\"", variables)).isEqualTo("");
        assertThat((Object) literalsFirst.evaluateSimpleExpression("category", variables)).isEqualTo("moi-truong")
                .isEqualTo(scala.evaluateSimpleExpression("category", variables));
        assertThat(sentToFeel).isEmpty();
    }

    @Test
    void anythingElseGoesToFeel() {
        VariableContext variables = Variables.createVariables().putValue("category", "moi-truong")
                .putValue("cellInput", 5).putValue("amount", 5).asVariableContext();
        VariableContext textInput = Variables.createVariables().putValue("cellInput", "a\"b").asVariableContext();

        assertThat(literalsFirst.evaluateSimpleUnaryTests("\"5\"", "cellInput", variables)).isFalse();
        assertThat(literalsFirst.evaluateSimpleUnaryTests("\"moi-truong\", \"dat-dai\"", "cellInput", variables))
                .isFalse();
        assertThat(literalsFirst.evaluateSimpleUnaryTests("\"a\\\"b\"", "cellInput", textInput)).isTrue();
        assertThat((Object) literalsFirst.evaluateSimpleExpression("amount", variables)).isEqualTo(5L);
        assertThat((Object) literalsFirst.evaluateSimpleExpression("true", variables)).isEqualTo(true);
        assertThat((Object) literalsFirst.evaluateSimpleExpression("category + \"-x\"", variables))
                .isEqualTo("moi-truong-x");
        assertThat(sentToFeel).containsExactly("\"5\"", "\"moi-truong\", \"dat-dai\"", "\"a\\\"b\"", "amount", "true",
                "category + \"-x\"");
    }
}
