package org.treatytracker.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses of every operation in one place, from what the operation is (its method,
 * whether it names a resource in its path), so that the OpenAPI document and the mappers cannot drift apart
 * one endpoint at a time.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                document(path, method, operation);
            }
        }));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid parameters or body (or an unknown query parameter): the detail and errors name what is wrong and where");
        if (path.contains("{")) {
            problems.put("404", "Nothing exists at this path");
        }
        boolean change = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
        // The same test as RequestGuards.requireIfMatch: user management is exempt, everything else says what it read.
        boolean versioned = change && !path.startsWith("/api/v1/users");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problems.put("401", "No credentials, or wrong ones (HTTP Basic)");
            problems.put("403", "The account does not have the role this operation needs");
        } else {
            // Credentials are checked whenever they are sent, so a public read with wrong ones is refused too.
            problems.put("401", "Wrong credentials were sent (HTTP Basic); this operation needs none");
        }
        if (answersWithContent(operation)) {
            problems.put("406", "The Accept header names no type this operation answers in");
        }
        if (write || method == PathItem.HttpMethod.DELETE) {
            problems.put("409", "Conflicts with stored data (a duplicate, or dependents that would be left dangling)");
        }
        if (versioned) {
            problems.put("412", "If-Match names a version that is no longer current");
            problems.put("428", "If-Match is missing: GET the resource first and send its ETag");
            addIfMatch(operation);
        }
        if (write) {
            problems.put("413", "The body is too large");
            problems.put("415", "The body is not " + String.join(" or ", bodyTypes(operation)));
            problems.put("422", "The body is well-formed but cannot be applied (unknown reference, quote not in the cited paragraph)");
        }
        // Every request with credentials goes through the login throttle (account.LoginThrottleFilter), public reads too.
        problems.put("429", "Too many failed logins for this username or from this address; Retry-After says when to try again");
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        problems.forEach((status, description) -> {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(problemContent(Integer.parseInt(status), description, path)));
            } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                // Declared elsewhere (bean validation, security) without a body; the server answers with a problem.
                existing.content(problemContent(Integer.parseInt(status), description, path));
            }
        });
        operation.setResponses(responses);
    }

    /** Whether a success of the operation has a body, so that an Accept header it cannot satisfy gets a 406. */
    private static boolean answersWithContent(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return false;
        }
        return operation.getResponses().getAPIResponses().entrySet().stream().anyMatch(e -> e.getKey().startsWith("2")
                && e.getValue().getContent() != null && e.getValue().getContent().getMediaTypes() != null
                && !e.getValue().getContent().getMediaTypes().isEmpty());
    }

    private static Content problemContent(int status, String description, String path) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(REF)).example(example(status, description, path)));
    }

    private static void addIfMatch(Operation operation) {
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER).required(true)
                .description("The ETag of the version you read (from GET); without it the change is refused with 428")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("\"3\""))));
    }

    private static List<String> bodyTypes(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return List.of("application/json");
        }
        return new ArrayList<>(operation.getRequestBody().getContent().getMediaTypes().keySet());
    }

    private static Map<String, Object> example(int status, String description, String path) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", jakarta.ws.rs.core.Response.Status.fromStatusCode(status) == null ? "Unprocessable content"
                : jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase());
        example.put("status", status);
        example.put("detail", description);
        example.put("instance", path);
        return example;
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string)
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }
}
