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
    void anArticleNeedsANumber() {
        assertThrows(IllegalArgumentException.class, () -> ProvisionKind.ARTICLE.eId(" ", "Title", null));
    }
}
