package org.treatytracker.audit;

import java.util.Optional;
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
 * The kinds of audited entity, each with where the API serves it, where the site shows it and the word its webhook
 * events use. The one table of them: the audit trail, the changes page and feed, the webhook events and the search
 * index all read it. It lives in {@code audit} because the audit trail is what sees every change to these entities;
 * the packages that react to changes (search, webhook, site) depend on {@code audit}, never the other way round.
 * The order is the order of the changes feed's entities and of the webhook event kinds: keep it.
 */
public enum EntityKind {

    NEGOTIATION(Negotiation.class, "negotiations", "/negotiations/", "negotiation", "negotiation_aud"),
    READING(Reading.class, "readings", "/readings/", "reading", "reading_aud"),
    PROVISION(Provision.class, "provisions", "/provisions/", "provision", "provision_aud"),
    PROVISION_VERSION(ProvisionVersion.class, "provision-versions", "/provision-versions/", "provision-version", "provision_version_aud"),
    STAKEHOLDER(Stakeholder.class, "stakeholders", "/stakeholders/", "stakeholder", "stakeholder_aud"),
    SOURCE_DOCUMENT(SourceDocument.class, "sources", "/reports/", "source", "source_document_aud"),
    PARAGRAPH(Paragraph.class, "paragraphs", "/paragraphs/", "paragraph", "paragraph_aud"),
    POSITION(Position.class, "positions", "/positions/", "position", "position_aud"),
    // Suggestions are an editor's work: they have no page on the public site.
    SUGGESTION(Suggestion.class, "suggestions", null, "suggestion", "suggestion_aud");

    private static final String API = "/api/v1/";

    private final Class<?> entity;
    private final String collection;
    private final String page;
    private final String event;
    private final String auditTable;

    EntityKind(Class<?> entity, String collection, String page, String event, String auditTable) {
        this.entity = entity;
        this.collection = collection;
        this.page = page;
        this.event = event;
        this.auditTable = auditTable;
    }

    /** The table where Envers writes the kind's states (V4__users_and_audit.sql); its primary key is (rev, id). */
    public String auditTable() {
        return auditTable;
    }

    /** The entity class Envers audits. */
    public Class<?> entity() {
        return entity;
    }

    /** The entity's simple class name: the {@code type} of the audit trail's JSON and of the webhook payloads. */
    public String type() {
        return entity.getSimpleName();
    }

    /** The API collection path, with its trailing slash ({@code /api/v1/sources/}); a negotiation is read by its slug. */
    public String apiPath() {
        return API + collection + "/";
    }

    /** The site's page collection path ({@code /reports/}), or null when the site has no page for the kind. */
    public String pagePath() {
        return page;
    }

    /** The resource word of the kind's webhook events ({@code source} in {@code source.created}). */
    public String event() {
        return event;
    }

    /** The kind of an entity class, if it is audited. */
    public static Optional<EntityKind> of(Class<?> entityClass) {
        for (EntityKind kind : values()) {
            if (kind.entity == entityClass) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind of an entity (or snapshot) object, if it is audited. */
    public static Optional<EntityKind> ofInstance(Object entity) {
        for (EntityKind kind : values()) {
            if (kind.entity.isInstance(entity)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind with this {@link #type()} (an entity's simple class name), if any. */
    public static Optional<EntityKind> ofType(String type) {
        for (EntityKind kind : values()) {
            if (kind.type().equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind whose events use this resource word, if any. */
    public static Optional<EntityKind> ofEvent(String event) {
        for (EntityKind kind : values()) {
            if (kind.event.equals(event)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The page path for an API resource path such as {@code /api/v1/sources/1}, or null when there is none. */
    public static String pageOf(String apiPath) {
        if (apiPath == null || !apiPath.startsWith(API)) {
            return null;
        }
        String rest = apiPath.substring(API.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || rest.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String collection = rest.substring(0, slash);
        for (EntityKind kind : values()) {
            if (kind.collection.equals(collection)) {
                return kind.page == null ? null : kind.page + rest.substring(slash + 1);
            }
        }
        return null;
    }
}
