package org.treatytracker.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed OpenAPI document as a checker of real responses: a status the operation does not document, a
 * content type it does not declare, or a JSON body that does not validate against the declared schema
 * (JSON Schema 2020-12, which OpenAPI 3.1 schemas are) is a violation.
 */
public final class OpenApiContract {

    /** Where the document is registered for the validator; never fetched, only a name for resolving $ref. */
    private static final String IRI = "https://treatytracker.invalid/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry registry;
    /** Each response schema is copied under $defs with a plain key, so that it can be named by a JSON pointer. */
    private final Map<JsonNode, String> keys = new HashMap<>();
    private final Map<String, Schema> schemas = new HashMap<>();

    private OpenApiContract(JsonNode document) {
        ObjectNode defs = ((ObjectNode) document).putObject("$defs");
        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("responses").forEach(response ->
                response.path("content").forEach(media -> {
                    if (media.has("schema") && !keys.containsKey(media.get("schema"))) {
                        String key = "r" + keys.size();
                        keys.put(media.get("schema"), key);
                        defs.set(key, media.get("schema"));
                    }
                }))));
        this.document = document;
        String text = document.toString();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(IRI, text)));
    }

    public static OpenApiContract load(Path json) {
        try {
            return new OpenApiContract(new ObjectMapper().readTree(Files.readString(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with this answer to {@code method template} by the document; empty when it conforms.
     *
     * @param template the path as the document names it, e.g. {@code /api/v1/positions/{id}}
     * @param contentType the response's Content-Type header, or null when it has none
     */
    public List<String> violations(String method, String template, int status, String contentType, String body) {
        List<String> violations = new ArrayList<>();
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            violations.add("operation not documented");
            return violations;
        }
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            response = operation.path("responses").path("default");
        }
        if (response.isMissingNode()) {
            violations.add("status " + status + " not documented (documented: " + fieldNames(operation.path("responses")) + ")");
            return violations;
        }
        boolean empty = body == null || body.isEmpty();
        if (!response.has("content")) {
            if (!empty) {
                violations.add("status " + status + " documents no body, but one was sent as " + contentType);
            }
            return violations;
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        JsonNode media = response.path("content").path(type);
        if (media.isMissingNode()) {
            violations.add("status " + status + " sent " + type + ", documented: " + fieldNames(response.path("content")));
            return violations;
        }
        if (media.has("schema") && (type.equals("application/json") || type.endsWith("+json"))) {
            for (Error error : schema(media.get("schema")).validate(body, InputFormat.JSON)) {
                violations.add(status + " " + type + ": " + error.getInstanceLocation() + " " + error.getMessage());
            }
        }
        return violations;
    }

    /** The query parameters the document declares for an operation. */
    public List<String> queryParameters(String method, String template) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : document.path("paths").path(template).path(method.toLowerCase()).path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                names.add(parameter.path("name").asText());
            }
        }
        return names;
    }

    private Schema schema(JsonNode node) {
        String key = keys.get(node);
        return schemas.computeIfAbsent(key, k -> registry.getSchema(SchemaLocation.of(IRI + "#/$defs/" + k)));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
