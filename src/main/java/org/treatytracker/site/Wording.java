package org.treatytracker.site;

import java.util.Locale;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.Stance;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.stakeholder.StakeholderDto;

/** How the pages word the domain's values for a reader: "Article 17. Title", "Make optional", "renumbered". */
final class Wording {

    private Wording() {
    }

    /** A provision as a reader names it: "Article 17. Offences…", "Chapter II. Criminalization", "Section D. Mitigation", "Preamble". */
    static String provision(ProvisionKind kind, String number, String title) {
        String name = switch (kind) {
            case PREAMBLE -> "Preamble";
            case CHAPTER -> number == null ? "Chapter" : "Chapter " + number;
            case SECTION -> number == null ? "Section" : "Section " + number;
            case SUBSECTION -> "Subsection " + number;
            case ANNEX -> "Annex " + number;
            case ARTICLE -> "Article " + number;
            case PREAMBULAR_PARAGRAPH -> "Preambular paragraph " + number;
            case PARAGRAPH -> "Paragraph " + number;
            case SUBPARAGRAPH -> "Subparagraph (" + number + ")";
        };
        if (title == null || title.isBlank() || kind == ProvisionKind.PREAMBLE && "Preamble".equalsIgnoreCase(title.trim())) {
            return name;
        }
        return (kind == ProvisionKind.CHAPTER || kind == ProvisionKind.SECTION) && number == null ? title : name + ". " + title;
    }

    /** How a position belongs to the stakeholder whose page lists it. */
    static String relation(PositionDto.Relation relation, StakeholderDto.Ref via) {
        String name = via == null ? "" : via.name();
        return switch (relation) {
            case SPOKE -> "spoke";
            case SPOKE_FOR_GROUP -> "spoke for " + name;
            case GROUP_POSITION -> "position of its group " + name;
            case VOICED_BY_MEMBER -> "voiced by its member " + name;
            case UNNAMED_MEMBERS -> "unnamed members";
        };
    }

    static String stance(Stance stance) {
        String words = stance.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String status(ComparisonDto.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
