package org.treatytracker.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes for webhook subscriptions and their delivery log. */
public final class WebhookDto {

    private WebhookDto() {
    }

    @Schema(name = "WebhookRequest")
    public record Request(
            @NotBlank @Size(max = 2000)
            @Schema(format = "uri", description = "Where deliveries are POSTed: an absolute http or https URL",
                    example = "https://monitor.example.org/hooks/treaty") String url,
            @NotEmpty @Size(max = 50) @Schema(description = "Kinds of event (position.created), every action on a resource"
                    + " (position.*) or everything (*)", example = "[\"position.*\", \"provision-version.updated\"]")
            List<@NotBlank @Size(max = 60) String> kinds,
            @Size(max = 80) @Schema(description = "Only events of this negotiation (its slug)", example = "ahc-cybercrime") String negotiation,
            @Size(max = 200) @Schema(description = "Only events about this provision, by its eId at any reading", example = "art_17")
            String provision,
            @Schema(description = "Only events that name this stakeholder (a position it took, spoke for or is counted in; the"
                    + " stakeholder itself)", example = "4") Long stakeholder,
            @Size(max = 500) @Schema(description = "A note for the owner", example = "positions on article 17") String description,
            @Schema(description = "False pauses the subscription: no event is recorded for it meanwhile, and deliveries already"
                    + " waiting are held until it is active again; default true", example = "true") Boolean active) {

        /** The request that would produce the subscription as it stands: what a merge patch is applied to. */
        static Request of(Webhook w) {
            return new Request(w.getUrl(), w.getKinds(), w.getNegotiation(), w.getProvision(), w.getStakeholderId(), w.getDescription(),
                    w.isActive());
        }
    }

    @Schema(name = "Webhook")
    public record View(
            @Schema(example = "1") long id,
            @Schema(example = "admin") String owner,
            @Schema(example = "https://monitor.example.org/hooks/treaty") String url,
            @NotNull List<String> kinds,
            @Schema(example = "ahc-cybercrime") String negotiation,
            @Schema(example = "art_17") String provision,
            Long stakeholder,
            String description,
            boolean active,
            @NotNull Instant createdAt,
            long version) {

        static View of(Webhook w) {
            return new View(w.getId(), w.getOwner(), w.getUrl(), w.getKinds(), w.getNegotiation(), w.getProvision(), w.getStakeholderId(),
                    w.getDescription(), w.isActive(), w.getCreatedAt(), w.getVersion());
        }
    }

    @Schema(name = "WebhookCreated", description = "The new subscription with its signing secret, shown this once")
    public record Created(
            @NotNull View webhook,
            @NotNull @Schema(description = "Signs every delivery (Standard Webhooks: whsec_ and base64 of the key); never shown again",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(
            @Schema(example = "12") long id,
            @NotNull @Schema(description = "The event's id (webhook-id header): the same on every attempt") String eventId,
            @NotNull @Schema(example = "position.created") String kind,
            @NotNull @Schema(example = "DELIVERED") Delivery.Status status,
            int attempts,
            @Schema(description = "When the next attempt is due (pending deliveries)") Instant nextAttemptAt,
            @Schema(description = "The status code of the last answer") Integer lastStatus,
            @Schema(description = "Why the last attempt had no answer (timeout, refused connection)") String lastError,
            Instant deliveredAt,
            @NotNull Instant createdAt,
            @NotNull @Schema(description = "Every attempt, oldest first") List<AttemptView> attemptLog) {
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptView(@NotNull Instant attemptedAt, Integer statusCode, String error, long durationMs) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.getAttemptedAt(), a.getStatusCode(), a.getError(), a.getDurationMs());
        }
    }
}
