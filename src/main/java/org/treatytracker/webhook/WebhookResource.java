package org.treatytracker.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.treatytracker.api.PublicUris;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ETags;
import org.treatytracker.api.MergePatch;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.Roles;

/** Webhook subscriptions of the signed-in editor (an admin sees everyone's) and their delivery log. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

    @Inject
    PublicUris links;

    @Inject
    WebhookService service;

    @GET
    @Path("/webhook-event-kinds")
    @Operation(summary = "List the kinds of event a subscription may name")
    public List<String> kinds() {
        return EventKinds.all();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/webhooks")
    @Operation(summary = "Subscribe to events", description = "Answers the subscription with its signing secret, which is never shown"
            + " again. Deliveries are signed as Standard Webhooks has it (webhook-id, webhook-timestamp, webhook-signature).")
    @APIResponse(responseCode = "201", description = "Created; Location names the subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDto.Created.class)))
    public Response create(@Valid @NotNull WebhookDto.Request request) {
        WebhookDto.Created created = service.create(request);
        return Response.created(links.of("/api/v1/webhooks/{id}", created.webhook().id()))
                .tag(ETags.of(created.webhook().version())).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Path("/webhooks")
    @Operation(summary = "List my subscriptions (an admin: everyone's)", description = "Sortable by createdAt and url. No secret.")
    public Page<WebhookDto.View> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Path("/webhooks/{id}")
    @Operation(summary = "Get a subscription (no secret)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = WebhookDto.View.class)))
    public Response get(@PathParam("id") long id) {
        Webhook webhook = service.get(id);
        return ETags.ok(WebhookDto.View.of(webhook), webhook.getVersion());
    }

    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Path("/webhooks/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a subscription (JSON Merge Patch, RFC 7396)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = WebhookDto.View.class)))
    public Response patch(@PathParam("id") long id, @NotNull ObjectNode patch, @Context Request preconditions) {
        Webhook webhook = service.patch(id, patch, preconditions);
        return ETags.ok(WebhookDto.View.of(webhook), webhook.getVersion());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/webhooks/{id}")
    @Operation(summary = "Delete a subscription and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @Context Request preconditions) {
        service.delete(id, preconditions);
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Path("/webhooks/{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription", description = "Newest first; each delivery with its attempts."
            + " Sortable by createdAt and status.")
    public Page<WebhookDto.DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("status") Delivery.Status status,
            @Valid @BeanParam PageRequest page) {
        return service.deliveries(id, status, page);
    }
}
