package org.puente.web.casework;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.puente.casework.ClockSettings;
import org.puente.casework.RecalculationProgress;
import org.puente.organization.Body;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.web.platform.Messages;

/**
 * The administrator's holiday calls as JSON (the same steps as /staff/plazos, for scripts such as the
 * clock benchmark): add a holiday to a body by its code or id ({@code POST /api/plazos/MET/dias-inhabiles}, form fields
 * {@code fecha} and {@code nombre}; 202 with the recalculation's id) and follow the recalculation of its
 * open cases ({@code GET /api/plazos/recalculos/{id}}). Administrators only (403 to anyone else).
 */
@Path("/plazos")
@Produces(MediaType.APPLICATION_JSON)
public class ClockAdminResource {

    @Inject
    private ClockSettings settings;

    @HeaderParam("Accept-Language")
    private String language;

    @POST
    @Path("/{body}/dias-inhabiles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addHoliday(
            @PathParam("body") String code, @FormParam("fecha") String day, @FormParam("nombre") String name) {
        return answer(() -> {
            Long bodyId = settings.bodies().stream()
                    .filter(b -> b.getCode().equalsIgnoreCase(code)
                            || b.getId().toString().equals(code))
                    .map(Body::getId)
                    .findFirst()
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            String job = settings.addHoliday(bodyId, parse(day), name);
            return Response.accepted(Json.createObjectBuilder().add("job", job).build())
                    .build();
        });
    }

    @GET
    @Path("/recalculos/{job}")
    public Response progress(@PathParam("job") String job) {
        return answer(() -> {
            RecalculationProgress p = settings.progress(job).orElseThrow(() -> new BusinessException("error.notFound"));
            return Response.ok(Json.createObjectBuilder()
                            .add("job", p.id())
                            .add("total", p.total())
                            .add("done", p.done())
                            .add("moved", p.moved())
                            .add("finished", p.finished())
                            .add("failed", p.failed())
                            .build())
                    .build();
        });
    }

    private static LocalDate parse(String day) {
        try {
            return day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException("holidayDay", "clock.holiday.day");
        }
    }

    private Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (EJBAccessException | AccessDeniedException e) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(Json.createObjectBuilder()
                            .add("error", "error.forbidden")
                            .build())
                    .build();
        } catch (BusinessException e) {
            BusinessException first = e instanceof InvalidInputException invalid
                            && !invalid.getProblems().isEmpty()
                    ? invalid.getProblems().get(0)
                    : e;
            int status = "error.notFound".equals(first.getMessageKey()) ? 404 : first.getField() == null ? 409 : 400;
            JsonObject error = Json.createObjectBuilder()
                    .add("error", first.getMessageKey())
                    .add("message", Messages.text(Messages.locale(language), first))
                    .add("field", first.getField() == null ? "" : first.getField())
                    .build();
            return Response.status(status).entity(error).build();
        }
    }
}
