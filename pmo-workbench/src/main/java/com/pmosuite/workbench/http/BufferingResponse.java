package com.pmosuite.workbench.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Holds back an HTML response body so the page decorator can wrap it. A response that has declared another
 * content type by the time its body is first written (a CSV export, an image) streams straight through.
 */
final class BufferingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private Boolean passThrough;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean handledElsewhere;

    BufferingResponse(HttpServletResponse response) {
        super(response);
    }

    static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    /** Whether a body was held back, i.e. the filter must now write something itself. */
    boolean holdsBody() {
        return !handledElsewhere && Boolean.FALSE.equals(passThrough);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    private boolean passThrough() {
        if (passThrough == null) {
            String type = getContentType();
            passThrough = type != null && !isHtml(type);
        }
        return passThrough;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (passThrough()) {
            return super.getOutputStream();
        }
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called");
        }
        if (stream == null) {
            stream = new BufferStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (passThrough()) {
            return super.getWriter();
        }
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has already been called");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(buffer, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    // The decorated page has another length; the filter sets the real one when it writes.
    @Override
    public void setContentLength(int length) {
        if (Boolean.TRUE.equals(passThrough)) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (Boolean.TRUE.equals(passThrough)) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name) || Boolean.TRUE.equals(passThrough)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name) || Boolean.TRUE.equals(passThrough)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (Boolean.TRUE.equals(passThrough)) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        buffer.reset();
        super.reset();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        handledElsewhere = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        handledElsewhere = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        handledElsewhere = true;
        super.sendRedirect(location);
    }

    private final class BufferStream extends ServletOutputStream {
        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("Decorated pages are written synchronously");
        }
    }
}
