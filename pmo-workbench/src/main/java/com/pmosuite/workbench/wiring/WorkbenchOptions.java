package com.pmosuite.workbench.wiring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a workbench: the command line, parsed.
 *
 * @param dbUrl a JDBC URL (HSQLDB or PostgreSQL), {@code embedded-postgres} for a private PostgreSQL under the data
 *              directory, or {@code null} for an HSQLDB file database under the data directory
 * @param demoIssues how many issues to generate ({@code --demo-issues}); 0 for none
 */
public record WorkbenchOptions(String host, int port, Path dataDirectory, String dbUrl, String dbUser,
                               String dbPassword, boolean demo, int demoIssues) {
    public static final int DEFAULT_PORT = 2990;
    public static final String EMBEDDED_POSTGRES = "embedded-postgres";

    public static final String USAGE = """
            Usage: java -jar pmo-workbench.jar [--port 2990] [--data DIR] [--db-url JDBC-URL|embedded-postgres]
                                               [--db-user USER] [--db-password PASSWORD] [--host HOST] [--demo]
                                               [--demo-issues N]
              --port       HTTP port (default 2990; 0 picks a free one)
              --data       directory for the database and logs (default ./workbench-data)
              --db-url     jdbc:hsqldb:... or jdbc:postgresql://... ; embedded-postgres starts a private PostgreSQL
              --demo       seed the demo portfolio's issues and risk registers (once; never duplicated)
              --demo-issues N  generate N issues (1 to 1,000,000) over the demo projects, once (resumed if cut short)
              --host       interface to listen on (default localhost; 0.0.0.0 for all)
            """;

    /** Parses arguments; throws {@link IllegalArgumentException} with a message fit for the console. */
    public static WorkbenchOptions parse(String... args) {
        String host = "localhost";
        int port = DEFAULT_PORT;
        Path data = Path.of("workbench-data");
        String dbUrl = null;
        String dbUser = null;
        String dbPassword = null;
        boolean demo = false;
        int demoIssues = 0;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--demo" -> demo = true;
                case "--demo-issues" -> demoIssues = demoIssues(value(arg, rest));
                case "--port" -> port = port(value(arg, rest));
                case "--data" -> data = Path.of(value(arg, rest));
                case "--db-url" -> dbUrl = value(arg, rest);
                case "--db-user" -> dbUser = value(arg, rest);
                case "--db-password" -> dbPassword = value(arg, rest);
                case "--host" -> host = value(arg, rest);
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        return new WorkbenchOptions(host, port, data, dbUrl, dbUser, dbPassword, demo, demoIssues);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static int demoIssues(String text) {
        if (text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("--demo-issues must be a number, not '"
                    + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
        }
        int count = Integer.parseInt(text);
        if (count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("--demo-issues must be between 1 and 1000000");
        }
        return count;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not '" + text + "'");
        }
    }
}
