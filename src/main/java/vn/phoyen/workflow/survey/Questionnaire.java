package vn.phoyen.workflow.survey;

import java.util.List;
import java.util.Optional;

/** A version of the questionnaire: its questions, grouped by the five factors, in the data file's order. */
record Questionnaire(String version, List<Question> questions) {

    Questionnaire {
        questions = List.copyOf(questions);
    }

    /** One question, rated on the 5-point scale; {@code factor} is a {@link SipasFactor} code. */
    record Question(String code, String factor, String text) {
    }

    Optional<Question> question(String code) {
        return questions.stream().filter(question -> question.code().equals(code)).findFirst();
    }
}
