package org.treatytracker;

import java.util.HashMap;
import java.util.List;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/**
 * Builds test data through the public API, so that tests exercise the same paths as clients. Every
 * negotiation gets a fresh slug: tests never add to the seed's negotiation, whose counts other tests check.
 * The texts here are made up for tests, not taken from any real report.
 */
public final class TestData {

    public static final String MADE_UP_PARAGRAPH = "Under agenda item 2(b), entitled “Criminalization”, several speakers "
            + "cautioned against the broad   scope of article 9. One delegation, speaking for its group, supported it.";

    /** The first admin of the test profile (application.properties, %test): it has the editor role too. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private TestData() {
    }

    /** Sends the test admin's credentials with every request of the calling test class. */
    public static void asAdmin() {
        io.restassured.RestAssured.authentication = io.restassured.RestAssured.preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    public static String newNegotiation() {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", "Made-up convention " + slug))
                .post("/api/v1/negotiations").then().statusCode(201);
        return slug;
    }

    public static long newReading(String slug, int sequence) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sequenceNumber", sequence, "label", "Reading " + sequence, "documentSymbol", "T/" + slug + "/" + sequence))
                .post("/api/v1/negotiations/{slug}/readings", slug).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Creates a provision with its version at the reading; answers the provision version id. */
    public static long newProvision(String slug, long readingId, String kind, String number, String title, Long parentVersionId) {
        Map<String, Object> version = new HashMap<>();
        version.put("readingId", readingId);
        version.put("number", number);
        version.put("title", title);
        version.put("parentVersionId", parentVersionId);
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "version", version))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long provisionIdOf(long versionId) {
        return given().get("/api/v1/provision-versions/{id}", versionId).then().statusCode(200)
                .extract().jsonPath().getLong("provisionId");
    }

    /** A source document with one made-up paragraph numbered 1; answers the paragraph id. */
    public static long newParagraph(String slug, long readingId) {
        long sourceId = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CHAIRS_REPORT", "title", "Made-up report for " + slug, "readingId", readingId,
                        "text", "1. " + MADE_UP_PARAGRAPH + " " + slug,
                        "paragraphs", List.of(Map.of("number", 1, "agendaItem", "2(b)",
                                "agendaItemTitle", "Criminalization", "text", MADE_UP_PARAGRAPH))))
                .post("/api/v1/negotiations/{slug}/sources", slug).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return given().get("/api/v1/sources/{id}/paragraphs", sourceId).then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    public static long newStakeholder(String name, String kind, String isoCode, boolean group) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
        body.put("kind", kind);
        body.put("isoCode", isoCode);
        body.put("group", group);
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etagOf(String path, Object... params) {
        return given().get(path, params).then().statusCode(200).extract().header("ETag");
    }
}
