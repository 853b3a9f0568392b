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
    void changesToVersionedResourcesDeclareIfMatchAnd428And412() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!List.of("put", "patch", "delete").contains(method)) {
                return;
            }
            Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
            boolean ifMatch = String.valueOf(operation.get("parameters")).contains("name=If-Match, in=header, required=true");
            // User management is exempt from If-Match (RequestGuards.requireIfMatch): it must not claim 428 or 412.
            boolean versioned = !path.startsWith("/api/v1/users");
            if (versioned != ifMatch || versioned != responses.containsKey("428") || versioned != responses.containsKey("412")) {
                missing.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(missing.isEmpty(), "If-Match, 428 and 412 wrongly declared on: " + missing);
    }

    @Test
    void propertiesTheServerMaySendAsNullAreNullable() {
        JsonPath doc = document();
        for (String property : List.of("Position.properties.bracketSetIndex", "Stakeholder.properties.members",
                "Negotiation.properties.description", "Reading.properties.sessionLabel", "ChangedEntity.properties.href",
                "Citation.properties.agendaItem")) {
            String schema = String.valueOf(doc.getMap("components.schemas." + property));
            assertTrue(schema.contains("null"), property + " may be null but is declared " + schema);
        }
        // Primitives and required properties are never null.
        assertEquals("integer", doc.getString("components.schemas.Position.properties.version.type"));
        assertEquals("array", doc.getString("components.schemas.PageChange.properties.items.type"));
    }

    @Test
    void requestBodiesRefuseUnknownProperties() {
        JsonPath doc = document();
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        List<String> open = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (name.endsWith("Request") && !Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                open.add(name);
            }
        });
        assertTrue(schemas.containsKey("PositionRequest"));
        assertTrue(open.isEmpty(), "request schemas that allow properties the server refuses: " + open);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySuccessfulJsonAnswerHasASchema() {
        // An empty schema accepts any body, so the fuzz test could not catch a response that drifted from it.
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        List<String> untyped = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((status, response) -> {
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
                Map<String, Object> json = content == null ? null : content.get("application/json");
                if (status.startsWith("2") && json != null && (json.get("schema") == null || ((Map<?, ?>) json.get("schema")).isEmpty())) {
                    untyped.add(method.toUpperCase() + " " + path + " " + status);
                }
            });
        }));
        assertTrue(untyped.isEmpty(), "successful JSON answers documented as any JSON: " + untyped);
    }

    @Test
    void changesFeedDocumentsNoSort() {
        JsonPath doc = document();
        for (String path : List.of("/api/v1/changes", "/api/v1/changes.atom")) {
            List<String> names = doc.getList("paths.'" + path + "'.get.parameters.name");
            assertEquals(List.of("negotiation", "page", "since", "size"), names.stream().sorted().toList(), path);
        }
    }

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
