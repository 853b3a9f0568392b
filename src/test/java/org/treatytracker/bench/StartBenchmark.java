package org.treatytracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Start time of the packaged server on the seeded database, to the first answered request
 * ({@code GET /api/v1/negotiations}, polled every 50 ms). A first start loads the seed (not counted) and, with
 * {@code -XX:ArchiveClassesAtExit}, writes a class archive of every class it loaded while it also answered a few
 * pages (the training docs/operations.md describes). Then five restarts with the small-server settings of
 * docs/benchmarks.md, and five more with {@code -XX:SharedArchiveFile} naming that archive. Prints each and the
 * medians. More options with {@code -Dbench.server.options=}; another build with {@code -Dbench.jar=}.
 */
class StartBenchmark {

    private static final List<String> TRAINING = List.of("/", "/api/v1/negotiations", "/api/v1/provisions/1", "/negotiations/ahc-cybercrime");

    @Test
    void run() throws Exception {
        Path dir = Files.createTempDirectory("treaty-start");
        Path archive = dir.resolve("treaty-tracker.jsa");
        String url = "jdbc:h2:file:" + dir.resolve("data/treaty-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        List<String> options = new ArrayList<>(LoadBenchmark.JVM_OPTIONS);
        options.addAll(List.of("-Dtreaty.admin.password=" + LoadBenchmark.PASSWORD, "-Dquarkus.datasource.jdbc.url=" + url));
        HttpClient http = HttpClient.newHttpClient();

        List<String> training = new ArrayList<>(options);
        training.add("-XX:ArchiveClassesAtExit=" + archive);
        PackagedServer first = PackagedServer.start(dir, "first.log", training.toArray(String[]::new));
        System.out.printf("%n== Start on the seeded database (%s)%nfirst start (loads the seed, trains the archive): %d ms%n",
                PackagedServer.JAR, first.awaitReady(http, 120));
        for (String path : TRAINING) {
            http.send(HttpRequest.newBuilder(URI.create(first.base() + path)).build(), HttpResponse.BodyHandlers.discarding());
        }
        Thread.sleep(3000); // let the background register check finish before stopping
        first.stop(); // the archive is written as the JVM exits
        System.out.printf("class archive: %.0f MB%n", Files.size(archive) / 1e6);

        long plain = medianOfFive(dir, "plain", options, http);
        List<String> withArchive = new ArrayList<>(options);
        withArchive.add("-XX:SharedArchiveFile=" + archive);
        long archived = medianOfFive(dir, "archive", withArchive, http);
        System.out.printf("== median of 5: %d ms; with the class archive %d ms%n", plain, archived);
    }

    private static long medianOfFive(Path dir, String name, List<String> options, HttpClient http) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PackagedServer server = PackagedServer.start(dir, name + "-" + i + ".log", options.toArray(String[]::new));
            long millis = server.awaitReady(http, 120);
            times.add(millis);
            System.out.printf("restart %d (%s): first answer after %d ms%n", i + 1, name, millis);
            Thread.sleep(2000);
            server.stop();
        }
        Collections.sort(times);
        return times.get(2);
    }
}
