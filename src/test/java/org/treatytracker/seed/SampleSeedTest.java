package org.treatytracker.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A first start with the shipped sample loads two real Paris readings that compare with changes and resolutions. */
@QuarkusTest
@TestProfile(SampleSeedTest.WithSamples.class)
class SampleSeedTest {

    /** The production setting: the curated seed and the Paris sample. */
    public static class WithSamples implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("treaty.seed.samples", "paris-2015");
        }
    }

    @Test
    void aFirstStartHasTwoParisReadingsToCompare() {
        JsonPath readings = given().get("/api/v1/negotiations/paris-2015/readings").then().statusCode(200)
                .body("total", equalTo(2)).extract().jsonPath();
        assertEquals(List.of(1, 2), readings.getList("items.sequenceNumber"));
        long from = readings.getLong("items[0].id");
        long to = readings.getLong("items[1].id");

        JsonPath totals = given().get("/api/v1/negotiations/paris-2015/compare?from={f}&to={t}", from, to).then()
                .statusCode(200).extract().jsonPath().setRootPath("totals");
        // Between the 4 and the 9 December drafts the text was rewritten and most brackets were settled.
        assertTrue(totals.getInt("changed") > 10, "changed provisions: " + totals.getInt("changed"));
        assertTrue(totals.getInt("setsResolved") + totals.getInt("setsDropped") > 100,
                "sets resolved " + totals.getInt("setsResolved") + ", dropped " + totals.getInt("setsDropped"));
        assertTrue(totals.getInt("bracketSetsAfter") < totals.getInt("bracketSetsBefore"));

        given().accept("text/html").get("/").then().statusCode(200)
                .body(containsString("href=\"/negotiations/paris-2015\""), containsString("href=\"/negotiations/ahc-cybercrime\""));
        given().accept("text/html").get("/negotiations/paris-2015/compare?from={f}&to={t}", from, to).then().statusCode(200)
                .body(containsString("Article 2"));
    }

    @Test
    void theCuratedSeedKeepsItsIds() {
        // README's examples name the seed's ids: the sample is loaded after it, so they do not move.
        given().get("/api/v1/negotiations/ahc-cybercrime/readings").then().statusCode(200).body("items[0].id", equalTo(1));
        given().get("/api/v1/provisions/9/positions").then().statusCode(200).body("total", equalTo(4));
    }
}
