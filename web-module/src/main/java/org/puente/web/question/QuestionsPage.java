package org.puente.web.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.question.PublicQuestions;
import org.puente.question.QuestionList;
import org.puente.question.QuestionTopic;

/**
 * /preguntas: the answered questions, most needed first, searched (?q=), by body (?organismo=MET; an unknown
 * code is a 404) and topic (?tema=AGUA), paged (?pagina=2). Pending questions are never listed.
 */
@Named
@RequestScoped
public class QuestionsPage {

    @Inject
    private PublicQuestions questions;

    private String organismo;
    private String q;
    private String tema;
    private QuestionTopic topic;
    private Integer pagina;
    private Body body;
    private QuestionList list;

    public void load() {
        if (organismo != null && !organismo.isBlank()) {
            body = questions.body(organismo).orElseThrow(() -> new BusinessException("error.notFound"));
        }
        topic = Topics.parse(tema);
        list = questions.search(body, topic, q, pagina == null ? 1 : pagina);
    }

    /** The address of another page under the same search. */
    public String pageQuery(int number) {
        return query() + "pagina=" + number;
    }

    private String query() {
        StringBuilder s = new StringBuilder();
        if (body != null) {
            s.append("organismo=").append(body.getCode()).append('&');
        }
        if (topic != null) {
            s.append("tema=").append(topic.name()).append('&');
        }
        if (q != null && !q.isBlank()) {
            s.append("q=")
                    .append(java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
        return s.toString();
    }

    public List<QuestionTopic> getTopics() {
        return Arrays.asList(QuestionTopic.values());
    }

    public String getBodyCode() {
        return body == null ? "MET" : body.getCode();
    }

    public Body getBody() {
        return body;
    }

    public QuestionList getList() {
        return list;
    }

    public String getOrganismo() {
        return organismo;
    }

    public void setOrganismo(String organismo) {
        this.organismo = organismo;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.length() <= 200 ? q : q.substring(0, 200);
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

    public Integer getPagina() {
        return pagina;
    }

    public void setPagina(Integer pagina) {
        this.pagina = pagina;
    }
}
