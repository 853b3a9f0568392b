package org.treatytracker.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.treatytracker.position.Stance;
import org.treatytracker.provision.ProvisionKind;

/** Provisions and stances as a reader names them. */
class WordingTest {

    @Test
    void namesProvisionsAsDraftsDo() {
        assertEquals("Article 17. Offences relating to other international treaties",
                Wording.provision(ProvisionKind.ARTICLE, "17", "Offences relating to other international treaties"));
        assertEquals("Article 3bis", Wording.provision(ProvisionKind.ARTICLE, "3bis", null));
        assertEquals("Preamble", Wording.provision(ProvisionKind.PREAMBLE, null, "Preamble"));
        assertEquals("Criminalization", Wording.provision(ProvisionKind.CHAPTER, null, "Criminalization"));
        assertEquals("Chapter II. Criminalization", Wording.provision(ProvisionKind.CHAPTER, "II", "Criminalization"));
    }

    @Test
    void namesStancesInWords() {
        assertEquals("Make optional", Wording.stance(Stance.MAKE_OPTIONAL));
        assertEquals("Concern", Wording.stance(Stance.CONCERN));
    }
}
