package org.treatytracker.backup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;

/** The seed data survives an export, a wiped database and an import, to the last row of the audit trail. */
@QuarkusTest
@TestProfile(BackupRoundTripTest.Isolated.class)
class BackupRoundTripTest {

    /** Its own application start, because the test wipes the database. */
    public static class Isolated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("test.profile.isolated", "backup");
        }
    }

    @Inject
    BackupService backups;

    @Inject
    Flyway flyway;

    @BeforeAll
    static void authenticate() {
        TestData.asAdmin();
    }

    @Test
    void roundTripsTheSeedThroughAnEmptyDatabase() throws Exception {
        given().auth().none().get("/api/v1/admin/backup").then().statusCode(401);
        String exported = given().get("/api/v1/admin/backup").then().statusCode(200).extract().asString();
        JsonNode first = new ObjectMapper().readTree(exported);
        assertEquals(52, first.path("tables").path("position").size());
        assertTrue(first.path("tables").path("revinfo").size() > 0);

        flyway.clean();
        flyway.migrate();
        assertEquals(0, export().path("tables").path("position").size());
        int restored = backups.restore(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
        JsonNode second = export();
        for (var table = first.path("tables").fieldNames(); table.hasNext(); ) {
            String name = table.next();
            JsonNode before = first.path("tables").path(name);
            JsonNode after = second.path("tables").path(name);
            for (int row = 0; row < Math.max(before.size(), after.size()); row++) {
                assertEquals(before.path(row).toString(), after.path(row).toString(), name + " row " + row);
            }
        }
        System.out.printf("%n== backup round trip: %d rows in %d tables restored and equal%n", restored, first.path("tables").size());

        given().get("/api/v1/provisions/9/summary").then().statusCode(200).body("positions", org.hamcrest.Matchers.equalTo(4));
        given().contentType(ContentType.JSON).body(exported).post("/api/v1/admin/backup").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("format", "something else")).post("/api/v1/admin/backup").then().statusCode(422);
        // New rows get ids after the restored ones.
        given().contentType(ContentType.JSON).body(Map.of("slug", "after-restore", "title", "After restore"))
                .post("/api/v1/negotiations").then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo(2));
    }

    /** The backup as the service streams it. */
    private JsonNode export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.export(out);
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
