package org.treatytracker.search;

import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import org.treatytracker.audit.EntityKind;

/**
 * The kinds of thing search finds, each with where its text comes from: a reading (its label, document symbol and
 * session), a provision version (its title and text at a reading), a paragraph of a report or other source, and
 * a position's quote. The ordinal is part of a document's id (the thing's id * 4 + ordinal): keep the order.
 */
public enum SearchKind {

    READING("reading_ref", EntityKind.READING,
            "select x.id, x.negotiation_id, x.id, x.label, x.document_symbol, x.session_label from reading x"),
    PROVISION("provision_version_id", EntityKind.PROVISION_VERSION,
            // A paragraph that is a slice of its article's text is found in its article, not a second time.
            "select x.id, r.negotiation_id, x.reading_id, x.title, x.body from provision_version x join reading r on r.id = x.reading_id"
                    + " where x.part_of_parent = false"),
    REPORT_PARAGRAPH("paragraph_id", EntityKind.PARAGRAPH,
            "select x.id, s.negotiation_id, s.reading_id, x.body from paragraph x join source_document s on s.id = x.source_document_id"),
    QUOTE("position_id", EntityKind.POSITION,
            "select x.id, r.negotiation_id, x.reading_id, x.quote from position x join reading r on r.id = x.reading_id"
                    + " where x.quote is not null");

    /** The column of search_document that references the thing (its cascade removes the document). */
    final String reference;
    /** The kind of entity whose changes re-index the thing. */
    final EntityKind entity;
    /** Selects (id, negotiation, reading, text parts...) of things of this kind; may end with a where clause. */
    final String rows;

    SearchKind(String reference, EntityKind entity, String rows) {
        this.reference = reference;
        this.entity = entity;
        this.rows = rows;
    }

    long documentId(long thingId) {
        return thingId * 4 + ordinal();
    }

    static long thingId(long documentId) {
        return documentId / 4;
    }

    /** The rows query with one more condition on the thing ({@code x}). */
    String rowsWhere(String condition) {
        return rows + (rows.contains(" where ") ? " and " : " where ") + condition;
    }

    static SearchKind ofEntity(EntityKind entity) {
        for (SearchKind kind : values()) {
            if (kind.entity == entity) {
                return kind;
            }
        }
        return null;
    }

    /** Parses a comma-separated list of kinds; an unknown one is an IllegalArgumentException naming the known ones. */
    static List<SearchKind> parseList(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(name -> {
            try {
                return SearchKind.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + name + "'; kinds are READING, PROVISION, REPORT_PARAGRAPH, QUOTE");
            }
        }).distinct().toList();
    }
}
