package com.pmosuite.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar is what the README tells people to run: {@code java -jar … --demo} starts, says where it is
 * ready, and serves the plugin's REST API with the demo data.
 */
class WorkbenchJarIT {
    private static final Pattern READY = Pattern.compile("Workbench ready at (http://\\S+)");

    @Test
    void theRunnableJarStartsWithTheDemoAndServesTheRiskRegister(@TempDir Path data) throws Exception {
        Path jar = Path.of(System.getProperty("pmo.workbench.jar", "target/pmo-workbench-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--data",
                data.toString(), "--demo").redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String base = null;
            long started = System.nanoTime();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    base = ready.group(1);
                    break;
                }
            }
            assertThat(base).as("a 'Workbench ready at' line in:%n%s", String.join("\n", output)).isNotNull();
            System.out.printf("Workbench jar ready after %d ms (wall clock, including JVM start)%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(output).anyMatch(line -> line.startsWith("Seeded the demo portfolio: "));

            HttpResponse<String> risks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "rest/pmo/1.0/projects/ALPHA/risks?limit=1"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(risks.statusCode()).isEqualTo(200);
            assertThat(risks.body()).contains("\"projectKey\":\"ALPHA\"");
            assertThat(Files.list(data)).isNotEmpty();
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aWrongOptionPrintsTheUsageAndExitsWithTwo() throws Exception {
        Path jar = Path.of(System.getProperty("pmo.workbench.jar", "target/pmo-workbench-0.1.0-SNAPSHOT.jar"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--prot", "80")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(text).contains("Unknown option --prot").contains("Usage: java -jar pmo-workbench.jar");
    }
}
