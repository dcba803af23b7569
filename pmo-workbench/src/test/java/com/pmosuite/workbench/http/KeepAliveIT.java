package com.pmosuite.workbench.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keep-alive connection survives a request whose body the server refused to read (a 404 or 403 answered before
 * the body), as on the Tomcat Jira runs on: the next request on it is answered, not dropped.
 */
class KeepAliveIT {
    private static TestWorkbench workbench;

    @BeforeAll
    static void start() {
        workbench = new TestWorkbench();
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    @Test
    void aBodyTheServerDidNotReadDoesNotCostTheConnection() throws IOException {
        URI base = workbench.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] body = new byte[200_000];
            Arrays.fill(body, (byte) 'a');
            out.write(("PUT /rest/pmo/1.0/no-such-resource HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(US_ASCII));
            out.write(body);
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 404");

            out.write("GET /rest/pmo/1.0/no-such-resource HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(US_ASCII));
            out.flush();
            assertThat(readResponse(in)).as("the answer on the same connection").startsWith("HTTP/1.1 404");
        }
    }

    /** One HTTP/1.1 response's head and body (Content-Length or chunked); empty when the server closed. */
    private static String readResponse(InputStream in) throws IOException {
        String head = readUntil(in, "\r\n\r\n");
        if (head.isEmpty()) {
            return "";
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.contains("transfer-encoding: chunked")) {
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                in.readNBytes(size + 2);
            }
            readUntil(in, "\r\n");
        } else {
            int at = lower.indexOf("content-length:");
            if (at >= 0) {
                int end = lower.indexOf("\r\n", at);
                in.readNBytes(Integer.parseInt(lower.substring(at + 15, end).strip()));
            }
        }
        return head;
    }

    private static int chunkSize(InputStream in) throws IOException {
        return Integer.parseInt(readUntil(in, "\r\n").strip().split(";")[0], 16);
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            bytes.write(b);
            if (bytes.toString(US_ASCII).endsWith(end)) {
                break;
            }
        }
        return bytes.toString(US_ASCII);
    }
}
