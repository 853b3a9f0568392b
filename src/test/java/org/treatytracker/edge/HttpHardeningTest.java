package org.treatytracker.edge;

import java.io.ByteArrayInputStream;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.stakeholder.StakeholderRepository;
import org.treatytracker.api.MergePatch;

/**
 * What an outside fuzzer found at the HTTP edge, each now a problem+json answer: bad bodies are refused and
 * nothing of them is stored; oversized requests get a body; OPTIONS and 405 tell the real methods.
 */
@QuarkusTest
class HttpHardeningTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String STAKEHOLDERS = "/api/v1/stakeholders";
    private static final String MERGE_PATCH = MergePatch.MEDIA_TYPE + "; charset=UTF-8";

    @Inject
    StakeholderRepository stakeholders;

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestData.asAdmin();
    }

    private static Response postStakeholder(String json) {
        return given().contentType(ContentType.JSON).body(json).post(STAKEHOLDERS);
    }

    private static URI uri(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    /** The JDK's client, for what REST Assured always does its own way (a Content-Type, a known length). */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String credentials = TestData.ADMIN + ":" + TestData.ADMIN_PASSWORD;
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long stakeholdersNamed(String name) {
        return given().get(STAKEHOLDERS + "?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.name == '" + name + "' }").size();
    }

    @Test
    void refusesAPropertyGivenTwice() {
        postStakeholder("{\"name\":\"Twice-A\",\"name\":\"Twice-B\",\"kind\":\"MEMBER_STATE\"}")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'name' is given twice"))
                .body("errors[0].field", equalTo("name"));
        assertEquals(0, stakeholdersNamed("Twice-B"));
    }

    @Test
    void refusesTextThatSpoofsWhatReadersSee() {
        for (String[] unsafe : new String[][] {
                {"Nul\\u0000Land", "NUL"}, {"\\u202Egnp.exe", "bidirectional override"}, {"Half\\ud800", "unpaired surrogate"},
                {"Bell\\u0007", "control character"}}) {
            postStakeholder("{\"name\":\"" + unsafe[0] + "\",\"kind\":\"MEMBER_STATE\"}")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("name"))
                    .body("detail", containsString(unsafe[1]));
        }
        // Right-to-left text itself is a name like any other.
        postStakeholder("{\"name\":\"مصر " + System.nanoTime() + "\",\"kind\":\"MEMBER_STATE\",\"isoCode\":\"EGY\"}")
                .then().statusCode(201);
    }

    @Test
    void refusesBodiesThatDoNotSayTheyAreUtf8Json() throws Exception {
        String body = "{\"name\":\"Undeclared\",\"kind\":\"MEMBER_STATE\"}";
        // REST Assured always sends a Content-Type; the JDK's client sends none unless told.
        HttpResponse<String> untyped = send(HttpRequest.newBuilder(uri(STAKEHOLDERS)).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(415, untyped.statusCode());
        assertTrue(untyped.body().contains("no Content-Type"), untyped.body());
        given().contentType("*/*").body(body.getBytes(StandardCharsets.UTF_8)).post(STAKEHOLDERS).then().statusCode(415).contentType(PROBLEM);
        given().contentType("application/json; charset=latin1").body(body).post(STAKEHOLDERS)
                .then().statusCode(415).body("detail", containsString("UTF-8"));
        assertEquals(0, stakeholdersNamed("Undeclared"));
    }

    @Test
    void asksAnonymousWritersToSignInBeforeAnythingElse() {
        given().auth().none().contentType(ContentType.JSON).body("{}").post("/api/v1/readings/1/import")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Basic"));
        given().auth().none().contentType(ContentType.JSON).body("{}").post("/api/v1/no/such/path").then().statusCode(401);
    }

    @Test
    void answersOversizedRequestsWithAProblem() throws Exception {
        given().get("/api/v1/positions?filler=" + "a".repeat(10_000)).then().statusCode(414).contentType(PROBLEM)
                .body("detail", containsString("8192"));
        given().header("X-Filler", "a".repeat(100_000)).get("/api/v1/positions").then().statusCode(431).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + "a".repeat(9 * 1024 * 1024) + "\"}").post(STAKEHOLDERS)
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("2097152"));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri(STAKEHOLDERS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        "{\"name\":\"Chunked\",\"kind\":\"MEMBER_STATE\"}".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(411, chunked.statusCode());
        assertTrue(chunked.body().contains("Content-Length"), chunked.body());
    }

    @Test
    void optionsAndMethodNotAllowedTellTheRealMethods() {
        given().options("/api/v1/positions/1").then().statusCode(204)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
        given().options("/api/v1/negotiations/ahc-cybercrime/readings").then().statusCode(204)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/positions/1").then().statusCode(405)
                .contentType(PROBLEM).header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
        given().options("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void patchChangesOneFieldAndKeepsTheQuote() {
        Map<String, Object> before = given().get("/api/v1/positions/1").then().statusCode(200).extract().jsonPath().getMap("$");
        String etag = given().get("/api/v1/positions/1").header("ETag");
        given().contentType(MERGE_PATCH).header("If-Match", etag).body("{\"summary\":\"Patched summary\"}")
                .patch("/api/v1/positions/1").then().statusCode(200)
                .body("summary", equalTo("Patched summary")).body("quote", equalTo(before.get("quote")))
                .body("stance", equalTo(before.get("stance")));
        // The same ETag again is stale; an unknown field is a 400; null clears an optional field.
        given().contentType(MERGE_PATCH).header("If-Match", etag).body("{\"summary\":\"Again\"}")
                .patch("/api/v1/positions/1").then().statusCode(412).contentType(PROBLEM);
        String current = given().get("/api/v1/positions/1").header("ETag");
        given().contentType(MERGE_PATCH).header("If-Match", current).body("{\"mood\":\"happy\"}")
                .patch("/api/v1/positions/1").then().statusCode(400).body("detail", containsString("mood"));
        given().contentType(MERGE_PATCH).header("If-Match", current).body("{\"stance\":null}")
                .patch("/api/v1/positions/1").then().statusCode(400).body("errors[0].field", equalTo("stance"));
        given().contentType(MERGE_PATCH).header("If-Match", current).body("{\"summary\":null}")
                .patch("/api/v1/positions/1").then().statusCode(200).body("summary", equalTo(null))
                .body("quote", equalTo(before.get("quote")));
        given().contentType(MERGE_PATCH).body("{\"summary\":\"x\"}").patch("/api/v1/positions/1").then().statusCode(428);
    }

    @Test
    void patchesAStakeholderWithoutTouchingItsOtherFields() {
        long id = postStakeholder("{\"name\":\"Patchland " + System.nanoTime() + "\",\"kind\":\"MEMBER_STATE\",\"isoCode\":\"PRT\"}")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().get(STAKEHOLDERS + "/{id}", id).header("ETag");
        given().contentType(MERGE_PATCH).header("If-Match", etag).body("{\"name\":\"Renamed " + id + "\"}")
                .patch(STAKEHOLDERS + "/{id}", id).then().statusCode(200)
                .body("name", equalTo("Renamed " + id)).body("isoCode", equalTo("PRT")).body("kind", equalTo("MEMBER_STATE"));
    }

    @Test
    void operationsEndpointsAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/negotiations").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/negotiations\""))
                .body(containsString("agroal_"));
        given().get("/favicon.ico").then().statusCode(200).contentType(containsString("icon"));
    }

    @Test
    void theBenchmarkAidIsNotInThePublicApi() {
        given().get("/api/v1/ceiling?bytes=5000").then().statusCode(404).contentType(PROBLEM);
        given().auth().none().get("/api/v1/admin/statistics").then().statusCode(401);
    }

    @Test
    @Transactional
    void aPagedQueryThatFetchesACollectionFailsInTests() {
        // The guard behind every list test: Hibernate would otherwise page such a query in memory (HHH90003004).
        assertThrows(RuntimeException.class, () -> stakeholders.find("from Stakeholder s left join fetch s.members order by s.id")
                .page(0, 5).list());
        given().get("/api/v1/stakeholders?size=5").then().statusCode(200);
    }
}
