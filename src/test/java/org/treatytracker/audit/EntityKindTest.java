package org.treatytracker.audit;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.treatytracker.provision.ProvisionVersion;

/** The one table of audited kinds: each word names one kind, and a kind is found by each of its words. */
class EntityKindTest {

    @Test
    void eachKindHasItsOwnTypePathAndEventWord() {
        for (Function<EntityKind, String> word : List.<Function<EntityKind, String>>of(EntityKind::type,
                EntityKind::apiPath, EntityKind::event)) {
            assertEquals(EntityKind.values().length, Arrays.stream(EntityKind.values()).map(word).distinct().count());
        }
    }

    @Test
    void findsAKindByClassTypeAndEventWord() {
        assertEquals(EntityKind.PROVISION_VERSION, EntityKind.of(ProvisionVersion.class).orElseThrow());
        assertEquals(EntityKind.SOURCE_DOCUMENT, EntityKind.ofType("SourceDocument").orElseThrow());
        assertEquals(EntityKind.SOURCE_DOCUMENT, EntityKind.ofEvent("source").orElseThrow());
        assertEquals("/api/v1/sources/", EntityKind.SOURCE_DOCUMENT.apiPath());
        assertEquals("/reports/3", EntityKind.pageOf(EntityKind.SOURCE_DOCUMENT.apiPath() + 3));
        assertNull(EntityKind.SUGGESTION.pagePath());
        assertNull(EntityKind.pageOf(EntityKind.SUGGESTION.apiPath() + 4));
    }
}
