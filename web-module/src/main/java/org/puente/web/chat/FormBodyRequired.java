package org.puente.web.chat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every POST under /api reads the fields of a form: one that comes without a body type (no
 * {@code Content-Type}) is answered 415 here, before the resource, where reading its form fields
 * would fail with a server error (500). A wrong body type already gets 415 from JAX-RS itself.
 */
@Provider
@PreMatching
public class FormBodyRequired implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && request.getMediaType() == null) {
            request.abortWith(
                    Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).build());
        }
    }
}
