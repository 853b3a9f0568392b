package org.treatytracker.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.treatytracker.config.TreatyConfig;
import org.treatytracker.audit.AuditService;
import org.treatytracker.audit.ChangeAction;
import org.treatytracker.audit.EntityKind;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.position.Position;
import org.treatytracker.provision.Provision;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.report.Suggestion;
import org.treatytracker.source.Paragraph;
import org.treatytracker.source.SourceDocument;
import org.treatytracker.stakeholder.Stakeholder;

/**
 * Builds an event from an outbox row, out of the audit trail: the entity as Envers recorded it at the change's
 * revision (for a deletion, as it was just before), so the payload says what the change was even when the
 * entity has changed again or is gone by the time it is sent. Also finds what subscriptions filter on: the
 * negotiation, the provisions' eIds and the stakeholders the change concerns.
 */
@ApplicationScoped
public class WebhookEvents {

    /** Strings longer than this (a source document's whole text) are left out of the payload's data; fetch the href. */
    static final int LARGEST_VALUE = 4000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    TreatyConfig config;

    /** One change, as an event: what subscriptions match on, and the payload every delivery of it sends. */
    public record Event(String id, String kind, String negotiation, Set<String> provisions, Set<Long> stakeholders, String payload) {
    }

    /** One row of the outbox. */
    record Change(long id, String eventId, int revision, String entity, long entityId, ChangeAction action, Instant occurredAt) {

        String kind() {
            return EventKinds.of(entity, action);
        }
    }

    /** The event of a change; runs in a transaction (the audit trail is read through Hibernate Envers). */
    Event build(Change change) {
        AuditReader reader = AuditReaderFactory.get(em);
        EntityKind kind = EntityKind.ofType(change.entity()).orElseThrow();
        Class<?> type = kind.entity();
        boolean deleted = change.action() == ChangeAction.DELETED;
        Object entity = null;
        int revision = deleted ? change.revision() - 1 : change.revision();
        if (revision > 0) {
            try {
                entity = reader.find(type, change.entityId(), revision);
            } catch (RuntimeException notRecorded) {
                entity = null;
            }
        }
        String negotiation = null;
        Set<String> provisions = new LinkedHashSet<>();
        Set<Long> stakeholders = new LinkedHashSet<>();
        if (entity != null) {
            negotiation = negotiationOf(entity);
            collect(entity, provisions, stakeholders);
        }
        if (entity instanceof Negotiation n && n.getSlug() != null) {
            negotiation = n.getSlug();
        }
        String path = kind.apiPath() + (entity instanceof Negotiation n ? n.getSlug() : change.entityId());
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", change.entity());
        resource.put("id", change.entityId());
        resource.put("href", config.baseUrl() + path);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", change.eventId());
        payload.put("kind", change.kind());
        payload.put("occurredAt", change.occurredAt().toString());
        payload.put("revision", change.revision());
        payload.put("negotiation", negotiation);
        payload.put("provisions", provisions);
        payload.put("stakeholders", stakeholders);
        payload.put("resource", resource);
        List<String> omitted = new ArrayList<>();
        Map<String, Object> data = null;
        if (entity != null) {
            data = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : AuditService.stateOf(entity).entrySet()) {
                if (field.getValue() instanceof String text && text.length() > LARGEST_VALUE) {
                    omitted.add(field.getKey());
                } else {
                    data.put(field.getKey(), field.getValue());
                }
            }
        }
        payload.put("data", data);
        payload.put("omitted", omitted);
        try {
            return new Event(change.eventId(), change.kind(), negotiation, provisions, stakeholders, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event payload could not be written", e);
        }
    }

    private static String negotiationOf(Object entity) {
        return quietly(() -> {
            Negotiation negotiation = null;
            if (entity instanceof Negotiation n) {
                negotiation = n;
            } else if (entity instanceof Reading r) {
                negotiation = r.getNegotiation();
            } else if (entity instanceof Provision p) {
                negotiation = p.getNegotiation();
            } else if (entity instanceof ProvisionVersion v) {
                negotiation = v.getReading().getNegotiation();
            } else if (entity instanceof SourceDocument s) {
                negotiation = s.getNegotiation();
            } else if (entity instanceof Paragraph p) {
                negotiation = p.getSourceDocument().getNegotiation();
            } else if (entity instanceof Position p) {
                negotiation = p.getReading().getNegotiation();
            } else if (entity instanceof Suggestion s) {
                negotiation = s.getReading().getNegotiation();
            }
            return negotiation == null ? null : negotiation.getSlug();
        });
    }

    private static void collect(Object entity, Set<String> provisions, Set<Long> stakeholders) {
        if (entity instanceof ProvisionVersion v) {
            add(provisions, quietly(v::getEId));
        } else if (entity instanceof Stakeholder s) {
            stakeholders.add(s.getId());
        } else if (entity instanceof Position p) {
            add(provisions, quietly(() -> p.getProvisionVersion() == null ? null : p.getProvisionVersion().getEId()));
            add(stakeholders, quietly(() -> idOf(p.getStakeholder())));
            add(stakeholders, quietly(() -> idOf(p.getOnBehalfOf())));
            add(stakeholders, quietly(() -> idOf(p.getAmong())));
        } else if (entity instanceof Suggestion s) {
            add(provisions, quietly(() -> s.getProvisionVersion() == null ? null : s.getProvisionVersion().getEId()));
            add(stakeholders, quietly(() -> idOf(s.getStakeholder())));
            add(stakeholders, quietly(() -> idOf(s.getOnBehalfOf())));
            add(stakeholders, quietly(() -> idOf(s.getAmong())));
        }
    }

    private static Long idOf(Stakeholder stakeholder) {
        return stakeholder == null ? null : stakeholder.getId();
    }

    private static <T> void add(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
    }

    /** A related entity the audit trail does not have at that revision leaves the filter value out rather than fail. */
    private static <T> T quietly(Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException missing) {
            return null;
        }
    }

    /** Whether a subscription wants this event. */
    static boolean matches(Subscription subscription, Event event, Instant occurredAt) {
        return !subscription.createdAt().isAfter(occurredAt)
                && EventKinds.matches(subscription.kinds(), event.kind())
                && (subscription.negotiation() == null || subscription.negotiation().equals(event.negotiation()))
                && (subscription.provision() == null || event.provisions().contains(subscription.provision()))
                && (subscription.stakeholder() == null || event.stakeholders().contains(subscription.stakeholder()));
    }

    /** What the fan-out needs of a subscription. */
    record Subscription(long id, List<String> kinds, String negotiation, String provision, Long stakeholder, Instant createdAt) {

        Subscription {
            Objects.requireNonNull(kinds);
        }
    }
}
