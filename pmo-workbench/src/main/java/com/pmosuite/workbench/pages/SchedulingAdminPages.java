package com.pmosuite.workbench.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.pmosuite.shared.schedule.JobRun;
import com.pmosuite.shared.schedule.JobRunStore;
import com.pmosuite.workbench.host.WorkbenchOutbox;
import com.pmosuite.workbench.host.WorkbenchOutbox.QueuedMail;
import com.pmosuite.workbench.http.WebSudo;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static com.pmosuite.workbench.http.Html.escape;

/**
 * PMO admin pages of the workbench's stand-ins for Jira's own admin screens: the outbox (Jira's mail queue) and the
 * run history of scheduled jobs, each as a Jira-like page and as JSON for tests. Anonymous users are sent to log
 * in; logged-in users who are not PMO admins get 403. Jira's own mail-queue and scheduler pages need a secure
 * administrator session, so these do too: pages send a PMO admin without one to confirm their password and back,
 * JSON answers 401 with the workbench's error shape, as a {@code @WebSudoRequired} resource would.
 */
public final class SchedulingAdminPages {
    public static final String OUTBOX = "/secure/pmo/outbox";
    public static final String OUTBOX_JSON = "/secure/pmo/outbox.json";
    public static final String JOB_RUNS = "/secure/pmo/jobs";
    public static final String JOB_RUNS_JSON = "/secure/pmo/jobs.json";
    static final int RUNS_SHOWN = 100;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final WorkbenchOutbox outbox;
    private final JobRunStore runs;
    private final BooleanSupplier loggedIn;
    private final BooleanSupplier pmoAdmin;
    private final WebSudoManager webSudo;

    public SchedulingAdminPages(WorkbenchOutbox outbox, JobRunStore runs, BooleanSupplier loggedIn,
                                BooleanSupplier pmoAdmin, WebSudoManager webSudo) {
        this.outbox = outbox;
        this.runs = runs;
        this.loggedIn = loggedIn;
        this.pmoAdmin = pmoAdmin;
        this.webSudo = webSudo;
    }

    /** Servlets by exact path, for {@code WorkbenchServer.Builder#servlet}. */
    public Map<String, HttpServlet> servlets() {
        return Map.of(
                OUTBOX, page((request, response) -> html(response, OUTBOX, "Outbox", outboxHtml(outbox.mails()))),
                OUTBOX_JSON, page((request, response) -> json(response, Map.of("mails", outbox.mails()))),
                JOB_RUNS, page((request, response) -> html(response, JOB_RUNS, "Scheduled job runs",
                        runsHtml(runs.recent(RUNS_SHOWN)))),
                JOB_RUNS_JSON, page((request, response) -> json(response, Map.of("runs", runs.recent(RUNS_SHOWN)))));
    }

    private interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private HttpServlet page(Handler handler) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                if (!loggedIn.getAsBoolean()) {
                    if (request.getRequestURI().endsWith(".json")) {
                        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    } else {
                        response.sendRedirect("/login.jsp?os_destination="
                                + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
                    }
                    return;
                }
                if (!pmoAdmin.getAsBoolean()) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                if (!webSudo.canExecuteRequest(request)) {
                    if (request.getRequestURI().endsWith(".json")) {
                        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                        json(response, Map.of("status", HttpServletResponse.SC_UNAUTHORIZED,
                                "message", WebSudo.REQUIRED_MESSAGE));
                    } else {
                        webSudo.enforceWebSudoProtection(request, response);
                    }
                    return;
                }
                response.setHeader("Cache-Control", "no-store");
                handler.handle(request, response);
            }
        };
    }

    private static void html(HttpServletResponse response, String path, String title, String content)
            throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<html><head><title>" + escape(title) + " - PMO workbench</title>"
                + "<meta name=\"decorator\" content=\"atl.general\"></head><body>"
                + "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">"
                + "<div class=\"aui-page-header-main\"><h1>" + escape(title) + "</h1></div></div></header>"
                + "<nav class=\"aui-navgroup aui-navgroup-horizontal\"><div class=\"aui-navgroup-inner\">"
                + "<ul class=\"aui-nav\">" + navItem(OUTBOX, "Outbox", path)
                + navItem(JOB_RUNS, "Scheduled job runs", path) + "</ul></div></nav>"
                + content + "</body></html>");
    }

    private static String navItem(String href, String label, String current) {
        return "<li" + (href.equals(current) ? " class=\"aui-nav-selected\"" : "") + "><a href=\"" + href + "\">"
                + escape(label) + "</a></li>";
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String outboxHtml(List<QueuedMail> mails) {
        if (mails.isEmpty()) {
            return "<div class=\"aui-message aui-message-info\"><p>No mail has been queued since the workbench "
                    + "started. Jira would send queued mail through its SMTP server.</p></div>";
        }
        StringBuilder html = new StringBuilder("<table class=\"aui\" id=\"pmo-outbox\"><thead><tr><th>Queued</th>"
                + "<th>To</th><th>Subject</th><th>Body</th></tr></thead><tbody>");
        for (QueuedMail mail : mails) {
            html.append("<tr data-mail-id=\"").append(mail.id()).append("\"><td>").append(time(mail.queuedAt()))
                    .append("</td><td>").append(escape(mail.to())).append("</td><td>").append(escape(mail.subject()))
                    .append("</td><td><pre>").append(escape(mail.body())).append("</pre></td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String runsHtml(List<JobRun> recent) {
        if (recent.isEmpty()) {
            return "<div class=\"aui-message aui-message-info\"><p>No scheduled job has run yet.</p></div>";
        }
        StringBuilder html = new StringBuilder("<table class=\"aui\" id=\"pmo-job-runs\"><thead><tr><th>Job</th>"
                + "<th>Started</th><th>Ended</th><th>Node</th><th>Outcome</th><th>Message</th></tr></thead><tbody>");
        for (JobRun run : recent) {
            String lozenge = switch (run.result()) {
                case SUCCEEDED -> "aui-lozenge-success";
                case FAILED -> "aui-lozenge-error";
                case ABORTED -> "aui-lozenge-moved";
            };
            html.append("<tr><td>").append(escape(run.jobId())).append("</td><td>").append(time(run.startedAt()))
                    .append("</td><td>").append(time(run.endedAt())).append("</td><td>").append(escape(run.node()))
                    .append("</td><td><span class=\"aui-lozenge ").append(lozenge).append("\">")
                    .append(run.result().name().toLowerCase(Locale.ROOT)).append("</span></td><td>")
                    .append(escape(run.message())).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static void json(HttpServletResponse response, Object body) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
