package org.puente.web.transparency;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.transparency.Catalogue;
import org.puente.transparency.DashboardFigures;
import org.puente.transparency.TransparencyFilter;
import org.puente.transparency.TransparencyService;
import org.puente.web.platform.Messages;

/**
 * /api/transparencia/{municipio}: the dashboard's figures as JSON, with the dashboard's filter
 * parameters ({@code periodo}, {@code desde}, {@code hasta}, {@code servicio}, {@code delegacion}),
 * so that a municipality's site can show them live. Field names are English and documented in
 * docs/transparency-api.md ({@link FiguresJson}). 404 for an unknown municipality, 400 naming each parameter that cannot be read.
 */
@Path("/transparencia/{municipio}")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {

    @Inject
    private TransparencyService transparency;

    @HeaderParam("Accept-Language")
    private String language;

    @GET
    public Response figures(
            @PathParam("municipio") String code,
            @QueryParam(TransparencyFilter.PERIOD) String period,
            @QueryParam(TransparencyFilter.FROM) String from,
            @QueryParam(TransparencyFilter.TO) String to,
            @QueryParam(TransparencyFilter.SERVICE) String service,
            @QueryParam(TransparencyFilter.DELEGACION) String delegacion) {
        Optional<Catalogue> catalogue = transparency.catalogue(code);
        if (catalogue.isEmpty()) {
            return error(404, new BusinessException("error.notFound"), List.of());
        }
        try {
            TransparencyFilter filter =
                    catalogue.get().read(period, from, to, service, delegacion, transparency.today(catalogue.get()));
            return Response.ok(cachedJson(transparency.figures(catalogue.get(), filter)))
                    .build();
        } catch (InvalidInputException e) {
            return error(400, e.getProblems().get(0), e.getProblems());
        }
    }

    private Response error(int status, BusinessException main, List<BusinessException> problems) {
        Locale locale = Messages.locale(language);
        JsonArrayBuilder list = FiguresJson.JSON.createArrayBuilder();
        problems.forEach(p -> list.add(FiguresJson.JSON
                .createObjectBuilder()
                .add("error", p.getMessageKey())
                .add("message", Messages.text(locale, p))
                .add("field", p.getField() == null ? "" : p.getField())));
        JsonObject body = FiguresJson.JSON
                .createObjectBuilder()
                .add("error", main.getMessageKey())
                .add("message", Messages.text(locale, main))
                .add("field", main.getField() == null ? "" : main.getField())
                .add("problems", list)
                .build();
        return Response.status(status).entity(body).build();
    }

    /** The figures are kept a minute, so is their JSON: it is written once per figures. */
    private static JsonObject cachedJson(DashboardFigures f) {
        return f.drawings().get("json", () -> FiguresJson.of(f));
    }
}
