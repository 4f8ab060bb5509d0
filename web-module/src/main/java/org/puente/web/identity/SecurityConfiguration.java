package org.puente.web.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Jakarta Security: the roles Puente declares. Signing in is {@link SessionAuthentication}: a form on our own page
 * (/login), backed by {@link PuenteIdentityStore}.
 * A visitor who opens a protected page is sent to /login?volver=PAGE ({@link LoginRedirect}) and, once
 * signed in, back to that page.
 * Group names equal role names, and Payara maps them one to one.
 */
@DeclareRoles({
    "CIUDADANO",
    "OPERADOR",
    "AGENTE",
    "GERENTE",
    "ENLACE",
    "EVALUADOR",
    "MODERADOR",
    "EXPERTO",
    "COMUNICACION",
    "ADMIN"
})
@ApplicationScoped
public class SecurityConfiguration {}
