package com.pmosuite.workbench.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of an error the workbench itself answers on REST paths: {@code {"status":401,"message":"..."}}. */
record RestError(int status, String message) {

    static final String UNAUTHENTICATED = "Client must be authenticated to access this resource.";

    Response toResponse() {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }
}
