package org.puente.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.puente.setup.DemoData;

/**
 * Test deployments only: runs a piece of a test as a signed-in demo account. An in-container test
 * has no signed-in caller, and the staff services look the caller up by name; so the test hands its
 * work to this servlet over HTTP, which signs the account in exactly as the login page does
 * (Jakarta Security, the application's identity store, password "demo") and runs the work within
 * that request, where every EJB call carries the account's name and roles.
 */
@WebServlet("/it/signed-in")
public class SignedInCalls extends HttpServlet {

    private static final Map<String, Call<?>> WAITING = new ConcurrentHashMap<>();

    @Inject
    private SecurityContext security;

    private record Call<T>(String username, Callable<T> work, CompletableFuture<T> outcome) {

        void run() {
            try {
                outcome.complete(work.call());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        }
    }

    /**
     * Runs the work as the account and returns its result, or throws what it threw (an assertion
     * error included). {@code servlet} is this servlet's address in the deployment under test.
     */
    public static <T> T as(URI servlet, String username, Callable<T> work) throws Exception {
        String id = UUID.randomUUID().toString();
        Call<T> call = new Call<>(username, work, new CompletableFuture<>());
        WAITING.put(id, call);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(servlet + "?call=" + id))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .timeout(Duration.ofMinutes(3))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (!call.outcome().isDone()) {
                throw new IllegalStateException(
                        "The work did not run: HTTP " + response.statusCode() + " " + response.body());
            }
            return call.outcome().get(0, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            WAITING.remove(id);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Call<?> call = WAITING.remove(String.valueOf(request.getParameter("call")));
        if (call == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such call");
            return;
        }
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(
                                new UsernamePasswordCredential(call.username(), new Password(DemoData.DEMO_PASSWORD))));
        String name = request.getUserPrincipal() == null
                ? null
                : request.getUserPrincipal().getName();
        if (status != AuthenticationStatus.SUCCESS || !call.username().equals(name)) {
            call.outcome()
                    .completeExceptionally(new IllegalStateException(
                            "Signing in " + call.username() + " gave " + status + ", caller " + name));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        call.run();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
