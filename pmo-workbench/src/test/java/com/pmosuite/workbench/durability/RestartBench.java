package com.pmosuite.workbench.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Prints how long a workbench takes to start, and how much memory it holds, with a large register: not a test
 * (no assertion, not run by {@code verify}), a bench to run by hand against any workbench jar.
 *
 * <pre>
 * java -cp "$(cat cp.txt):target/test-classes" com.pmosuite.workbench.durability.RestartBench \
 *     JAR DATA-DIR RISKS [RESTARTS] [-- workbench options such as --db-url embedded-postgres]
 * </pre>
 * Fills DATA-DIR through the CSV import (5,000 rows a request) when it holds fewer risks than RISKS, then stops
 * and starts the jar RESTARTS times (default 3), printing the workbench's own start time, the wall clock to ready,
 * and the process's resident memory after start and after reading a page of the register.
 */
public final class RestartBench {
    private static final int IMPORT_ROWS = 5_000;

    private RestartBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int risks = Integer.parseInt(args[2]);
        int restarts = args.length > 3 && !args[3].equals("--") ? Integer.parseInt(args[3]) : 3;
        List<String> options = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--")) {
                options.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
        }
        String[] workbenchOptions = options.toArray(String[]::new);
        Files.createDirectories(data);
        try (ForkedWorkbench workbench = ForkedWorkbench.start(jar, List.of(), data, workbenchOptions)) {
            System.out.printf("First start on this data: workbench says %d ms; RSS %d MiB%n",
                    workbench.startMillis(), rssKib(workbench.pid()) / 1024);
            int have = count(workbench.base());
            long started = System.nanoTime();
            for (int batch = 0; have < risks; batch++) {
                int rows = Math.min(IMPORT_ROWS, risks - have);
                importRows(workbench.base(), batch, rows);
                have += rows;
            }
            System.out.printf("Register holds %d risks (filling took %d ms)%n", count(workbench.base()),
                    (System.nanoTime() - started) / 1_000_000);
        }
        for (int run = 1; run <= restarts; run++) {
            long started = System.nanoTime();
            try (ForkedWorkbench workbench = ForkedWorkbench.start(jar, List.of(), data, workbenchOptions)) {
                long wall = (System.nanoTime() - started) / 1_000_000;
                long rssReady = rssKib(workbench.pid());
                get(workbench.base(), "projects/ALPHA/risks?limit=50");
                long rssServing = rssKib(workbench.pid());
                System.out.printf("Restart %d: workbench says %d ms, ready after %d ms (wall, with JVM start);"
                                + " RSS %d MiB when ready, %d MiB after a page of 50%n", run, workbench.startMillis(),
                        wall, rssReady / 1024, rssServing / 1024);
            }
        }
        System.out.printf("Data directory: %d MiB%n", sizeKib(data) / 1024);
    }

    private static int count(URI base) throws IOException, InterruptedException {
        String body = get(base, "projects/ALPHA/risks?limit=1");
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
        return total.find() ? Integer.parseInt(total.group(1)) : 0;
    }

    private static void importRows(URI base, int batch, int rows) throws IOException, InterruptedException {
        StringBuilder csv = new StringBuilder("title,kind,probability,impact,description\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Bench risk ").append(batch).append('-').append(i).append(",threat,")
                    .append(1 + i % 5).append(',').append(1 + (i / 5) % 5)
                    .append(",A description long enough to look like one a risk owner would write.\n");
        }
        HttpResponse<String> response = send(base, "POST", "projects/ALPHA/risks/import", "text/csv",
                csv.toString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Import answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String get(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(base, "GET", path, null, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static HttpResponse<String> send(URI base, String method, String path, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("rest/pmo/1.0/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("X-Atlassian-Token", "no-check")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** The resident set of a process, from Linux's /proc (0 elsewhere). */
    private static long rssKib(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    private static long sizeKib(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1024;
        }
    }
}
