package org.treatytracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.treatytracker.text.Sha256;

/**
 * Fills a database with a realistic large data set, made up: at scale 1, 20 negotiations × 80 provisions × 6
 * readings with bracketed text that converges from reading to reading, 400 stakeholders, 300 reports × 40
 * paragraphs, 200,000 positions and 20,000 audited changes. The schema comes from the project's own Flyway
 * migrations; rows go in with JDBC batches and explicit ids, and identity counters are moved past them.
 */
public final class LargeDataSet {

    static final int NEGOTIATIONS = 20;
    static final int PROVISIONS = 80;
    static final int READINGS = 6;
    static final int STAKEHOLDERS = 400;
    static final int REPORTS = 300;
    static final int PARAGRAPHS = 40;
    static final int POSITIONS = 200_000;
    static final int REVISIONS = 20_000;
    private static final String[] STANCES = {"SUPPORT", "OPPOSE", "AMEND", "DELETE", "MAKE_OPTIONAL", "MOVE", "CONCERN", "QUESTION", "RESERVE"};
    private static final String[] QUANTIFIERS = {"ONE", "SOME", "A_NUMBER_OF", "SEVERAL", "VARIOUS", "MANY", "OTHERS", "SPEAKERS"};

    private final Random random = new Random(42);
    private final double scale;
    private final int negotiations;
    private final int reportsPerNegotiation;
    private final int positions;

    LargeDataSet(double scale) {
        this.scale = scale;
        this.negotiations = Math.max(2, (int) Math.round(NEGOTIATIONS * scale));
        this.reportsPerNegotiation = REPORTS / NEGOTIATIONS;
        this.positions = (int) Math.round(POSITIONS * scale);
    }

    /** Wipes the database, migrates it, fills it; answers what it wrote. */
    String generate(String url, String user, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, user, password).load().migrate();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            int stakeholders = stakeholders(c);
            long versions = 0;
            long paragraphs = 0;
            int provisionsPerNegotiation = PROVISIONS;
            for (int n = 1; n <= negotiations; n++) {
                insert(c, "insert into negotiation (id, slug, title, description, version) values (?, ?, ?, ?, 0)",
                        n, "made-up-" + n, "Made-up convention " + n, "Generated for benchmarks; not a real negotiation");
                for (int r = 1; r <= READINGS; r++) {
                    insert(c, "insert into reading (id, negotiation_id, sequence_number, label, document_symbol, reading_date, version)"
                            + " values (?, ?, ?, ?, ?, ?, 0)", readingId(n, r), n, r, "Reading " + r, "A/MADE." + n + "/" + r,
                            LocalDate.of(2023, 1, 1).plusDays(60L * r));
                }
                versions += provisions(c, n, provisionsPerNegotiation);
                paragraphs += reports(c, n);
            }
            c.commit();
            positions(c, stakeholders);
            revisions(c);
            restartIdentities(c);
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format(Locale.ROOT, "%d negotiations, %d provision versions, %d stakeholders, %d paragraphs, %d positions,"
                    + " %d revisions in %.1f s", negotiations, versions, stakeholders, paragraphs, positions, revisions(), seconds);
        }
    }

    int revisions() {
        return (int) Math.round(REVISIONS * scale);
    }

    static long readingId(int negotiation, int reading) {
        return (long) (negotiation - 1) * READINGS + reading;
    }

    static long provisionId(int negotiation, int provision) {
        return (long) (negotiation - 1) * PROVISIONS + provision;
    }

    static long versionId(int negotiation, int provision, int reading) {
        return (provisionId(negotiation, provision) - 1) * READINGS + reading;
    }

    private int stakeholders(Connection c) throws SQLException {
        String[] codes = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(new String[0]);
        Arrays.sort(codes);
        try (PreparedStatement ps = c.prepareStatement(
                "insert into stakeholder (id, name, kind, iso_code, is_group, version) values (?, ?, ?, ?, ?, 0)")) {
            for (int i = 1; i <= STAKEHOLDERS; i++) {
                boolean state = i <= 190;
                ps.setLong(1, i);
                ps.setString(2, state ? "State " + codes[i - 1] : "Organization " + i);
                ps.setString(3, state ? "MEMBER_STATE" : i <= 200 ? "GROUP_OF_STATES" : i <= 230 ? "UN_BODY" : i <= 260
                        ? "INTERGOVERNMENTAL_ORGANIZATION" : i <= 330 ? "ECOSOC_NGO" : "OTHER_NGO");
                ps.setString(4, state ? codes[i - 1] : null);
                ps.setBoolean(5, i > 190 && i <= 200);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return STAKEHOLDERS;
    }

    /** 8 chapters of 9 articles, a preamble and 7 preambular paragraphs, at every reading. */
    private long provisions(Connection c, int n, int count) throws SQLException {
        long versions = 0;
        try (PreparedStatement provision = c.prepareStatement("insert into provision (id, negotiation_id, w_id, kind, version) values (?, ?, ?, ?, 0)");
             PreparedStatement version = c.prepareStatement("insert into provision_version (id, provision_id, reading_id, parent_version_id,"
                     + " e_id, num, title, body, ordinal, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int p = 1; p <= count; p++) {
                String kind = p == 1 ? "PREAMBLE" : p <= 8 ? "PREAMBULAR_PARAGRAPH" : (p - 9) % 9 == 0 ? "CHAPTER" : "ARTICLE";
                int chapter = p <= 8 ? 0 : (p - 9) / 9 + 1;
                String number = switch (kind) {
                    case "PREAMBLE" -> null;
                    case "PREAMBULAR_PARAGRAPH" -> Integer.toString(p - 1);
                    case "CHAPTER" -> Integer.toString(chapter);
                    default -> Integer.toString(p - 9 - chapter + 1);
                };
                String eId = switch (kind) {
                    case "PREAMBLE" -> "preamble";
                    case "PREAMBULAR_PARAGRAPH" -> "preamble__para_" + number;
                    case "CHAPTER" -> "chp_" + number;
                    default -> "art_" + number;
                };
                provision.setLong(1, provisionId(n, p));
                provision.setLong(2, n);
                provision.setString(3, eId);
                provision.setString(4, kind);
                provision.addBatch();
                int parent = kind.equals("PREAMBULAR_PARAGRAPH") ? 1 : kind.equals("ARTICLE") ? 9 + (chapter - 1) * 9 : 0;
                for (int r = 1; r <= READINGS; r++) {
                    version.setLong(1, versionId(n, p, r));
                    version.setLong(2, provisionId(n, p));
                    version.setLong(3, readingId(n, r));
                    if (parent == 0) {
                        version.setNull(4, Types.BIGINT);
                    } else {
                        version.setLong(4, versionId(n, parent, r));
                    }
                    version.setString(5, eId);
                    version.setString(6, number);
                    version.setString(7, kind.equals("CHAPTER") ? "Chapter " + number : kind.equals("ARTICLE") ? "Article title " + number : null);
                    version.setString(8, kind.equals("ARTICLE") || kind.equals("PREAMBULAR_PARAGRAPH") ? text(p, r) : null);
                    version.setInt(9, p);
                    version.addBatch();
                    versions++;
                }
            }
            provision.executeBatch();
            version.executeBatch();
        }
        return versions;
    }

    /** Bracketed text whose sets resolve as readings go on: reading r keeps about (6 - r) / 5 of them open. */
    private String text(int p, int reading) {
        StringBuilder text = new StringBuilder();
        for (int para = 1; para <= 3; para++) {
            text.append(para).append(". Each State Party ");
            boolean open = (p + para + reading) % READINGS >= reading - 1;
            text.append(open ? "[shall][should][may]" : "shall").append(" adopt ")
                    .append(open ? "[legislative and other measures] [such measures]" : "legislative and other measures")
                    .append(" to establish as an offence ")
                    .append(reading < 4 ? "[the conduct described in [article " + p + "][this article]]" : "the conduct described in this article")
                    .append(" when committed intentionally and without right.\n\n");
        }
        return text.toString();
    }

    private long reports(Connection c, int n) throws SQLException {
        long paragraphs = 0;
        try (PreparedStatement source = c.prepareStatement("insert into source_document (id, negotiation_id, reading_id, kind, symbol, title,"
                + " published_on, imported_at, sha256, body, version) values (?, ?, ?, 'CHAIRS_REPORT', ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement paragraph = c.prepareStatement("insert into paragraph (id, source_document_id, num, agenda_item,"
                     + " agenda_item_title, body, version) values (?, ?, ?, ?, ?, ?, 0)")) {
            for (int s = 1; s <= reportsPerNegotiation; s++) {
                long id = (long) (n - 1) * reportsPerNegotiation + s;
                String body = "Made-up report " + id + " of negotiation " + n;
                source.setLong(1, id);
                source.setLong(2, n);
                source.setLong(3, readingId(n, 1 + (s - 1) % READINGS));
                source.setString(4, "A/MADE." + n + "/CRP." + s);
                source.setString(5, body);
                source.setObject(6, LocalDate.of(2023, 1, 1).plusDays(s * 10L));
                source.setTimestamp(7, Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")));
                source.setString(8, Sha256.of(body));
                source.setString(9, body);
                source.addBatch();
                for (int p = 1; p <= PARAGRAPHS; p++) {
                    paragraph.setLong(1, (id - 1) * PARAGRAPHS + p);
                    paragraph.setLong(2, id);
                    paragraph.setInt(3, p);
                    paragraph.setString(4, "2(" + (char) ('a' + p % 8) + ")");
                    paragraph.setString(5, "Chapter " + (1 + p % 8));
                    paragraph.setString(6, "Under agenda item 2(" + (char) ('a' + p % 8) + "), several speakers cautioned against the scope of"
                            + " article " + p + ", while others supported it. Proposals were made to delete it.");
                    paragraph.addBatch();
                    paragraphs++;
                }
            }
            source.executeBatch();
            paragraph.executeBatch();
        }
        return paragraphs;
    }

    private void positions(Connection c, int stakeholders) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into position (id, reading_id, provision_version_id, stakeholder_id,"
                + " quantifier, stance, summary, paragraph_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 1; i <= positions; i++) {
                int n = 1 + random.nextInt(negotiations);
                int r = 1 + random.nextInt(READINGS);
                int p = 2 + random.nextInt(PROVISIONS - 1);
                long report = (long) (n - 1) * reportsPerNegotiation + 1 + random.nextInt(reportsPerNegotiation);
                ps.setLong(1, i);
                ps.setLong(2, readingId(n, r));
                ps.setLong(3, versionId(n, p, r));
                boolean named = random.nextBoolean();
                if (named) {
                    ps.setLong(4, 1 + random.nextInt(stakeholders));
                    ps.setNull(5, Types.VARCHAR);
                } else {
                    ps.setNull(4, Types.BIGINT);
                    ps.setString(5, QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
                }
                ps.setString(6, STANCES[random.nextInt(STANCES.length)]);
                ps.setString(7, "Generated position " + i);
                ps.setLong(8, (report - 1) * PARAGRAPHS + 1 + random.nextInt(PARAGRAPHS));
                ps.addBatch();
                if (i % 5000 == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    /** Audited changes: one position added per revision, the first positions' history. */
    private void revisions(Connection c) throws SQLException {
        try (PreparedStatement rev = c.prepareStatement("insert into revinfo (rev, revtstmp, username) values (?, ?, ?)");
             PreparedStatement changes = c.prepareStatement("insert into revchanges (rev, entityname) values (?, ?)");
             PreparedStatement aud = c.prepareStatement("insert into position_aud (rev, revtype, id, reading_id, provision_version_id,"
                     + " stance, summary, paragraph_id) select ?, 0, id, reading_id, provision_version_id, stance, summary, paragraph_id"
                     + " from position where id = ?")) {
            long base = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
            for (int i = 1; i <= revisions(); i++) {
                rev.setInt(1, i);
                rev.setLong(2, base + i * 60_000L);
                rev.setString(3, "editor" + (i % 12));
                rev.addBatch();
                changes.setInt(1, i);
                changes.setString(2, "org.treatytracker.position.Position");
                changes.addBatch();
                aud.setInt(1, i);
                aud.setLong(2, i);
                aud.addBatch();
                if (i % 2000 == 0) {
                    rev.executeBatch();
                    changes.executeBatch();
                    aud.executeBatch();
                }
            }
            rev.executeBatch();
            changes.executeBatch();
            aud.executeBatch();
            c.commit();
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private static void restartIdentities(Connection c) throws SQLException {
        String[][] identities = {{"negotiation", "id"}, {"reading", "id"}, {"provision", "id"}, {"provision_version", "id"},
                {"stakeholder", "id"}, {"source_document", "id"}, {"paragraph", "id"}, {"position", "id"}, {"revinfo", "rev"}};
        try (Statement s = c.createStatement()) {
            for (String[] identity : identities) {
                var rs = s.executeQuery("select coalesce(max(" + identity[1] + "), 0) + 1 from " + identity[0]);
                rs.next();
                long next = rs.getLong(1);
                rs.close();
                s.execute("alter table " + identity[0] + " alter column " + identity[1] + " restart with " + next);
            }
        }
    }
}
