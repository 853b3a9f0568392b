package org.treatytracker.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

/**
 * Makes the document's schemas say what Jackson does with them. Responses: Jackson writes null fields (no
 * NON_NULL inclusion is configured), so a property is declared nullable unless its Java type is primitive or it
 * is {@code @NotNull} or required. Requests: quarkus.jackson.fail-on-unknown-properties refuses any property
 * not declared, so every request object says {@code additionalProperties: false}. The rule comes from the Java
 * types, read from the build's index, so that a new field is documented rightly without an annotation.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class JsonSchemasFilter implements OASFilter {

    private static final DotName SCHEMA = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    private static final DotName JSON_INCLUDE = DotName.createSimple(com.fasterxml.jackson.annotation.JsonInclude.class);
    private static final DotName NOT_NULL = DotName.createSimple(jakarta.validation.constraints.NotNull.class);
    private static final String COMPONENTS = "#/components/schemas/";
    private static final Set<String> REQUEST_TYPES = Set.of("application/json", "application/merge-patch+json");

    private final IndexView index;

    public JsonSchemasFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, ClassInfo> classes = classesBySchemaName();
        schemas.forEach((name, schema) -> {
            ClassInfo type = classOf(name, schema, classes);
            // A class that leaves nulls out (@JsonInclude NON_NULL, like Problem) never sends one.
            if (type != null && schema.getProperties() != null && type.declaredAnnotation(JSON_INCLUDE) == null) {
                schema.getProperties().forEach((property, declared) -> {
                    if (mayBeNull(type, property, schema)) {
                        allowNull(declared);
                    }
                });
            }
        });
        Set<String> requests = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                        if (REQUEST_TYPES.contains(type)) {
                            collectObjects(schemaOf(media), schemas, requests);
                        }
                    });
                }
            }));
        }
        requests.forEach(name -> {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            }
        });
    }

    private static Schema schemaOf(MediaType media) {
        return media == null ? null : media.getSchema();
    }

    /** The component schemas a request body uses, through properties, items and compositions. */
    private static void collectObjects(Schema schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(COMPONENTS)) {
            String name = schema.getRef().substring(COMPONENTS.length());
            if (found.add(name) && schemas.containsKey(name)) {
                collectObjects(schemas.get(name), schemas, found);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collectObjects(p, schemas, found));
        }
        collectObjects(schema.getItems(), schemas, found);
        for (List<Schema> parts : new ArrayList<List<Schema>>(Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (parts != null) {
                parts.forEach(p -> collectObjects(p, schemas, found));
            }
        }
    }

    private static boolean mayBeNull(ClassInfo type, String property, Schema schema) {
        if (schema.getRequired() != null && schema.getRequired().contains(property)) {
            return false;
        }
        FieldInfo field = type.field(property);
        if (field == null) {
            return false; // not a field Jackson reads directly: leave the declaration as SmallRye made it
        }
        return field.type().kind() != Type.Kind.PRIMITIVE && !field.hasAnnotation(NOT_NULL) && !field.type().hasAnnotation(NOT_NULL)
                && (type.recordComponent(property) == null || !type.recordComponent(property).hasAnnotation(NOT_NULL));
    }

    /** JSON Schema 2020-12: null joins the types; a reference or an enumeration becomes "that, or null". */
    private static void allowNull(Schema property) {
        if (property.getRef() != null || property.getEnumeration() != null) {
            Schema kept = OASFactory.createSchema();
            if (property.getRef() != null) {
                kept.ref(property.getRef());
                property.setRef(null);
            } else {
                kept.type(property.getType()).enumeration(property.getEnumeration());
                property.setEnumeration(null);
            }
            property.setType(null);
            property.addAnyOf(kept).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        } else if (property.getType() != null && !property.getType().isEmpty()
                && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
    }

    /** Our classes by the schema name SmallRye gives them: the @Schema name, else the simple class name. */
    private Map<String, ClassInfo> classesBySchemaName() {
        Map<String, ClassInfo> classes = new HashMap<>();
        for (ClassInfo type : index.getKnownClasses()) {
            if (!type.name().toString().startsWith("org.treatytracker.")) {
                continue;
            }
            AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
            if (schema != null && schema.value("name") != null) {
                // A DTO named like an entity (@Schema(name = "Position")) is what the schema was made from.
                classes.put(schema.value("name").asString(), type);
            } else {
                classes.putIfAbsent(type.simpleName(), type);
            }
        }
        return classes;
    }

    /**
     * The class a component schema was made from. A generic class gets its type argument in the name
     * ({@code Page<Change>} is PageChange, PageView1…): then it is the class whose name starts the schema's
     * and whose fields are the schema's properties.
     */
    private static ClassInfo classOf(String name, Schema schema, Map<String, ClassInfo> classes) {
        ClassInfo exact = classes.get(name);
        if (exact != null || schema.getProperties() == null) {
            return exact;
        }
        ClassInfo best = null;
        for (Map.Entry<String, ClassInfo> candidate : classes.entrySet()) {
            ClassInfo type = candidate.getValue();
            if (!type.typeParameters().isEmpty() && name.startsWith(candidate.getKey())
                    && schema.getProperties().keySet().stream().allMatch(p -> type.field(p) != null)
                    && (best == null || candidate.getKey().length() > best.simpleName().length())) {
                best = type;
            }
        }
        return best;
    }
}
