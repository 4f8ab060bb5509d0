package org.puente.web.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * POST /salir signs out and ends the session, from any page: a plain form, so that it works on an error
 * page and after the session has already expired (a JSF form there would answer "tu sesión expiró").
 * A sign-out sent from another site is refused by {@link org.puente.web.platform.SameOriginFilter}.
 */
@WebServlet("/salir")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/?salida=1");
    }
}
