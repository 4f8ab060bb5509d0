package org.puente.web.report;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.puente.abuse.Limit;
import org.puente.platform.BusinessException;
import org.puente.report.ReportTracking;
import org.puente.report.SurveyAnswers;
import org.puente.report.SurveyResponse;
import org.puente.report.TrackingView;
import org.puente.web.abuse.FormGuard;
import org.puente.web.casework.TrackingKeys;
import org.puente.web.platform.Texts;

/**
 * /seguimiento: a report's status and history by folio, and the survey once it is resolved.
 *
 * <p>A little over ~150 lines: the page holds both the lookup (folio and code) and the survey with its
 * reopening, which share the report they show.
 */
@Named
@ViewScoped
public class TrackingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportTracking reports;

    @Inject
    private Texts texts;

    @Inject
    private FormGuard guard;

    @Inject
    private TrackingKeys keys;

    private String folio;
    private String code;
    private TrackingView view;
    private boolean searched;
    private Boolean knowsService;
    private String priorityServices;
    private Boolean effectiveChannel;
    private SurveyResponse.Degree accountability;
    private Boolean fixed;
    private boolean reopen;
    private String reopenReason;

    /**
     * The page by folio, with the code this session knows for it. A code that came in the address (an old
     * link) is taken into the session and the page reloads without it, so that it stays in no history or log.
     */
    public void load() throws IOException {
        if (code != null && !code.isBlank() && folio != null && !folio.isBlank()) {
            keys.remember(folio, code);
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.redirect(context.getRequestContextPath() + "/seguimiento?folio=" + encode(folio.strip()));
            return;
        }
        refresh();
    }

    private void refresh() {
        code = keys.codeFor(folio);
        searched = folio != null && !folio.isBlank();
        view = searched ? reports.track(folio, code).orElse(null) : null;
    }

    /** The lookup form (posted, never in the address): remembers the code and shows the folio's page. */
    public String lookUp() {
        if (folio == null || folio.isBlank()) {
            texts.error("folio", "tracking.folio.required");
            return null;
        }
        if (code != null && !code.isBlank()) {
            try {
                guard.admit(Limit.TRACKING_SOURCE);
            } catch (BusinessException refusal) {
                texts.show(refusal, "lookup");
                return null;
            }
        }
        keys.remember(folio, code);
        return "/seguimiento?faces-redirect=true&folio=" + encode(folio.strip());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public void answer() {
        try {
            guard.admit(Limit.SURVEY_SOURCE);
            reports.answerSurvey(
                    folio,
                    code,
                    new SurveyAnswers(
                            knowsService,
                            priorityServices,
                            effectiveChannel,
                            accountability,
                            fixed,
                            reopen,
                            reopenReason));
            texts.info(reopen ? "survey.reopened" : "survey.thanks");
        } catch (BusinessException refusal) {
            texts.show(refusal, "survey");
        }
        refresh();
    }

    public List<TrackingView> getMine() {
        return reports.mine();
    }

    public SurveyResponse.Degree[] getDegrees() {
        return SurveyResponse.Degree.values();
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TrackingView getView() {
        return view;
    }

    public boolean isSearched() {
        return searched;
    }

    public Boolean getKnowsService() {
        return knowsService;
    }

    public void setKnowsService(Boolean knowsService) {
        this.knowsService = knowsService;
    }

    public String getPriorityServices() {
        return priorityServices;
    }

    public void setPriorityServices(String priorityServices) {
        this.priorityServices = priorityServices;
    }

    public Boolean getEffectiveChannel() {
        return effectiveChannel;
    }

    public void setEffectiveChannel(Boolean effectiveChannel) {
        this.effectiveChannel = effectiveChannel;
    }

    public Boolean getFixed() {
        return fixed;
    }

    public void setFixed(Boolean fixed) {
        this.fixed = fixed;
    }

    public boolean isReopen() {
        return reopen;
    }

    public void setReopen(boolean reopen) {
        this.reopen = reopen;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public SurveyResponse.Degree getAccountability() {
        return accountability;
    }

    public void setAccountability(SurveyResponse.Degree accountability) {
        this.accountability = accountability;
    }
}
