package org.puente.web.chat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.abuse.TooManyRequestsException;
import org.puente.chat.ChatModeration;
import org.puente.chat.ChatParticipation;
import org.puente.chat.JoinReceipt;
import org.puente.chat.OwnQuestion;
import org.puente.chat.PublicMessage;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Messages;

/**
 * The room page's calls: join with a nickname, ask a question (with the participant's token in the
 * X-Participant header), and read messages after a sequence number (the polling fallback when
 * WebSocket is blocked, and the first load); and, for a signed-in moderator, approving a question
 * and posting a notice (the same steps as the moderation page). Refusals answer 400 or 409 with the
 * message in the visitor's language, 403 to whoever may not moderate. Joins and questions are limited
 * per client address ({@link RateLimits}): beyond the limit, 429 with {@code Retry-After}.
 */
@Path("/chat/{event}")
@Produces(MediaType.APPLICATION_JSON)
public class ChatResource {

    @Inject
    private ChatParticipation chats;

    @Inject
    private ChatModeration moderation;

    @PathParam("event")
    private Long eventId;

    @Inject
    private RateLimits limits;

    @Context
    private HttpServletRequest request;

    @HeaderParam("Accept-Language")
    private String language;

    @GET
    public Response room() {
        return run(() -> ChatJson.hello(chats.room(eventId)));
    }

    @POST
    @Path("/participants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@FormParam("nickname") String nickname) {
        return run(() -> {
            limits.require(Limit.CHAT_JOIN_SOURCE, request.getRemoteAddr(), "nickname");
            JoinReceipt r = chats.join(eventId, nickname, request.getRemoteAddr());
            return Json.createObjectBuilder()
                    .add("participantId", r.participantId())
                    .add("nickname", r.nickname())
                    .add("token", r.token())
                    .build();
        });
    }

    @POST
    @Path("/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@HeaderParam("X-Participant") String token, @FormParam("text") String text) {
        return run(() -> {
            limits.require(Limit.CHAT_QUESTION_SOURCE, request.getRemoteAddr(), "question");
            return ChatJson.own(chats.ask(eventId, token, text));
        });
    }

    @GET
    @Path("/messages")
    public Response since(@QueryParam("since") long since, @HeaderParam("X-Participant") String token) {
        return run(() -> {
            JsonArrayBuilder messages = Json.createArrayBuilder();
            for (PublicMessage m : chats.since(eventId, since, 500)) {
                messages.add(ChatJson.message(m));
            }
            JsonArrayBuilder own = Json.createArrayBuilder();
            if (token != null && !token.isBlank()) {
                for (OwnQuestion q : chats.mine(eventId, token)) {
                    own.add(ChatJson.own(q));
                }
            }
            return Json.createObjectBuilder()
                    .add("room", ChatJson.hello(chats.room(eventId)))
                    .add("messages", messages)
                    .add("own", own)
                    .build();
        });
    }

    /** The moderator approves a pending question (with his edit in {@code text}, when given). Staff only. */
    @POST
    @Path("/questions/{question}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("question") Long questionId, @FormParam("text") String text) {
        return run(() -> ChatJson.message(moderation.approve(questionId, text)));
    }

    /** The moderator's notice to the room. Staff only. */
    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notice(@FormParam("text") String text) {
        return run(() -> ChatJson.message(moderation.notice(eventId, text)));
    }

    private Response run(java.util.function.Supplier<JsonObject> call) {
        try {
            return Response.ok(call.get()).build();
        } catch (jakarta.ejb.EJBAccessException | org.puente.platform.AccessDeniedException e) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(Json.createObjectBuilder()
                            .add("error", "error.forbidden")
                            .build())
                    .build();
        } catch (BusinessException e) {
            int status = e instanceof TooManyRequestsException
                    ? 429
                    : "error.notFound".equals(e.getMessageKey()) ? 404 : e.getField() == null ? 409 : 400;
            JsonObject error = Json.createObjectBuilder()
                    .add("error", e.getMessageKey())
                    .add("message", Messages.text(Messages.locale(language), e))
                    .add("field", e.getField() == null ? "" : e.getField())
                    .build();
            Response.ResponseBuilder answer = Response.status(status).entity(error);
            if (e instanceof TooManyRequestsException tooMany) {
                answer.header("Retry-After", tooMany.getRetryAfterSeconds());
            }
            return answer.build();
        }
    }
}
