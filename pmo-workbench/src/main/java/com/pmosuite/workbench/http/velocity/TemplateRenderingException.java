package com.pmosuite.workbench.http.velocity;

/** A template that could not be found, parsed or rendered; the message names the template. */
public final class TemplateRenderingException extends RuntimeException {

    private final String templateName;

    TemplateRenderingException(String templateName, Throwable cause) {
        super("Could not render Velocity template " + templateName + ": " + cause.getMessage(), cause);
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }
}
