package org.puente.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a query parameter it cannot read (a letter where an id goes, a number too large,
 * a required one missing) answers 400 with the error page, instead of rendering a page whose data was
 * never loaded. On a GET only the view parameters are converted and validated, so a failed validation
 * there is always the address's fault; on a postback the form's own messages are shown as usual.
 */
public class BadAddressListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the verdict is known only after the view parameters were validated
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getResponseComplete()) {
            return;
        }
        ErrorView.show(context, 400);
    }
}
