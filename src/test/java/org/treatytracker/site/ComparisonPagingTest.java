package org.treatytracker.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.text.WordDiff.Op;

class ComparisonPagingTest {

    private static ComparisonDto.ProvisionChange changeOf(int characters) {
        return new ComparisonDto.ProvisionChange(1, "art_1", ProvisionKind.ARTICLE, ComparisonDto.Status.CHANGED, false, false, true,
                null, null, 1, List.of(new ComparisonDto.Run(Op.INSERT, "x".repeat(characters))),
                new ComparisonDto.Brackets(0, 0, List.of(), List.of(), List.of(), List.of()), null);
    }

    @Test
    void aLongArticleTakesAPageOfItsOwnAndShortOnesShareOneUpToTheCount() {
        List<ComparisonDto.ProvisionChange> changes = new ArrayList<>();
        changes.add(changeOf(100));
        changes.add(changeOf(30_000));
        for (int i = 0; i < 12; i++) {
            changes.add(changeOf(50));
        }
        assertArrayEquals(new int[] {0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3}, ComparisonPage.pages(changes));
    }
}
