package org.treatytracker.position;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.stakeholder.StakeholderKind;

/** The filters of the position lists, turned into one JPQL condition with positional parameters. */
public class PositionFilter {

    @QueryParam("reading")
    @Parameter(description = "Reading id")
    public Long reading;

    @QueryParam("stance")
    public Stance stance;

    @QueryParam("stakeholder")
    @Parameter(description = "Stakeholder id: positions it spoke, or that were spoken on its behalf")
    public Long stakeholder;

    @QueryParam("stakeholderKind")
    public StakeholderKind stakeholderKind;

    @QueryParam("quantifier")
    public Quantifier quantifier;

    @QueryParam("source")
    @Parameter(description = "Source document id")
    public Long source;

    @QueryParam("paragraph")
    @Parameter(description = "Paragraph id")
    public Long paragraph;

    @QueryParam(ChangedSince.PARAMETER)
    @Parameter(description = ChangedSince.DESCRIPTION)
    public String changedSince;

    /** Set by the resource for /provisions/{id}/positions. */
    public Long provision;

    /** With {@link #provision}: also the positions on its paragraphs and their subparagraphs (slices of its text). */
    public boolean withParagraphs;

    /**
     * Set by the resource for /stakeholders/{id}/positions: positions the stakeholder spoke, that were spoken for
     * it, that counted it as the group of unnamed speakers, and those of the groups it belongs to.
     */
    public Long concerning;

    /** Set by the bulk download: the positions of one negotiation. */
    public Long negotiation;

    /**
     * The provision's versions (at {@link #reading} when given; with {@link #withParagraphs}, its parts' too), looked up
     * once by {@link #where}.
     */
    private List<Long> provisionVersions;

    /**
     * Conditions on the aliases p (position), v (provision version), s (stakeholder), pa (paragraph); by the position's
     * own keys, fk(…), where they can be (PositionRepository says why); counted with PositionRepository.countWhere.
     */
    String where(List<Object> params, PositionRepository positions) {
        List<String> conditions = new ArrayList<>();
        // The provision's few versions as a list of ids, looked up first (one statement), so that the index on
        // position.provision_version_id does the work. As a subquery, PostgreSQL joined it last: past the eight
        // fetched tables (from_collapse_limit) it cannot move it first, and hashed every version with its text, 84 ms
        // for a page of 20 on the large data set instead of 1 ms.
        if (provision != null) {
            provisionVersions(positions);
            // One version (the usual page: a provision at a reading) is bound as one value. A list parameter makes
            // Hibernate translate the query to SQL again on every request (it cannot keep the plan of a query
            // whose parameters are lists): 16 % of a fresh page's time.
            if (provisionVersions.isEmpty()) {
                conditions.add("p.id is null"); // a provision without versions has no positions
            } else if (provisionVersions.size() == 1) {
                params.add(provisionVersions.get(0));
                conditions.add("fk(p.attribution.provisionVersion) = ?" + params.size());
            } else {
                params.add(provisionVersions);
                conditions.add("fk(p.attribution.provisionVersion) in (?" + params.size() + ")");
            }
        }
        if (concerning != null) {
            params.add(concerning);
            String n = "?" + params.size();
            String groupsOf = "(select g.id from Stakeholder g join g.members m where m.id = " + n + ")";
            conditions.add("(fk(p.attribution.stakeholder) = " + n + " or fk(p.attribution.onBehalfOf) = " + n
                    + " or fk(p.attribution.among) = " + n + " or fk(p.attribution.stakeholder) in " + groupsOf
                    + " or fk(p.attribution.onBehalfOf) in " + groupsOf + ")");
        }
        add(conditions, params, negotiation, "p.reading.negotiation.id = ?");
        add(conditions, params, reading, "p.reading.id = ?");
        add(conditions, params, stance, "p.stance = ?");
        if (stakeholder != null) {
            params.add(stakeholder);
            conditions.add("(fk(p.attribution.stakeholder) = ?" + params.size() + " or fk(p.attribution.onBehalfOf) = ?" + params.size() + ")");
        }
        add(conditions, params, stakeholderKind, "s.kind = ?");
        add(conditions, params, quantifier, "p.attribution.quantifier = ?");
        if (source != null) {
            params.add(source);
            conditions.add("fk(p.paragraph) in (select x.id from Paragraph x where x.sourceDocument.id = ?" + params.size() + ")");
        }
        add(conditions, params, paragraph, "fk(p.paragraph) = ?");
        Long since = ChangedSince.parse(changedSince);
        if (since != null) {
            params.add(since);
            conditions.add(ChangedSince.condition("p.id", Position.class, params.size()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The versions of {@link #provision} this filter lets through, looked up once (one or two statements). */
    List<Long> provisionVersions(PositionRepository positions) {
        if (provisionVersions == null) {
            provisionVersions = positions.versionsOfProvision(provision, reading, withParagraphs);
        }
        return provisionVersions;
    }

    private static void add(List<String> conditions, List<Object> params, Object value, String condition) {
        if (value != null) {
            params.add(value);
            conditions.add(condition + params.size());
        }
    }
}
