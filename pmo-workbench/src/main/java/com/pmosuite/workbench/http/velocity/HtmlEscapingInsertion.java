package com.pmosuite.workbench.http.velocity;

import com.pmosuite.workbench.http.Html;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Jira's automatic HTML escaping: every value a reference inserts is escaped, unless the reference's root name or
 * its last segment ends in {@code Html} or {@code HTML} ({@code $bodyHtml}, {@code $risk.descriptionHtml},
 * {@code $panel.renderHtml()}), which is how a template declares that a value is already safe markup.
 */
final class HtmlEscapingInsertion implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isDeclaredHtml(reference)) {
            return value;
        }
        return Html.escape(value.toString());
    }

    /** Whether the literal reference text, e.g. {@code $!{risk.titleHtml}}, names a value that is markup. */
    static boolean isDeclaredHtml(String reference) {
        String body = stripDecoration(reference);
        String root = segmentName(firstSegment(body));
        String last = segmentName(lastSegment(body));
        return endsInHtml(root) || endsInHtml(last);
    }

    private static boolean endsInHtml(String name) {
        return name.endsWith("Html") || name.endsWith("HTML");
    }

    // "$!{a.b|'x'}" -> "a.b": drop the $, quiet and formal markers, and any alternate value.
    private static String stripDecoration(String reference) {
        String body = reference.startsWith("$") ? reference.substring(1) : reference;
        if (body.startsWith("!")) {
            body = body.substring(1);
        }
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1);
        }
        int alternate = topLevelIndexOf(body, '|', 0);
        return alternate >= 0 ? body.substring(0, alternate) : body;
    }

    private static String firstSegment(String body) {
        int dot = topLevelIndexOf(body, '.', 0);
        return dot >= 0 ? body.substring(0, dot) : body;
    }

    private static String lastSegment(String body) {
        int start = 0;
        for (int dot = topLevelIndexOf(body, '.', 0); dot >= 0; dot = topLevelIndexOf(body, '.', dot + 1)) {
            start = dot + 1;
        }
        return body.substring(start);
    }

    // "getTitleHtml('x')" -> "getTitleHtml", "items[0]" -> "items".
    private static String segmentName(String segment) {
        int end = 0;
        while (end < segment.length() && (Character.isLetterOrDigit(segment.charAt(end))
                || segment.charAt(end) == '_' || segment.charAt(end) == '-')) {
            end++;
        }
        return segment.substring(0, end);
    }

    // Index of c outside parentheses, brackets and quotes, so "$i18n.getText('a.b')" splits only at the first dot.
    private static int topLevelIndexOf(String text, char c, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (ch == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
