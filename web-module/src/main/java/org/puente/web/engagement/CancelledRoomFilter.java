package org.puente.web.engagement;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.puente.engagement.EventStatus;
import org.puente.engagement.PublicAgenda;
import org.puente.engagement.PublicEvent;

/**
 * The room of a chat or forum an evaluator cancelled ({@code /chat?evento=}, {@code /foro?evento=}) says
 * so: the request is forwarded to {@code /evento-cancelado}, which names the event and links the agenda
 * (status 410, never the staff's reason). The rooms themselves (chat, forum) know nothing of it; an event
 * not announced as cancelled goes on to its room as before.
 */
@WebFilter(urlPatterns = {"/chat", "/chat.xhtml", "/foro", "/foro.xhtml"})
public class CancelledRoomFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "cancelledEvent";

    @Inject
    private PublicAgenda agenda;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request.getParameter("evento");
        Optional<PublicEvent> cancelled = "GET".equals(request.getMethod()) && id != null && id.matches("\\d{1,18}")
                ? agenda.event(Long.valueOf(id)).filter(e -> e.status() == EventStatus.CANCELLED)
                : Optional.empty();
        if (cancelled.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ATTRIBUTE, cancelled.get());
        response.setStatus(HttpServletResponse.SC_GONE);
        request.getRequestDispatcher("/evento-cancelado").forward(request, response);
    }
}
