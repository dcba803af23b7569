package com.pmosuite.workbench.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.risk.PmoRestClient;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * <b>Stand-in for the rollup and trend endpoints until they land (branches rollup-api, snapshots-trend).</b>
 * Answers, in the browser, {@code GET /portfolios/{id}/rollup}, {@code /portfolios/{id}/trend} and
 * {@code /projects/ALPHA/rollup} from {@code src/test/resources/rollup/*.json}, written in the documented shape
 * (issue 7, section 4); every other call reaches the workbench. Tests that use it say so in their class comment.
 */
final class RollupFixtures {
    static final String PORTFOLIO = "rollup/portfolio-rollup.json";
    static final String ALPHA = "rollup/project-alpha-rollup.json";
    static final String TREND = "rollup/portfolio-trend.json";

    private RollupFixtures() {
    }

    /** Installs the stand-in for every page loaded from now on; answers its id for {@link #remove}. */
    static Object install(ChromeDriver driver, String trendJson) {
        String stub = "(function () {\n"
                + "  const portfolio = " + text(PORTFOLIO) + ";\n"
                + "  const alpha = " + text(ALPHA) + ";\n"
                + "  const trend = " + trendJson + ";\n"
                + "  const realFetch = window.fetch;\n"
                + "  function reply(body) { return Promise.resolve(new Response(JSON.stringify(body),"
                + " {status: 200, headers: {'Content-Type': 'application/json'}})); }\n"
                + "  window.fetch = function (url, init) {\n"
                + "    const path = String(url).split('?')[0];\n"
                + "    if (/\\/rest\\/pmo\\/1\\.0\\/portfolios\\/[0-9]+\\/rollup$/.test(path)) { return reply(portfolio); }\n"
                + "    if (/\\/rest\\/pmo\\/1\\.0\\/portfolios\\/[0-9]+\\/trend$/.test(path)) { return reply(trend); }\n"
                + "    if (path.endsWith('/rest/pmo/1.0/projects/ALPHA/rollup')) { return reply(alpha); }\n"
                + "    return realFetch.apply(this, arguments);\n  };\n})();";
        return driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", stub))
                .get("identifier");
    }

    static void remove(ChromeDriver driver, Object identifier) {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }

    static JsonNode json(String location) {
        try {
            return PmoRestClient.JSON.readTree(text(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String location) {
        try (InputStream in = RollupFixtures.class.getClassLoader().getResourceAsStream(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
