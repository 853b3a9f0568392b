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
     * Conditions on the aliases p (position), v (provision version), s (stakeholder), pa (paragraph); by the position's
     * own keys, fk(…), where they can be (PositionRepository says why); counted with PositionRepository.countWhere.
     */
    String where(List<Object> params) {
        List<String> conditions = new ArrayList<>();
        // Through the provision's few versions, so that the index on position.provision_version_id does the work.
        if (provision != null) {
            params.add(provision);
            String n = "?" + params.size();
            conditions.add(withParagraphs
                    ? "fk(p.attribution.provisionVersion) in (select pv.id from ProvisionVersion pv left join pv.parent pp left join pp.parent ppp"
                            + " where pv.provision.id = " + n + " or pv.partOfParent = true and (pp.provision.id = " + n
                            + " or pp.partOfParent = true and ppp.provision.id = " + n + "))"
                    : "fk(p.attribution.provisionVersion) in (select pv.id from ProvisionVersion pv where pv.provision.id = " + n + ")");
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

    private static void add(List<String> conditions, List<Object> params, Object value, String condition) {
        if (value != null) {
            params.add(value);
            conditions.add(condition + params.size());
        }
    }
}
