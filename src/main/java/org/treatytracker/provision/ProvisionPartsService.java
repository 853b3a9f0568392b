package org.treatytracker.provision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.persistence.ForeignKeys;
import org.treatytracker.api.ProblemException;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.ProvisionParts;

/**
 * Keeps an article's paragraphs and subparagraphs (provisions whose text is a slice of the article's) in step
 * with the article when an editor changes its text or deletes it: a part keeps its provision while its name
 * stays (art_4__para_2), a new number makes a new part, and a part that is gone is removed unless a position,
 * mention or suggestion points at it, which makes the edit a 409 rather than losing them.
 */
@ApplicationScoped
public class ProvisionPartsService {

    @Inject
    ProvisionRepository provisions;

    @Inject
    ProvisionVersionRepository versions;

    /** The versions that are slices of this one's text, subparagraphs before their paragraphs (the order to delete them). */
    List<ProvisionVersion> partsOf(ProvisionVersion whole) {
        List<ProvisionVersion> direct = versions.list("parent = ?1 and partOfParent = true order by ordinal, id", whole);
        List<ProvisionVersion> all = new ArrayList<>();
        for (ProvisionVersion paragraph : direct) {
            all.addAll(versions.list("parent = ?1 and partOfParent = true order by ordinal, id", paragraph));
            all.add(paragraph);
        }
        return all;
    }

    /** An editor may not change a part's text alone: it would no longer be a slice of its article's. */
    void refuseEditOfPart(ProvisionVersion version) {
        if (version.isPartOfParent()) {
            throw ProblemException.conflict("the text of " + version.getEId() + " is a slice of "
                    + version.getParent().getEId() + "'s text; edit " + version.getParent().getEId()
                    + " (provision version " + version.getParent().getId() + ") and its paragraphs follow");
        }
    }

    /**
     * After the article's text changed: the parts its new text has, by name. Only the provisions of a reading
     * imported from a draft file are divided (as the import divides them); those an editor builds one by one
     * through the API are not.
     */
    void redivide(ProvisionVersion whole) {
        ProvisionKind kind = whole.getProvision().getKind();
        List<ProvisionVersion> old = partsOf(whole);
        boolean divisible = kind.holdsParagraphs() && whole.getReading().getDraftSha256() != null;
        if (old.isEmpty() && !divisible) {
            return;
        }
        Map<String, ProvisionVersion> byEId = new HashMap<>();
        old.forEach(v -> byEId.put(v.getEId(), v));
        ParsedDraft parsed = BracketService.parse(whole);
        List<ProvisionVersion> kept = new ArrayList<>();
        int ordinal = whole.getOrdinal();
        List<ProvisionParts.Part> all = ProvisionParts.of(whole.getText(), parsed);
        for (ProvisionParts.Part part : kind == ProvisionKind.PARAGRAPH ? ProvisionParts.subparagraphsOf(all) : all) {
            ProvisionVersion parent = part.parent() < 0 ? whole : kept.get(part.parent());
            ProvisionKind partKind = part.kind() == ProvisionParts.Kind.PARAGRAPH ? ProvisionKind.PARAGRAPH : ProvisionKind.SUBPARAGRAPH;
            String eId = partKind.eId(part.number(), null, parent.getEId());
            ProvisionVersion version = byEId.remove(eId);
            if (version == null) {
                String wId = eId;
                for (int n = 2; provisions.existsByWId(whole.getReading().getNegotiation().getId(), wId); n++) {
                    wId = eId + "__" + n;
                }
                Provision provision = new Provision(whole.getReading().getNegotiation(), wId, partKind);
                provisions.persist(provision);
                version = new ProvisionVersion(provision, whole.getReading(), ordinal);
                version.place(part.number(), null, part.text(), parent);
                version.markPartOfParent();
                versions.persist(version);
            } else {
                version.place(part.number(), null, part.text(), parent);
                ordinal = version.getOrdinal();
            }
            kept.add(version);
        }
        for (ProvisionVersion gone : old) {
            if (byEId.containsKey(gone.getEId())) {
                remove(gone, gone.getEId() + " (a part the new text of " + whole.getEId() + " no longer has)");
            }
        }
    }

    /** Before the article itself is deleted. */
    void removeAll(ProvisionVersion whole) {
        for (ProvisionVersion part : partsOf(whole)) {
            remove(part, part.getEId() + " (a part of " + whole.getEId() + "'s text)");
        }
    }

    private void remove(ProvisionVersion part, String description) {
        Provision provision = part.getProvision();
        ForeignKeys.delete(versions.getEntityManager(), description, "provision_version", part.getId(), () -> versions.delete(part));
        if (versions.count("provision", provision) == 0) {
            provisions.delete(provision);
        }
    }
}
