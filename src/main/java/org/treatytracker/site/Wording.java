package org.treatytracker.site;

import java.util.List;
import java.util.Locale;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.Stance;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.stakeholder.StakeholderDto;
import org.treatytracker.stakeholder.StakeholderKind;

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

    /** An eId in words: "art_17__para_2" is "Article 17, paragraph 2"; parts it does not know stay as they are. */
    static String eId(String eId) {
        if (eId == null) {
            return "";
        }
        List<String> words = new java.util.ArrayList<>();
        for (String part : eId.split("__")) {
            int cut = part.indexOf('_');
            String prefix = cut < 0 ? part : part.substring(0, cut);
            String number = cut < 0 ? "" : " " + part.substring(cut + 1);
            String word = switch (prefix) {
                case "art" -> "article";
                case "chp" -> "chapter";
                case "sec" -> "section";
                case "para" -> "paragraph";
                case "subpara" -> "subparagraph";
                case "preamble" -> "preamble";
                case "annex" -> "annex";
                default -> null;
            };
            words.add(word == null ? part : word + number);
        }
        String text = String.join(", ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A stakeholder's kind as one reader's word: "member State", "group of States", "UN body". */
    static String kind(StakeholderKind kind) {
        return switch (kind) {
            case MEMBER_STATE -> "member State";
            case OBSERVER_STATE -> "observer State";
            case UN_BODY -> "UN body";
            case INTERGOVERNMENTAL_ORGANIZATION -> "intergovernmental organization";
            case ECOSOC_NGO -> "NGO in ECOSOC consultative status";
            case OTHER_NGO -> "other NGO, civil society, academia or private sector";
            case GROUP_OF_STATES -> "group of States";
        };
    }

    static String status(ComparisonDto.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
