package org.treatytracker.api;

/** The roles of the tracker: editors write data; admins also manage users. Reads need no role. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
