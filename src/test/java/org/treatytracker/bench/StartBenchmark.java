package org.treatytracker.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Start time of the packaged server on the seeded database: a first start loads the seed (not counted), then five
 * restarts, each timed from the process's launch to the first answered request ({@code GET /api/v1/negotiations}).
 * Prints each and the median. Small-server settings of docs/benchmarks.md; more with {@code -Dbench.server.options=}
 * (e.g. {@code -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa}); another build with {@code -Dbench.jar=}.
 */
class StartBenchmark {

    @Test
    void run() throws Exception {
        Path dir = Files.createTempDirectory("treaty-start");
        String url = "jdbc:h2:file:" + dir.resolve("data/treaty-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        List<String> options = new ArrayList<>(LoadBenchmark.JVM_OPTIONS);
        options.addAll(List.of("-Dtreaty.admin.password=" + LoadBenchmark.PASSWORD, "-Dquarkus.datasource.jdbc.url=" + url));
        HttpClient http = HttpClient.newHttpClient();
        PackagedServer first = PackagedServer.start(dir, "first.log", options.toArray(String[]::new));
        System.out.printf("%n== Start on the seeded database (%s)%nfirst start (loads the seed): %d ms%n", PackagedServer.JAR,
                first.awaitReady(http));
        Thread.sleep(3000); // let a background register check finish before stopping
        first.stop();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PackagedServer server = PackagedServer.start(dir, "start-" + i + ".log", options.toArray(String[]::new));
            long millis = server.awaitReady(http);
            times.add(millis);
            System.out.printf("restart %d: first answer after %d ms%n", i + 1, millis);
            Thread.sleep(2000);
            server.stop();
        }
        Collections.sort(times);
        System.out.printf("== median of 5: %d ms%n", times.get(2));
    }
}
