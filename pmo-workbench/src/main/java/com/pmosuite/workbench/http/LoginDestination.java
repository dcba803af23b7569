package com.pmosuite.workbench.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a login may send the user afterwards ({@code os_destination}): only a path on this site that is already
 * in normal form, so that no browser, proxy or Jetty can read it as another site. Browsers resolve {@code .} and
 * {@code ..} segments (also as {@code %2e}) and read {@code \} as {@code /}, so {@code /.//evil.example} becomes
 * {@code //evil.example}, another host; servers may decode {@code %2F} into a separator. Rather than repair such
 * a path, the login goes to the site root.
 */
final class LoginDestination {

    static final String SITE_ROOT = "/";
    /** Longer than any page of ours with its query; longer ones are refused before they are parsed. */
    static final int MAX_LENGTH = 2048;

    private LoginDestination() {
    }

    /** {@code destination} if it is a normalised, path-absolute URL on this site, else {@link #SITE_ROOT}. */
    static String sameSitePathOrRoot(String destination) {
        return isSameSitePath(destination) ? destination : SITE_ROOT;
    }

    private static boolean isSameSitePath(String destination) {
        // "//host" and "///host" name another host to a browser, whatever java.net.URI makes of them.
        if (destination == null || destination.isEmpty() || destination.length() > MAX_LENGTH
                || !destination.startsWith("/") || destination.startsWith("//")) {
            return false;
        }
        // Visible ASCII only: spaces, controls and non-ASCII are refused, not encoded; so is the backslash.
        if (destination.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == '\\')) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(destination);
        } catch (URISyntaxException malformed) {
            return false;
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
            return false;
        }
        return isNormalPath(uri.getRawPath()) && !hasEncodedControl(uri.getRawQuery())
                && !hasEncodedControl(uri.getRawFragment());
    }

    /** No empty, {@code .} or {@code ..} segment (raw or encoded), and no encoded separator in any segment. */
    private static boolean isNormalPath(String rawPath) {
        String[] segments = rawPath.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String raw = segments[i];
            boolean last = i == segments.length - 1;
            if (raw.isEmpty()) {
                if (!last) {
                    return false;
                }
                continue;
            }
            String lower = raw.toLowerCase(Locale.ROOT);
            if (lower.contains("%2f") || lower.contains("%5c")) {
                return false;
            }
            String decoded = decode(raw);
            if (decoded.equals(".") || decoded.equals("..") || hasControl(decoded)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasEncodedControl(String raw) {
        return raw != null && hasControl(decode(raw));
    }

    /** Controls (header injection) and invisible formatting such as bidi overrides (a disguised address). */
    private static boolean hasControl(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.FORMAT);
    }

    // URLDecoder reads "+" as a space, which is right for forms only; a path's "+" is a plus.
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
