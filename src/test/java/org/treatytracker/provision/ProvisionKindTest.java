package org.treatytracker.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProvisionKindTest {

    @Test
    void eIdsReadLikeThePlaceOfTheProvision() {
        assertEquals("art_17", ProvisionKind.ARTICLE.eId("17", "Offences", null));
        assertEquals("art_8bis", ProvisionKind.ARTICLE.eId("8 bis", null, null));
        assertEquals("art_23__para_2", ProvisionKind.PARAGRAPH.eId("2", null, "art_23"));
        assertEquals("preamble__para_3", ProvisionKind.PREAMBULAR_PARAGRAPH.eId("3", null, "preamble"));
        assertEquals("preamble", ProvisionKind.PREAMBLE.eId(null, "Preamble", null));
        assertEquals("chp_2", ProvisionKind.CHAPTER.eId("2", "Criminalization", null));
        assertEquals("chp_4", ProvisionKind.CHAPTER.eId("IV", "Procedural measures", null));
        assertEquals("chp_9", ProvisionKind.CHAPTER.eId("IX", null, null));
        assertEquals("chp_procedural_measures_and_law_enforcement",
                ProvisionKind.CHAPTER.eId(null, "Procedural measures and law enforcement", null));
    }

    @Test
    void eIdsOfADecisionsSectionsSubsectionsAndAnnexes() {
        assertEquals("sec_d", ProvisionKind.SECTION.eId("D", "Mitigation", null));
        assertEquals("sec_2", ProvisionKind.SECTION.eId("2", "Guidance", null));
        assertEquals("sec_2__subsec_a", ProvisionKind.SUBSECTION.eId("A", "Participation", "sec_2"));
        assertEquals("sec_2__subsec_a__para_12", ProvisionKind.PARAGRAPH.eId("12", null, "sec_2__subsec_a"));
        assertEquals("annex_1", ProvisionKind.ANNEX.eId("I", "Rules of procedure", null));
        assertEquals("annex_2", ProvisionKind.ANNEX.eId("2", null, null));
        // An annex number is read as roman when it can be: "Annex X" is annex_10 (Geneva's placeholder annexes X and Y too).
        assertEquals("annex_10", ProvisionKind.ANNEX.eId("X", null, null));
        assertEquals("annex_b", ProvisionKind.ANNEX.eId("B", null, null));
        assertEquals("annex_1__sec_1", ProvisionKind.SECTION.eId("1", "Scope", "annex_1"));
        assertEquals("annex_1__para_3", ProvisionKind.PARAGRAPH.eId("3", null, "annex_1"));
        assertThrows(IllegalArgumentException.class, () -> ProvisionKind.SUBSECTION.eId(null, "Untitled", "sec_2"));
    }

    @Test
    void anArticleNeedsANumber() {
        assertThrows(IllegalArgumentException.class, () -> ProvisionKind.ARTICLE.eId(" ", "Title", null));
    }
}
