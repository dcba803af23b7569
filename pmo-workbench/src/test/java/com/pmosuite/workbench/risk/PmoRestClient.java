package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.support.RunningWorkbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.fail;

/**
 * A non-browser client of the PMO REST API on the shared workbench, as a script would call it: Basic auth for a
 * demo user (password = user name) or anonymous, JSON in and out, and {@code X-Atlassian-Token: no-check} on
 * changes unless told otherwise. Every answer of 500 or more fails the test that received it: no input may crash
 * the API.
 */
public final class PmoRestClient {
    public static final String XSRF_TOKEN_HEADER = "X-Atlassian-Token";
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final String user;
    private final Map<String, String> headers;
    private final boolean sendsXsrfToken;

    private PmoRestClient(String user, Map<String, String> headers, boolean sendsXsrfToken) {
        this.user = user;
        this.headers = Map.copyOf(headers);
        this.sendsXsrfToken = sendsXsrfToken;
    }

    /** A demo user, who logs in with Basic auth (the demo passwords equal the user names). */
    public static PmoRestClient as(String user) {
        return new PmoRestClient(user, Map.of(), true);
    }

    public static PmoRestClient anonymous() {
        return new PmoRestClient(null, Map.of(), true);
    }

    /** The same client sending one more header on every request. */
    public PmoRestClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new PmoRestClient(user, more, sendsXsrfToken);
    }

    /** The same client without the {@code X-Atlassian-Token} header a script would send, as a browser would. */
    public PmoRestClient withoutXsrfToken() {
        return new PmoRestClient(user, headers, false);
    }

    /** Who this client is, for test names. */
    public String who() {
        return user == null ? "anonymous" : user;
    }

    public static URI restBase() {
        return RunningWorkbench.baseUri().resolve("rest/pmo/1.0/");
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    /** POSTs {@code body} as JSON: a String is sent as it is, anything else is serialised. */
    public Reply post(String path, Object body) {
        return send("POST", path, "application/json", json(body));
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, "application/json", json(body));
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply postCsv(String path, String csv) {
        return send("POST", path, "text/csv", csv);
    }

    /** Any request; {@code contentType} and {@code body} may be null. */
    public Reply send(String method, String path, String contentType, String body) {
        return sendBytes(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** Any request with a body of exactly these bytes, for encodings other than UTF-8. */
    public Reply sendBytes(String method, String path, String contentType, byte[] body) {
        URI uri = restBase().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            String credentials = user + ":" + user;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (sendsXsrfToken && CHANGES.contains(method)) {
            request.header(XSRF_TOKEN_HEADER, "no-check");
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + uri, e);
        }
        Reply reply = new Reply(method + " " + uri + " as " + who(), response.statusCode(), response.headers(),
                response.body());
        if (reply.status() >= 500) {
            fail("%s answered %d: %s", reply.request(), reply.status(), reply.body());
        }
        return reply;
    }

    private static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a request body", e);
        }
    }

    /** One answer: its status, headers and body, with the JSON of the body on demand. */
    public record Reply(String request, int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError(request + " answered " + status + " with a body that is not JSON: " + body,
                        e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The field names of a 400's error list, in the order given. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + body;
        }
    }
}
