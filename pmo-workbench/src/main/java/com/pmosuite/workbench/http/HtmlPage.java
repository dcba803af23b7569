package com.pmosuite.workbench.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an undecorated page that a SiteMesh-style decorator needs: title, meta tags, the rest of the head,
 * the body's class and the body's markup. Parsing is by pattern, which suffices for pages our own templates write.
 */
record HtmlPage(String title, Map<String, String> meta, String headWithoutTitle, String bodyClass, String body) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*>(.*?)</head\\s*>", FLAGS);
    private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>(.*?)</title\\s*>", FLAGS);
    private static final Pattern META = Pattern.compile("<meta\\b([^>]*)>", FLAGS);
    private static final Pattern BODY_OPEN = Pattern.compile("<body\\b([^>]*)>", FLAGS);
    private static final Pattern BODY_CLOSE = Pattern.compile("</body\\s*>(?!.*</body\\s*>)", FLAGS);
    private static final Pattern HTML_CLOSE = Pattern.compile("</html\\s*>\\s*$", FLAGS);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([\\w.:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>/=`]+))", FLAGS);

    static HtmlPage parse(String html) {
        Matcher head = HEAD.matcher(html);
        boolean hasHead = head.find();
        String headContent = hasHead ? head.group(1) : "";
        int afterHead = hasHead ? head.end() : 0;

        Matcher title = TITLE.matcher(headContent);
        String titleText = title.find() ? title.group(1).strip() : "";
        String headWithoutTitle = TITLE.matcher(headContent).replaceFirst("");

        Map<String, String> meta = new LinkedHashMap<>();
        Matcher tag = META.matcher(headContent);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(1));
            String name = attributes.get("name");
            if (name != null && attributes.containsKey("content")) {
                meta.putIfAbsent(name, attributes.get("content"));
            }
        }

        Matcher bodyOpen = BODY_OPEN.matcher(html);
        String bodyClass = "";
        String body;
        if (bodyOpen.find(afterHead)) {
            bodyClass = attributes(bodyOpen.group(1)).getOrDefault("class", "");
            Matcher bodyClose = BODY_CLOSE.matcher(html);
            int end = bodyClose.find(bodyOpen.end()) ? bodyClose.start() : html.length();
            body = html.substring(bodyOpen.end(), end);
        } else {
            body = HTML_CLOSE.matcher(html.substring(afterHead)).replaceFirst("");
        }
        return new HtmlPage(titleText, Map.copyOf(meta), headWithoutTitle, bodyClass, body);
    }

    /** The decoded {@code content} of the first {@code <meta name="...">} with this name. */
    Optional<String> meta(String name) {
        return Optional.ofNullable(meta.get(name));
    }

    private static Map<String, String> attributes(String tagInside) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tagInside);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), Html.unescape(value));
        }
        return attributes;
    }
}
