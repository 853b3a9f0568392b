package org.treatytracker.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed OpenAPI document is the contract: it must be what the build produces, and complete. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void committedDocumentIsCurrent() throws IOException {
        // Quarkus writes target/openapi/ when the test application starts.
        for (String file : List.of("openapi.yaml", "openapi.json")) {
            String generated = Files.readString(Path.of("target/openapi", file));
            String committed = Files.readString(Path.of("openapi", file));
            assertEquals(generated, committed, "openapi/" + file + " is stale: run ./mvnw verify and copy target/openapi/* to openapi/");
        }
    }

    @Test
    void everyOperationHasASummaryAnExampleAndItsErrorResponses() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                missing.add(where + ": summary");
            }
            Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
            if (!responses.containsKey("400")) {
                missing.add(where + ": 400");
            }
            if (path.contains("{") && !responses.containsKey("404")) {
                missing.add(where + ": 404");
            }
            if (!responses.toString().contains("example")) {
                missing.add(where + ": example");
            }
        }));
        assertTrue(paths.size() > 20, "paths: " + paths.keySet());
        assertTrue(missing.isEmpty(), "incomplete operations: " + missing);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
