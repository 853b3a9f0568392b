package org.treatytracker.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatytracker.TestData;
import org.treatytracker.api.OpenApiContract;

/**
 * Sends thousands of generated requests (jqwik generators: random and boundary values, wrong types,
 * injection strings, Unicode edge cases) to every operation of the committed OpenAPI document, as an admin so
 * that they pass authentication, and checks: no 5xx, every error is problem+json, no stack trace or SQL in any
 * body, nothing stored changes when a write is refused, and every answer is one the committed document
 * declares: a documented status, with a body that validates against the schema documented for its content type.
 */
@QuarkusTest
@TestProfile(OpenApiFuzzTest.Isolated.class)
class OpenApiFuzzTest {

    /** Requests per operation: 10 in the default suite, a short run; .ci/run runs it again with -Dfuzz.tries=100. */
    private static final int REQUESTS_PER_OPERATION = Integer.getInteger("fuzz.tries", 10);
    /** Characters repeated in long runs: plain text, brackets the parsers must count, spaces, a letter outside ASCII. */
    private static final String RUN_CHARACTERS = "a[] é\n";
    private static final int VIOLATIONS_LISTED = 30;
    /** Query parameters that no operation declares: the server must refuse them rather than ignore them. */
    private static final List<String> UNKNOWN_PARAMETERS = List.of("q", "format", "sort", "limit", "fields");
    private static final List<String> NASTY = List.of("' OR '1'='1", "1; DROP TABLE position; --", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "\u0000", "\uD83D\uDE00", "\u202Eevil", "𝕏𝕐", "null", "-1", "0", "9223372036854775808",
            "1e309", "NaN", "", " ", "[", "]", "{}", "\\", "Article 1. Title\n\n1. Text [open", "${jndi:ldap://x}");
    private static final List<String> FORBIDDEN_IN_BODIES = List.of("Exception", "org.hibernate", "java.lang", "\tat ", "SQL",
            "jdbc", "Caused by");

    /** Its own application start, because fuzzed writes that succeed add data. */
    public static class Isolated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("test.profile.isolated", "fuzz");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(20231128);
    /** The undeclared query parameter the current request sent, if any. */
    private String unknownParameter;
    /** What the current request sent, so that an echo of it in an error body is not taken for a leak. */
    private final List<String> sentValues = new ArrayList<>();
    /** Characters of long runs the current request may still carry: a little over the 2 MB body limit, so memory stays small. */
    private int runBudget;
    private final Arbitrary<String> strings = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().all().ofMaxLength(12), Arbitraries.of(NASTY), Arbitraries.strings().alpha().ofLength(600));
    private final Arbitrary<Long> numbers = Arbitraries.oneOf(Arbitraries.longs().between(-3, 60), Arbitraries.longs(),
            Arbitraries.of(0L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1));

    @BeforeAll
    static void authenticate() {
        TestData.asAdmin();
        // Pretty-printing a body nested thousands deep, for a log that is only shown on failure, exhausts the heap.
        RestAssured.config = RestAssured.config().logConfig(LogConfig.logConfig().enablePrettyPrinting(false));
    }

    @Test
    void noGeneratedRequestBreaksTheApi() throws Exception {
        JsonNode openapi = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
        OpenApiContract contract = OpenApiContract.load(Path.of("openapi/openapi.json"));
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> violatingOperations = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        int violatingResponses = 0;
        int sent = 0;
        int refusedWrites = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    boolean write = !method.equals("GET");
                    String before = write ? fingerprint() : null;
                    sentValues.clear();
                    runBudget = 2_200_000;
                    Response response = send(openapi, path.getKey(), method, op.getValue());
                    sent++;
                    int status = response.statusCode();
                    statuses.merge(method + " " + (status / 100) + "xx", 1, Integer::sum);
                    String body = response.asString();
                    String where = method + " " + path.getKey() + " -> " + status + ": " + body;
                    assertTrue(status < 500, where);
                    List<String> wrong = new ArrayList<>(contract.violations(method, path.getKey(), status,
                            response.contentType().isEmpty() ? null : response.contentType(), body));
                    if (unknownParameter != null && status < 400) {
                        wrong.add("unknown query parameter '" + unknownParameter + "' was ignored, not refused");
                    }
                    if (!wrong.isEmpty()) {
                        violatingResponses++;
                        violatingOperations.merge(method + " " + path.getKey(), 1, Integer::sum);
                        String excerpt = body.length() > 300 ? body.substring(0, 300) + "…" : body;
                        wrong.forEach(v -> violations.add(method + " " + path.getKey() + " -> " + v + "  [body: " + excerpt + "]"));
                    }
                    if (status >= 400) {
                        assertTrue(response.contentType().startsWith("application/problem+json"), where);
                        String ours = body;
                        for (String value : sentValues) {
                            if (value.length() > 2) {
                                ours = ours.replace(value, "").replace(URLEncoder.encode(value, StandardCharsets.UTF_8), "");
                            }
                        }
                        for (String forbidden : FORBIDDEN_IN_BODIES) {
                            assertFalse(ours.contains(forbidden), where);
                        }
                        if (write) {
                            refusedWrites++;
                            assertEquals(before, fingerprint(), "a refused write changed stored data: " + where);
                        }
                    }
                }
            }
        }
        System.out.printf("%n== OpenAPI fuzz: %d requests to %d paths, statuses %s; %d refused writes left the data unchanged%n",
                sent, openapi.get("paths").size(), statuses, refusedWrites);
        System.out.printf("== OpenAPI contract: %d responses on %d operations did not match the document (%d violations)%n",
                violatingResponses, violatingOperations.size(), violations.size());
        violatingOperations.forEach((operation, count) -> System.out.printf("   %5d  %s%n", count, operation));
        assertTrue(sent >= 40 * REQUESTS_PER_OPERATION, "sent " + sent);
        Files.write(Path.of("target/openapi-fuzz-violations.txt"), violations);
        assertTrue(violations.isEmpty(), violations.size() + " violations of openapi/openapi.json (all in"
                + " target/openapi-fuzz-violations.txt); the first of each operation:\n" + String.join("\n", firstOfEach(violations)));
    }

    /** One violation per operation, so that the failure shows every operation that is wrong, not one many times. */
    private static List<String> firstOfEach(List<String> violations) {
        Map<String, String> first = new TreeMap<>();
        for (String violation : violations) {
            first.putIfAbsent(violation.substring(0, violation.indexOf(" -> ")), violation);
        }
        return first.values().stream().limit(VIOLATIONS_LISTED).toList();
    }

    private Response send(JsonNode openapi, String template, String method, JsonNode operation) {
        RequestSpecification request = given();
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asText();
            String value = value(openapi, parameter.path("schema"));
            if (parameter.get("in").asText().equals("path")) {
                path = path.replace("{" + name + "}", URLEncoder.encode(value.isEmpty() ? "x" : value,
                        StandardCharsets.UTF_8));
            } else if (random.nextInt(3) > 0) {
                request = request.queryParam(name, value);
            }
        }
        unknownParameter = null;
        if (random.nextInt(10) == 0) {
            List<String> declared = new ArrayList<>();
            operation.path("parameters").forEach(p -> declared.add(p.path("name").asText()));
            String candidate = UNKNOWN_PARAMETERS.get(random.nextInt(UNKNOWN_PARAMETERS.size()));
            if (!declared.contains(candidate)) {
                unknownParameter = candidate;
                request = request.queryParam(candidate, sent(strings.sample()));
            }
        }
        if (random.nextInt(3) > 0) {
            request = request.header("If-Match", random.nextBoolean() ? "\"" + numbers.sample() + "\"" : strings.sample());
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isMissingNode()) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            String type = random.nextInt(10) == 0 ? "application/xml" : types.get(random.nextInt(types.size()));
            JsonNode schema = content.path(type).path("schema");
            String body = type.equals("application/json") ? jsonBody(openapi, schema) : strings.sample();
            sentValues.add(body);
            if ("binary".equals(schema.path("format").asText())) {
                // A file (PDF, .docx): bytes with no charset, sometimes with the file's magic so that the reader goes deeper.
                String magic = switch (random.nextInt(3)) {
                    case 0 -> "%PDF-1.7\n";
                    case 1 -> "PK\u0003\u0004";
                    default -> "";
                };
                request = request.contentType(type).body((magic + body).getBytes(StandardCharsets.UTF_8));
            } else {
                request = request.contentType(type + "; charset=UTF-8").body(body);
            }
        }
        return request.request(method, path.replace("%", "%25").replace("%2525", "%25"));
    }

    private String jsonBody(JsonNode openapi, JsonNode schema) {
        return switch (random.nextInt(8)) {
            case 0 -> "{\"unclosed\": ";
            case 1 -> "[" + numbers.sample() + "]";
            case 6 -> deeplyNested(random.nextBoolean() ? 100 + random.nextInt(900) : 1000 + random.nextInt(5000));
            case 2 -> "\"" + strings.sample().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            default -> object(openapi, resolve(openapi, schema), 0).toString();
        };
    }

    /** Objects nested {@code depth} deep: within or far beyond what the JSON reader allows. */
    private String deeplyNested(int depth) {
        boolean arrays = random.nextBoolean();
        StringBuilder json = new StringBuilder(depth * 8);
        json.append(arrays ? "[".repeat(depth) : "{\"a\":".repeat(depth)).append("1");
        json.append(arrays ? "]".repeat(depth) : "}".repeat(depth));
        return json.toString();
    }

    /** A long run of one character: as long as the field allows, or one more; or, with no limit, up to 200,000. */
    private String longRun(JsonNode schema) {
        int max = schema.path("maxLength").asInt(0);
        int length = Math.min(runBudget, max > 0 ? max + (random.nextInt(4) == 0 ? 1 : 0) : 1 + random.nextInt(200_000));
        runBudget -= length;
        char c = RUN_CHARACTERS.charAt(random.nextInt(RUN_CHARACTERS.length()));
        return String.valueOf(c).repeat(length);
    }

    private JsonNode object(JsonNode openapi, JsonNode schema, int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (random.nextInt(5) == 0) {
                continue;
            }
            object.set(property.getKey(), node(openapi, resolve(openapi, property.getValue()), depth));
        }
        if (random.nextInt(8) == 0) {
            String unexpected = "unexpected" + random.nextInt(9);
            sentValues.add(unexpected);
            object.put(unexpected, strings.sample());
        }
        return object;
    }

    private JsonNode node(JsonNode openapi, JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int wrong = random.nextInt(6);
        if (wrong == 0) {
            return f.nullNode();
        }
        if (wrong == 1) {
            return random.nextBoolean() ? f.textNode(sent(strings.sample())) : f.numberNode(numbers.sample());
        }
        if (schema.has("enum")) {
            return random.nextInt(4) == 0 ? f.textNode(sent(strings.sample())) : schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = typeOf(schema);
        return switch (type) {
            case "integer" -> f.numberNode(numbers.sample());
            case "number" -> f.numberNode(random.nextDouble() * 1e6);
            case "boolean" -> f.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = f.arrayNode();
                int items = random.nextInt(12) == 0 ? schema.path("maxItems").asInt(50) : random.nextInt(3);
                for (int i = 0; i < items && depth < 3; i++) {
                    array.add(node(openapi, resolve(openapi, schema.path("items")), depth + 1));
                }
                yield array;
            }
            case "object" -> depth < 3 ? object(openapi, schema, depth + 1) : f.objectNode();
            default -> f.textNode(schema.path("format").asText().equals("date") && random.nextBoolean() ? "2023-02-30"
                    : random.nextInt(10) == 0 && runBudget > 0 ? sent(longRun(schema)) : sent(strings.sample()));
        };
    }

    private String value(JsonNode openapi, JsonNode schema) {
        JsonNode resolved = resolve(openapi, schema);
        String value;
        if (resolved.has("enum") && random.nextBoolean()) {
            value = resolved.get("enum").get(random.nextInt(resolved.get("enum").size())).asText();
        } else {
            value = random.nextBoolean() ? Long.toString(numbers.sample()) : strings.sample();
        }
        sentValues.add(value);
        return value;
    }

    private String sent(String value) {
        sentValues.add(value);
        return value;
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText(schema.has("properties") ? "object" : "string");
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String name = current.get("$ref").asText().replace("#/components/schemas/", "");
            current = openapi.path("components").path("schemas").path(name);
        }
        if (current.has("allOf") && current.get("allOf").size() > 0) {
            return resolve(openapi, current.get("allOf").get(0));
        }
        if (current.has("anyOf") && current.get("anyOf").size() > 0) {
            return resolve(openapi, current.get("anyOf").get(0)); // "that, or null": generate that
        }
        return current;
    }

    /** Row counts and version sums of the stored data: equal before and after a refused write. */
    private String fingerprint() throws Exception {
        StringBuilder print = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("negotiation", "reading", "provision", "provision_version", "stakeholder", "source_document",
                    "paragraph", "position", "suggestion", "mention", "app_user", "revinfo")) {
                String versions = List.of("app_user", "mention", "revinfo").contains(table) ? "0" : "coalesce(sum(version), 0)";
                try (ResultSet rs = s.executeQuery("select count(*), " + versions + " from " + table)) {
                    rs.next();
                    print.append(table).append(':').append(rs.getLong(1)).append('/').append(rs.getLong(2)).append(' ');
                }
            }
        }
        return print.toString();
    }
}
