package org.puente.web.engagement;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.List;
import java.util.stream.Collectors;
import org.puente.engagement.EngagementRules;
import org.puente.web.platform.Texts;

/**
 * A chat's window must be one the agency offers (the list's options, given as the attribute
 * {@code windows}): a value sent by hand is refused on the field with the windows there are, before
 * JSF's own generic "not in the list" check.
 */
@FacesValidator("puente.chatWindow")
public class ChatWindowValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<EngagementRules.Window> windows =
                (List<EngagementRules.Window>) component.getAttributes().get("windows");
        if (windows == null || windows.stream().noneMatch(w -> w.toString().equals(value.toString()))) {
            String offered = windows == null
                    ? ""
                    : windows.stream().map(w -> w.start() + "–" + w.end()).collect(Collectors.joining(", "));
            // A faces validator is not a CDI bean here: the bundle's texts are looked up.
            String text = CDI.current().select(Texts.class).get().get("engagement.window.notOffered", offered);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
