package org.puente.web.engagement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.engagement.AgencyBody;
import org.puente.engagement.PublicAgenda;
import org.puente.engagement.PublicEvent;
import org.puente.platform.Links;
import org.puente.web.layout.LocaleBacking;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.Texts;

/** /agenda/{id}.ics: one chat or forum of the public agenda as an iCalendar file (text/calendar). */
@WebServlet(urlPatterns = "/agenda/*")
public class AgendaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/(\\d{1,18})\\.ics$");

    @Inject
    private PublicAgenda agenda;

    @Inject
    private Clock clock;

    @Inject
    private Links links;

    @Inject
    private AgencyBody agency;

    @Inject
    private LocaleBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<PublicEvent> event = m.matches() ? agenda.event(Long.valueOf(m.group(1))) : Optional.empty();
        if (event.isEmpty()) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String host = Optional.ofNullable(URI.create(links.base()).getHost()).orElse("puente.gob.mx");
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, language(request));
        byte[] body = IcsCalendar.of(
                        event.get(),
                        links.base(),
                        host,
                        OffsetDateTime.now(clock),
                        agency.get().getTimeZone(),
                        texts)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"puente-evento-" + event.get().id() + ".ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The language the visitor chose when he has a session already; Spanish, the agenda's public's, otherwise
     * (a download does not open a session just to ask).
     */
    private Locale language(HttpServletRequest request) {
        return request.getSession(false) == null ? LocaleBacking.SPANISH : language.getLocale();
    }
}
