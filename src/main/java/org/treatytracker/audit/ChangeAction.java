package org.treatytracker.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import org.hibernate.envers.RevisionType;

/**
 * What a change did to an entity: created, updated or deleted it. Each action has its code on the wire (the audit
 * trail's JSON and the webhook outbox say ADD, MOD or DEL, as Envers does), the word of its webhook events
 * ({@code position.created}) and the verb the changes page and feed use ("added").
 */
public enum ChangeAction {

    CREATED("ADD", "created", "added"),
    UPDATED("MOD", "updated", "changed"),
    DELETED("DEL", "deleted", "deleted");

    private final String code;
    private final String event;
    private final String verb;

    ChangeAction(String code, String event, String verb) {
        this.code = code;
        this.event = event;
        this.verb = verb;
    }

    /** The code in JSON and in the webhook outbox: ADD, MOD or DEL. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The action's word in webhook event kinds: created, updated or deleted. */
    public String event() {
        return event;
    }

    /** The verb for readers: added, changed or deleted. */
    public String verb() {
        return verb;
    }

    /** The action of an Envers revision type. */
    public static ChangeAction of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> UPDATED;
            case DEL -> DELETED;
        };
    }

    /** The action with this code (as stored in the outbox); an unknown code is an IllegalArgumentException. */
    public static ChangeAction ofCode(String code) {
        for (ChangeAction action : values()) {
            if (action.code.equals(code)) {
                return action;
            }
        }
        throw new IllegalArgumentException("no change action has the code " + code);
    }
}
