package com.pmosuite.workbench.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A test HTTP client with its own cookie jar that, like a test should, never follows redirects by itself. */
final class Browser {

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;

    Browser(URI base) {
        this(base, HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build(), Duration.ofSeconds(10));
    }

    private Browser(URI base, HttpClient client, Duration timeout) {
        this.base = base;
        this.client = client;
        this.timeout = timeout;
    }

    /** The same session, waiting longer for each answer (for calls that wait on a lock). */
    Browser patient(Duration answerTimeout) {
        return new Browser(base, client, answerTimeout);
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        return send("POST", path, "application/x-www-form-urlencoded", form(fields), headers);
    }

    /** Sends a request; {@code contentType} null means no Content-Type header and no body. */
    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the form, as a person would. */
    HttpResponse<String> logIn(String username, String password) {
        return postForm("/login.jsp", Map.of("os_username", username, "os_password", password,
                "os_destination", "/"));
    }
}
