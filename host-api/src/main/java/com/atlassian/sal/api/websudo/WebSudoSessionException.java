package com.atlassian.sal.api.websudo;

/**
 * Compile-time stand-in for SAL's unchecked WebSudoSessionException, present because
 * WebSudoManager.willExecuteWebSudoRequest declares it (see
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/package-tree.html).
 */
public class WebSudoSessionException extends RuntimeException {

    public WebSudoSessionException() {
        super();
    }
}
