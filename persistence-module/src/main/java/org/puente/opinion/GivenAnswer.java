package org.puente.opinion;

import java.util.List;

/**
 * What a citizen gave for one question (by its position in the survey): the chosen options' positions (one for a
 * single choice, any for a multiple choice), the scale's point (1 to 5), or the text. An empty answer is none.
 */
public record GivenAnswer(List<Integer> choices, Integer scale, String text) {

    public static final int MAX_TEXT = 500;

    public GivenAnswer {
        choices = choices == null
                ? List.of()
                : choices.stream().distinct().sorted().toList();
        text = OpinionSurvey.clean(text);
    }

    public static GivenAnswer none() {
        return new GivenAnswer(List.of(), null, null);
    }

    public boolean isEmpty() {
        return choices.isEmpty() && scale == null && text == null;
    }
}
