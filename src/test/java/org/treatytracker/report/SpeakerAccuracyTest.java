package org.treatytracker.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.treatytracker.stakeholder.RegisterLoader;
import org.treatytracker.stakeholder.StakeholderNames;
import org.treatytracker.report.reading.SpeakerFinder;
import org.treatytracker.report.reading.StatementDetector;

/**
 * Precision and recall of named speakers on paragraphs of the Geneva ENB reports, against a hand annotation
 * (src/test/resources/reports/geneva-enb-speakers.json; who annotated it and how is written in the file). The
 * register is the one the application ships. Floors: 0.9 both ways for (paragraph, stakeholder), every named speaker
 * counted whether or not its words are a position. The stances of that file are printed, not asserted: it predates
 * PROPOSE, PREFER and BRACKET (its AMEND stands for calls and emphases alike, and for procedure); stances are measured
 * on their own annotation by GenevaStanceAccuracyTest.
 */
class SpeakerAccuracyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findsTheNamedSpeakersOfTheGenevaReports() throws Exception {
        StakeholderNames.Index<String> register = register();
        SpeakerFinder finder = new SpeakerFinder(name -> register.find(name).isPresent());
        JsonNode gold = read("reports/geneva-enb-speakers.json");
        Set<String> goldPairs = new LinkedHashSet<>();
        Set<String> goldTriples = new LinkedHashSet<>();
        Set<String> foundPairs = new LinkedHashSet<>();
        Set<String> foundTriples = new LinkedHashSet<>();
        for (JsonNode paragraph : gold.path("paragraphs")) {
            String where = paragraph.path("report").asText() + "#" + paragraph.path("paragraph").asInt();
            for (JsonNode speaker : paragraph.path("speakers")) {
                String name = speaker.path("stakeholder").asText();
                assertTrue(register.find(name).isPresent(), "the annotation names a stakeholder the register lacks: " + name);
                goldPairs.add(where + " " + name);
                goldTriples.add(where + " " + name + " " + speaker.path("stance").asText());
            }
            for (SpeakerFinder.Speaker speaker : StatementDetector.namedSpeakers(paragraph.path("text").asText(), finder)) {
                foundPairs.add(where + " " + register.find(speaker.name()).orElse("unknown:" + speaker.name()));
            }
            for (StatementDetector.Statement s : StatementDetector.detect(paragraph.path("text").asText(), List.of(), null, finder)) {
                if (s.speaker() != null) {
                    foundTriples.add(where + " " + register.find(s.speaker().name()).orElse("unknown:" + s.speaker().name()) + " " + s.stance());
                }
            }
        }
        double[] pairs = report("(paragraph, stakeholder)", goldPairs, foundPairs);
        report("(paragraph, stakeholder, stance)", goldTriples, foundTriples);
        assertTrue(pairs[0] >= 0.9 && pairs[1] >= 0.9, "(paragraph, stakeholder) precision and recall must be at least 0.9");
    }

    private static double[] report(String what, Set<String> gold, Set<String> found) {
        Set<String> correct = new TreeSet<>(found);
        correct.retainAll(gold);
        double precision = found.isEmpty() ? 0 : (double) correct.size() / found.size();
        double recall = gold.isEmpty() ? 0 : (double) correct.size() / gold.size();
        System.out.printf("%n== named speakers, Geneva ENB annotation: %-34s gold %3d  found %3d  correct %3d  precision %.2f  recall %.2f%n",
                what, gold.size(), found.size(), correct.size(), precision, recall);
        List<String> missed = new ArrayList<>(new TreeSet<>(gold));
        missed.removeAll(found);
        List<String> extra = new ArrayList<>(new TreeSet<>(found));
        extra.removeAll(gold);
        System.out.println("   missed: " + missed);
        System.out.println("   extra:  " + extra);
        return new double[] {precision, recall};
    }

    /** The shipped register, read as the loader reads it: every name and alias to the stakeholder's name. */
    static StakeholderNames.Index<String> register() throws Exception {
        JsonNode file = read(RegisterLoader.REGISTER);
        StakeholderNames.Index<String> index = new StakeholderNames.Index<>();
        for (String part : List.of("states", "groups", "organizations")) {
            for (JsonNode entry : file.path(part)) {
                List<String> aliases = new ArrayList<>();
                entry.path("aliases").forEach(a -> aliases.add(a.asText()));
                index.add(entry.path("name").asText(), entry.path("name").asText(), List.of());
                index.add(entry.path("name").asText(), entry.path("name").asText(), aliases);
            }
        }
        return index;
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = SpeakerAccuracyTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
