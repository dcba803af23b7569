package com.pmosuite.workbench.http;

import java.time.Clock;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A started workbench on a free port hosting the test resources, plus the switches tests flip. */
final class TestWorkbench implements AutoCloseable {

    static final String PROJECT_PAGE = """
            <html><head>
            <title>Risk register</title>
            <meta name="decorator" content="atl.general">
            <meta name="projectKey" content="PMO">
            <meta name="projectName" content="&lt;script&gt;alert(1)&lt;/script&gt; Portfolio">
            <meta name="admin.active.tab" content="risks">
            <style id="page-style">.risk{color:red}</style>
            </head>
            <body class="risk-register"><p id="page-body">Zoë's risks</p></body></html>""";
    static final String PLAIN_DECORATED_PAGE = """
            <html><head><title>Projects</title><meta name="decorator" content="atl.general"></head>
            <body><p id="page-body">All projects</p></body></html>""";
    static final String UNDECORATED_PAGE =
            "<html><head><title>Raw</title></head>\n<body><p>raw  page</p></body></html>\n";

    final AtomicBoolean anonymousAccess = new AtomicBoolean(false);
    final WorkbenchServer server;

    TestWorkbench() {
        this(new LoginThrottle(Clock.systemUTC()));
    }

    /** A workbench whose failed logins are counted by {@code loginThrottle}, typically on a test's clock. */
    TestWorkbench(LoginThrottle loginThrottle) {
        CurrentUser currentUser = new CurrentUser();
        server = WorkbenchServer.builder(TestUsers.accounts())
                .port(0)
                .loginThrottle(loginThrottle)
                .currentUser(currentUser)
                .anonymousAccessEnabled(anonymousAccess::get)
                .restResources(new TestResources.AccessProbe(currentUser), new TestResources.OpenProbe(),
                        new TestResources.WriteProbe(), new TestResources.JsonProbe())
                .servlet("/plugins/servlet/test/whoami", new TestResources.WhoAmIServlet(currentUser))
                .servlet("/plugins/servlet/test/project",
                        new TestResources.FixedPageServlet("text/html;charset=UTF-8", PROJECT_PAGE))
                .servlet("/secure/Projects.jspa",
                        new TestResources.FixedPageServlet("text/html;charset=UTF-8", PLAIN_DECORATED_PAGE))
                .servlet("/plugins/servlet/test/raw",
                        new TestResources.FixedPageServlet("text/html;charset=UTF-8", UNDECORATED_PAGE))
                .servlet("/plugins/servlet/test/csv",
                        new TestResources.FixedPageServlet("text/csv;charset=UTF-8", "key,title\nR-1,<b>x</b>\n"))
                .servlet("/plugins/servlet/test/failure", new TestResources.FailingServlet())
                .sidebarLinks((projectKey, user) -> List.of(
                        new SidebarLink("summary", "Summary", "/plugins/servlet/pmo/summary?project=" + projectKey),
                        new SidebarLink("risks", "Risks <script>alert(2)</script>",
                                "/plugins/servlet/pmo/risks?project=" + projectKey + "&view=all"),
                        new SidebarLink("evil", "Evil", "javascript:alert(3)")))
                .requiredResources(request -> RequiredResourceUrls.of(
                        List.of("/download/resources/pmo/risk.css?v=1&x=\"y\""),
                        List.of("/download/resources/pmo/risk.js")))
                .build()
                .start();
    }

    URI baseUri() {
        return server.baseUri();
    }

    Browser browser() {
        return new Browser(server.baseUri());
    }

    @Override
    public void close() {
        server.stop();
    }
}
