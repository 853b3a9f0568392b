package org.treatytracker.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names as reports write them reduce to one key; made-up entries. */
class StakeholderNamesTest {

    @Test
    void ignoresCaseAccentsPunctuationAndALeadingThe() {
        assertEquals("turkiye", StakeholderNames.key("TÜRKIYE"));
        assertEquals(StakeholderNames.key("Côte d’Ivoire"), StakeholderNames.key("COTE D'IVOIRE"));
        assertEquals(StakeholderNames.key("the G-77/CHINA"), StakeholderNames.key("G-77/China"));
        assertEquals("us", StakeholderNames.key("The US"));
        assertEquals("antigua and barbuda", StakeholderNames.key("Antigua & Barbuda"));
        assertEquals("", StakeholderNames.key("  --  "));
    }

    @Test
    void findsByNameOrAliasAndKeepsNamesFromAliases() {
        StakeholderNames.Index<String> index = new StakeholderNames.Index<String>()
                .add("USA", "United States of America", List.of("US", "United States"))
                .add("TUR", "Türkiye", List.of("Turkey"))
                .add("FAKE", "Fakeland", List.of("Türkiye"));
        assertEquals("USA", index.find("the UNITED STATES").orElseThrow());
        assertEquals("TUR", index.find("TURKIYE").orElseThrow());
        assertEquals("TUR", index.find("turkey").orElseThrow());
        assertTrue(index.find("Atlantis").isEmpty());
    }
}
