package org.treatytracker.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.treatytracker.provision.AlternativeBackers;
import org.treatytracker.provision.BracketDto;

/** Answers the bracket view's question "who is behind each alternative?" from the positions that name one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PositionsOnAlternatives implements AlternativeBackers {

    @Inject
    PositionRepository positions;

    @Override
    public List<Backing> of(long provisionVersionId) {
        return positions.listOnAlternatives(provisionVersionId).stream().map(PositionsOnAlternatives::backing).toList();
    }

    private static Backing backing(Position p) {
        PositionDto.Speaker speaker = PositionDto.Speaker.of(p);
        PositionDto.Citation citation = PositionDto.Citation.of(p.getParagraph());
        String source = p.getParagraph().getSourceDocument().getSymbol() != null ? p.getParagraph().getSourceDocument().getSymbol()
                : p.getParagraph().getSourceDocument().getTitle();
        return new Backing(p.getBracketSetIndex(), p.getAlternativeIndex(), sideOf(p.getStance()), new BracketDto.Backer(p.getId(),
                p.getStance().name(), p.getStakeholder() == null ? null : p.getStakeholder().getId(),
                speaker.words() == null ? "unattributed (" + p.getStance().name().toLowerCase(Locale.ROOT) + ")" : speaker.words(),
                source + ", paragraph " + citation.paragraphNumber(), citation.paragraphId(), citation.paragraphNumber(),
                citation.sourceDocumentId(), p.getQuote()));
    }

    /**
     * Supporting, preferring or proposing an alternative is backing it; deleting, opposing, bracketing it or reserving on
     * it is standing against it; amending or questioning it is neither side.
     */
    static BracketDto.Side sideOf(Stance stance) {
        return switch (stance) {
            case SUPPORT, PREFER, PROPOSE -> BracketDto.Side.SUPPORTS;
            case OPPOSE, DELETE, RESERVE, BRACKET -> BracketDto.Side.OPPOSES;
            default -> BracketDto.Side.OTHER;
        };
    }
}
