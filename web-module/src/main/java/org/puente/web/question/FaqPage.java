package org.puente.web.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.question.PublicQuestions;
import org.puente.question.QuestionRow;
import org.puente.question.QuestionTopic;

/** /preguntas/tema?organismo=MET&amp;tema=AGUA: a topic's frequent questions with their answers (404 for none). */
@Named
@RequestScoped
public class FaqPage {

    @Inject
    private PublicQuestions questions;

    private String organismo;
    private String tema;
    private QuestionTopic topic;
    private Body body;
    private List<QuestionRow> rows;

    public void load() {
        body = questions.body(organismo).orElseThrow(() -> new BusinessException("error.notFound"));
        topic = Topics.parse(tema);
        if (topic == null) {
            throw new BusinessException("error.notFound");
        }
        rows = questions.faq(body, topic);
    }

    public Body getBody() {
        return body;
    }

    public List<QuestionRow> getRows() {
        return rows;
    }

    public String getOrganismo() {
        return organismo;
    }

    public void setOrganismo(String organismo) {
        this.organismo = organismo;
    }

    public QuestionTopic getTopic() {
        return topic;
    }

    public String getTema() {
        return tema;
    }

    public void setTema(String tema) {
        this.tema = tema;
    }
}
