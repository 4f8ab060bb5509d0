package org.puente.web.open311;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A refused Open311 call: the HTTP status the spec asks for (400, 403, 404; 429 beyond a limit) and one or more
 * error descriptions, answered as the spec's error document in the requested format.
 */
public class Open311Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> descriptions;
    private final long retryAfterSeconds;

    public Open311Error(int status, List<String> descriptions) {
        this(status, descriptions, 0);
    }

    /** A refusal that may be tried again after so many seconds (429 with Retry-After). */
    public Open311Error(int status, List<String> descriptions, long retryAfterSeconds) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Open311Error(int status, String description) {
        this(status, List.of(description));
    }

    public int status() {
        return status;
    }

    public List<String> descriptions() {
        return descriptions;
    }

    /** Writes the error document; the format is the one the path asked for (XML unless .json). */
    @Provider
    public static class Mapper implements ExceptionMapper<Open311Error> {

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Open311Error error) {
            Format format = uri != null && uri.getPath().endsWith(".xml") ? Format.XML : Format.JSON;
            Response.ResponseBuilder answer = Response.status(error.status())
                    .type(format.mediaType())
                    .entity(format.errors(error.status(), error.descriptions()));
            if (error.retryAfterSeconds > 0) {
                answer.header("Retry-After", error.retryAfterSeconds);
            }
            return answer.build();
        }
    }
}
