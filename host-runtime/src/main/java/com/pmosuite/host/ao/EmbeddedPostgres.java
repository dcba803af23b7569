package com.pmosuite.host.ao;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A private PostgreSQL server from Maven Central's embedded binaries (zonky), started on a free port: no install
 * step, a pinned server version, and it also starts as root.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server with its data in {@code dataDirectory}, or in a temporary directory when {@code null}. */
    public static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder();
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return new EmbeddedPostgres(builder.start());
    }

    public String jdbcUrl(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
