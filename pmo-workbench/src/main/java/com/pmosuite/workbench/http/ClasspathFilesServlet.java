package com.pmosuite.workbench.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Serves files from a class-path folder (AUI and jQuery under {@code /static}), the same from a directory during
 * development and from inside the runnable jar. No directory listings; an ETag from the content's checksum.
 */
final class ClasspathFilesServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "gif", "image/gif",
            "woff", "font/woff",
            "woff2", "font/woff2",
            "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject");

    private final String root;
    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    ClasspathFilesServlet(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty() || path.endsWith("/") || path.contains("..") || path.contains("\\")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = cache.computeIfAbsent(path.substring(1), this::read);
        if (content.length == 0 && !exists(path.substring(1))) {
            cache.remove(path.substring(1));
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CRC32 crc = new CRC32();
        crc.update(content);
        String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + content.length + "\"";
        response.setHeader("ETag", etag);
        // AUI and jQuery change only with the npm lock file; an hour's caching keeps dev reloads honest enough.
        response.setHeader("Cache-Control", "public, max-age=3600");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private boolean exists(String relative) {
        return ClasspathFilesServlet.class.getClassLoader().getResource(root + relative) != null;
    }

    private byte[] read(String relative) {
        try (InputStream in = ClasspathFilesServlet.class.getClassLoader().getResourceAsStream(root + relative)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
