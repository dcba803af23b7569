package com.pmosuite.workbench.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for text and attribute values written into workbench HTML. */
public final class Html {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");

    private Html() {
    }

    /**
     * Starts a simple workbench form page for the {@code atl.general} decorator: the document head with its title and
     * the AUI page header with its heading. Both texts are escaped.
     */
    static StringBuilder formPage(String title, String heading) {
        return new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html><head><title>").append(escape(title)).append(" - PMO workbench</title>")
                .append("<meta name=\"decorator\" content=\"atl.general\"></head><body>\n")
                .append("<div class=\"aui-page-header\"><div class=\"aui-page-header-inner\">")
                .append("<div class=\"aui-page-header-main\"><h1>").append(escape(heading))
                .append("</h1></div></div></div>\n");
    }

    /** Escapes text for an HTML element body; {@code null} becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes a value for a double- or single-quoted attribute. */
    public static String attr(String value) {
        return escape(value);
    }

    /**
     * Escapes a URL for an {@code href} or {@code src} attribute, replacing it with {@code #} unless it is relative
     * or http(s): escaping alone would let {@code javascript:} URLs through.
     */
    public static String url(String url) {
        if (url == null) {
            return "#";
        }
        // Read the scheme as a browser does: tabs and newlines are dropped, leading controls and spaces ignored.
        String normalised = url.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
        int colon = normalised.indexOf(':');
        int pathStart = indexOfAny(normalised, "/?#");
        boolean hasScheme = colon >= 0 && (pathStart < 0 || colon < pathStart);
        if (hasScheme && !normalised.substring(0, colon).toLowerCase(Locale.ROOT).matches("https?")) {
            return "#";
        }
        return attr(url);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes the character references that attribute values in page markup commonly use. */
    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String reference) {
        int value = reference.startsWith("#x") || reference.startsWith("#X")
                ? Integer.parseInt(reference.substring(2), 16)
                : Integer.parseInt(reference.substring(1));
        return Character.isValidCodePoint(value) ? Character.toString(value) : "\uFFFD";
    }
}
