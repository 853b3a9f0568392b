package org.treatytracker.report.reading;

import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.stakeholder.StakeholderNames;

/** Named speakers in made-up sentences written in the style of negotiation bulletins. */
class SpeakerFinderTest {

    private static final StakeholderNames.Index<String> REGISTER = new StakeholderNames.Index<String>()
            .add("FRD", "Freedonia", List.of())
            .add("SYL", "Sylvania", List.of())
            .add("OST", "Osterlich", List.of())
            .add("USA", "United States of America", List.of("US", "United States"))
            .add("KOR", "Republic of Korea", List.of("South Korea"))
            .add("TUR", "Türkiye", List.of("Turkey"))
            .add("G77", "Group of 77 and China", List.of("G-77/China"))
            .add("LDC", "Least Developed Countries", List.of("LDCs"))
            .add("ISL", "Alliance of Small Island States", List.of("AOSIS"))
            .add("EU", "European Union", List.of("EU"));
    private final SpeakerFinder finder = new SpeakerFinder(name -> REGISTER.find(name).isPresent());

    private List<String> speakers(String... sentences) {
        SpeakerFinder.Carry carry = new SpeakerFinder.Carry();
        List<String> out = new ArrayList<>();
        for (String sentence : sentences) {
            for (SpeakerFinder.Speaker s : finder.speakers(sentence, carry)) {
                out.add(s.name() + (s.onBehalfOf() == null ? "" : " for " + s.onBehalfOf()) + " " + s.role()
                        + (s.known() ? "" : " unknown"));
            }
        }
        return out;
    }

    @Test
    void namesInCapitalsOrNormalCaseWithOrWithoutThe() {
        assertEquals(List.of("FREEDONIA SPEAKER"), speakers("FREEDONIA proposed deleting the paragraph."));
        assertEquals(List.of("US SPEAKER"), speakers("The US questioned the need for a separate section."));
        assertEquals(List.of("Sylvania SPEAKER"), speakers("On the preamble, Sylvania called for a reference to science."));
        assertEquals(List.of("TÜRKIYE SPEAKER"), speakers("TÜRKIYE, inter alia: emphasized accounting rules."));
        assertEquals(List.of("REPUBLIC OF KOREA SPEAKER"), speakers("REPUBLIC OF KOREA also stressed flexibility."));
    }

    @Test
    void aStateSpeakingForItsGroup() {
        assertEquals(List.of("Freedonia for G-77/CHINA SPEAKER"), speakers("Freedonia, for G-77/CHINA, noted that options must be streamlined."));
        assertEquals(List.of("Sylvania for LDCs SPEAKER"), speakers("Sylvania, on behalf of the LDCs, called for language on participation."));
        assertEquals(List.of("Osterlich for AOSIS SPEAKER", "SYLVANIA SPEAKER", "TURKEY SPEAKER"),
                speakers("On Section E, Osterlich, for AOSIS, SYLVANIA and TURKEY, suggested new text."));
    }

    @Test
    void supportersOpponentsAndCoSpeakers() {
        assertEquals(List.of("FREEDONIA SPEAKER", "SYLVANIA SUPPORTER", "OSTERLICH SUPPORTER", "US SUPPORTER"),
                speakers("FREEDONIA, supported by SYLVANIA, OSTERLICH and the US, proposed text on human rights."));
        assertEquals(List.of("EU SPEAKER", "SYLVANIA OPPONENT"), speakers("The EU proposed a levy, opposed by SYLVANIA."));
        assertEquals(List.of("EU SPEAKER", "SYLVANIA OPPONENT"), speakers("The EU proposed a levy.", "SYLVANIA objected."));
        assertEquals(List.of("FREEDONIA SPEAKER", "OSTERLICH SPEAKER"),
                speakers("FREEDONIA noted that rules must be explicit and, with OSTERLICH, stressed avoiding double counting."));
    }

    @Test
    void listsMakeEverySpeaker() {
        assertEquals(List.of("EU SPEAKER", "G-77/CHINA SPEAKER", "SYLVANIA SPEAKER"),
                speakers("The EU, the G-77/CHINA and SYLVANIA agreed that the text is a basis."));
    }

    @Test
    void aPronounCarriesTheLastSpeakerOn() {
        assertEquals(List.of("G-77/CHINA OPPONENT", "G-77/CHINA SPEAKER"),
                speakers("The G-77/CHINA objected to a new annex.", "She preferred the original text."));
        assertEquals(List.of("Freedonia for LDCs SPEAKER", "Freedonia for LDCs SPEAKER"),
                speakers("Freedonia, for the LDCs, called for urgency.", "He proposed, inter alia, a new paragraph."));
    }

    @Test
    void chairsAndTheSecretariatAreNotStakeholders() {
        assertEquals(List.of(), speakers("Co-Chair Smith (US) underscored the objective.", "He expressed satisfaction with progress."));
        assertEquals(List.of(), speakers("The Secretariat presented the document.", "It noted the budget."));
        assertEquals(List.of("SYLVANIA SPEAKER"), speakers("Co-Facilitator Jones (Freedonia) opened the session.", "SYLVANIA welcomed the text."));
    }

    @Test
    void unnamedAndQuantifiedSpeakersAreNotNamed() {
        assertEquals(List.of(), speakers("Several LDCs supported the proposal.", "They preferred option 2."));
        assertEquals(List.of(), speakers("Delegates agreed to the organization of work."));
        assertEquals(List.of("SYLVANIA SPEAKER"), speakers("SYLVANIA warned that references to the US could lead to politicization."));
    }

    @Test
    void aNameTheRegisterDoesNotKnowIsUnknownNeverGuessed() {
        assertEquals(List.of("GRAND FENWICK SPEAKER unknown"), speakers("GRAND FENWICK proposed a new article."));
        assertEquals(List.of("Grand Fenwick for AOSIS SPEAKER unknown"), speakers("Grand Fenwick, for AOSIS, proposed a new article."));
        assertEquals(List.of(), speakers("The COP decided to convene."));
    }
}
