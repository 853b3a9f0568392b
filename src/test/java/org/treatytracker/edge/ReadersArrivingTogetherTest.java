package org.treatytracker.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Readers who arrive together for an answer nobody has kept get the one answer the first of them made. */
@QuarkusTest
class ReadersArrivingTogetherTest {

    private static final int READERS = 6;

    @BeforeAll
    static void anonymousReaders() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    /** The status of each reader's answer; {@link #etags} keeps each one's ETag. */
    private final List<String> etags = new ArrayList<>();

    private List<Integer> readTogether(String path, String... header) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Callable<Response>> reads = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                reads.add(() -> {
                    var request = given();
                    if (header.length == 2) {
                        request.header(header[0], header[1]);
                    }
                    return request.get(path);
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> read : readers.invokeAll(reads)) {
                statuses.add(read.get().statusCode());
                etags.add(read.get().header("ETag"));
            }
            return statuses;
        } finally {
            readers.shutdown();
        }
    }

    @Test
    void theFirstMakesItAndTheOthersWaitForIt() throws Exception {
        String path = "/api/v1/test-only/slow-answer?token=together-" + System.nanoTime();
        int before = SlowAnswerResource.MADE.get();
        assertEquals(List.of(200), readTogether(path).stream().distinct().toList());
        assertEquals(1, SlowAnswerResource.MADE.get() - before, "made once for " + READERS + " readers arriving together");
        assertEquals(1, etags.stream().distinct().count(), "every reader got the same answer: " + etags);
    }

    @Test
    void readersWhoAskForAFreshAnswerEachMakeTheirOwn() throws Exception {
        String path = "/api/v1/test-only/slow-answer?token=fresh-" + System.nanoTime();
        int before = SlowAnswerResource.MADE.get();
        assertEquals(List.of(200), readTogether(path, "Cache-Control", "no-cache").stream().distinct().toList());
        assertEquals(READERS, SlowAnswerResource.MADE.get() - before, "no-cache asks for an answer made afresh");
    }

    @Test
    void whenTheFirstKeepsNothingEachMakesItsOwn() throws Exception {
        // A 404 is not kept: the waiters, let go when the first answer ends, each make theirs (and each get a 404).
        String path = "/api/v1/test-only/slow-answer?token=missing-" + System.nanoTime();
        int before = SlowAnswerResource.MADE.get();
        List<Integer> statuses = readTogether(path);
        assertEquals(READERS, SlowAnswerResource.MADE.get() - before);
        assertEquals(List.of(404), statuses.stream().distinct().toList());
    }
}
