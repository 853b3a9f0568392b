package org.treatytracker.source;

/** What kind of document a source is. */
public enum SourceKind {
    CHAIRS_REPORT,
    SUMMARY,
    SUBMISSION,
    OTHER
}
