package org.treatytracker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * JSON Merge Patch (RFC 7396) over the same request records that PUT takes: the current state as that
 * record, the patch merged into it (a member set to null removes the value, an absent member keeps it), and
 * the result read and validated as if it had been sent whole. So PATCH can change one field without wiping
 * the others, and obeys every rule PUT does.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <R> R apply(R current, JsonNode patch, Class<R> type) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest(null, "a merge patch must be a JSON object (RFC 7396)");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        R result;
        try {
            result = json.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            // Mapped like a body that was sent whole: 400 naming the field.
            throw new jakarta.ws.rs.BadRequestException(e);
        }
        Set<ConstraintViolation<R>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /** RFC 7396, section 2. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
