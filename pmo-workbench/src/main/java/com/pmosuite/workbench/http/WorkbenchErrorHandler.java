package com.pmosuite.workbench.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Error pages that say only the status: exception messages and stack traces stay in the log (Jetty logs the
 * exception of a failed request before this runs), because they can reveal SQL, paths and internals. Jetty's
 * core error handler, not the servlet one, so it also serves as the server's, for what Jetty refuses before any
 * context runs; it restores the {@link SecurityHeaders}, which Jetty clears before some error responses.
 */
final class WorkbenchErrorHandler extends ErrorHandler {

    WorkbenchErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // Jetty resets the response before writing some errors (an ambiguous path), taking the headers with it.
        SecurityHeaders.addTo(response.getHeaders());
        return super.handle(request, response, callback);
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message,
                                  Throwable cause) throws IOException {
        String reason = Html.escape(HttpStatus.getMessage(code));
        writer.write("<!DOCTYPE html>\n<html><head><meta charset=\"" + charset.name() + "\"><title>" + code + " "
                + reason + "</title><link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\"></head>"
                + "<body class=\"aui-page-focused aui-page-size-medium\"><section class=\"aui-page-panel\">"
                + "<div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\"><h1>" + code + " "
                + reason + "</h1><p><a href=\"/\">Back to the projects</a></p></section></div></section></body></html>\n");
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write("{\"status\":" + code + ",\"message\":\"" + HttpStatus.getMessage(code) + "\"}");
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(code + " " + HttpStatus.getMessage(code) + "\n");
    }
}
