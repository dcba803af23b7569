package com.pmosuite.workbench.http;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/** Tiny REST resources and servlets that the HTTP tests call. */
final class TestResources {

    private TestResources() {
    }

    /** One method per access annotation; each answers with the caller's username. */
    @Path("access")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class AccessProbe {
        private final CurrentUser currentUser;

        AccessProbe(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        private String caller() {
            return currentUser.get().map(WorkbenchAccount::username).orElse("anonymous");
        }

        @GET
        @Path("unrestricted")
        @UnrestrictedAccess
        public String unrestricted() {
            return caller();
        }

        @GET
        @Path("anonymous-site")
        @AnonymousSiteAccess
        public String anonymousSite() {
            return caller();
        }

        @GET
        @Path("licensed")
        @LicensedOnly
        public String licensed() {
            return caller();
        }

        @GET
        @Path("unannotated")
        public String unannotated() {
            return caller();
        }

        @GET
        @Path("admin")
        @AdminOnly
        public String admin() {
            return caller();
        }
    }

    /** Unrestricted as a class, with one method that asks for more. */
    @Path("open")
    @Produces(MediaType.TEXT_PLAIN)
    @UnrestrictedAccess
    public static final class OpenProbe {
        @GET
        public String inherited() {
            return "open";
        }

        @GET
        @Path("licensed")
        @LicensedOnly
        public String licensed() {
            return "licensed";
        }
    }

    /** Mutating methods open to anyone, so that only the XSRF check decides. */
    @Path("writes")
    @Produces(MediaType.TEXT_PLAIN)
    @UnrestrictedAccess
    public static final class WriteProbe {
        @GET
        public String read() {
            return "read";
        }

        @POST
        @Consumes(MediaType.WILDCARD)
        public String write(String body) {
            return "written";
        }

        @DELETE
        public String delete() {
            return "deleted";
        }

        @POST
        @Path("excluded")
        @Consumes(MediaType.WILDCARD)
        @XsrfProtectionExcluded
        public String excluded(String body) {
            return "written";
        }
    }

    /** What the REST JSON looks like. */
    @Path("json")
    @UnrestrictedAccess
    public static final class JsonProbe {
        public record Milestone(String name, LocalDate due, Instant changed) {
            public boolean isLate() {
                return true;
            }
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Milestone milestone() {
            return new Milestone("Go live", LocalDate.of(2026, 3, 1), Instant.parse("2026-02-01T10:15:30Z"));
        }

        @GET
        @Path("failure")
        public String failure() {
            throw new IllegalStateException("secret detail from the database");
        }
    }

    /** Answers with the current user's username, to show who the server thinks is calling. */
    static final class WhoAmIServlet extends HttpServlet {
        private final CurrentUser currentUser;

        WhoAmIServlet(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(currentUser.get().map(WorkbenchAccount::username).orElse("anonymous"));
        }
    }

    /** Writes a fixed body with a fixed content type. */
    static final class FixedPageServlet extends HttpServlet {
        private final String contentType;
        private final String body;

        FixedPageServlet(String contentType, String body) {
            this.contentType = contentType;
            this.body = body;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType(contentType);
            response.getWriter().write(body);
        }
    }

    /** Fails, to show what a client sees of an unexpected error. */
    static final class FailingServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("secret detail from the database");
        }
    }
}
