package org.puente.web.opinion;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.puente.opinion.GivenAnswer;
import org.puente.opinion.SurveyView;

/** One question of the public form and what the visitor typed or chose for it, kept across a refused round. */
public class AnswerInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SurveyView.Question question;
    private String choice;
    private List<String> choices = new ArrayList<>();
    private String text;

    AnswerInput(SurveyView.Question question) {
        this.question = question;
    }

    /** What was given, as the service reads it; a value that is not a number is no answer (checked there). */
    GivenAnswer given() {
        return switch (question.kind()) {
            case SINGLE_CHOICE -> new GivenAnswer(
                    number(choice) == null ? List.of() : List.of(number(choice)), null, null);
            case MULTIPLE_CHOICE -> new GivenAnswer(
                    choices.stream()
                            .map(AnswerInput::number)
                            .filter(n -> n != null)
                            .toList(),
                    null,
                    null);
            case SCALE_1_5 -> new GivenAnswer(List.of(), number(choice), null);
            case SHORT_TEXT -> new GivenAnswer(List.of(), null, text);
        };
    }

    private static Integer number(String value) {
        if (value == null || !value.matches("\\d{1,2}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    /** The input's id in the page, where its message goes. */
    String inputId() {
        return switch (question.kind()) {
            case SINGLE_CHOICE -> "single";
            case SCALE_1_5 -> "scale";
            case MULTIPLE_CHOICE -> "choices";
            case SHORT_TEXT -> "text";
        };
    }

    /** The options as the radio or check boxes offer them: the position as value, the option as label. */
    public List<SelectItem> getItems() {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            items.add(new SelectItem(String.valueOf(i), question.options().get(i)));
        }
        return items;
    }

    public SurveyView.Question getQuestion() {
        return question;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public List<String> getChoices() {
        return choices;
    }

    public void setChoices(List<String> choices) {
        this.choices = choices == null ? new ArrayList<>() : choices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
