package org.treatytracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.treatytracker.report.reading.MentionFinder;
import org.treatytracker.report.reading.ReportReader;
import org.treatytracker.report.reading.SpeakerFinder;
import org.treatytracker.report.reading.StatementDetector;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.DraftOutline;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.ProvisionParts;
import org.treatytracker.corpus.Corpus;

/**
 * Throughput of the plain-Java readers, in MB/s (millions of characters a second): the bracket parser and the
 * outline reader on the three Paris drafts and on 10 MB of generated draft, and the report readers on the ENB
 * bulletins of Geneva 2015. Prints figures; asserts nothing about time. No Quarkus. Run with
 * {@code ./mvnw test -Dtest=ParserBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the corpus is read from
 * {@code ../shared/corpus} (or {@code -Dcorpus.root=…}), and a part whose files are missing says so and is left out.
 */
class ParserBenchmark {

    private static final Path CORPUS = Corpus.root();
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final long MEASURE_NANOS = 2_000_000_000L;

    @Test
    void measure() throws IOException {
        System.out.println("\n== Parser benchmark (MB/s = million characters per second; each figure over 2 s after 1 s of warm-up)");
        List<Path> drafts = files(CORPUS.resolve("paris-2015"), "", ".md");
        if (drafts.isEmpty()) {
            System.out.println("Paris drafts not found under " + CORPUS.resolve("paris-2015").toAbsolutePath() + ": left out");
        }
        for (Path draft : drafts) {
            draftFigures(draft.getFileName().toString(), Files.readString(draft));
        }
        draftFigures("generated 10 MB", DraftBenchmark.generatedDraft(10_000_000));

        List<Path> reports = files(CORPUS.resolve("geneva-2015"), "enb", ".md");
        if (reports.isEmpty()) {
            System.out.println("ENB reports not found under " + CORPUS.resolve("geneva-2015").toAbsolutePath() + ": left out");
        }
        for (Path report : reports) {
            reportFigures(report.getFileName().toString(), Files.readString(report));
        }
        System.out.println();
    }

    private static void draftFigures(String name, String text) {
        System.out.printf("%-32s %6d kB  brackets %7.1f MB/s  outline %7.1f MB/s  outline+sections %7.1f MB/s%n", name,
                text.length() / 1000,
                throughput(text, t -> BracketParser.parse(t, BracketParser.Mode.TOLERANT).source().length()),
                throughput(text, t -> DraftOutline.of(t).sections().size()),
                throughput(text, ParserBenchmark::importReading));
    }

    /** What an import reads: the outline, then every section and its paragraphs parsed for brackets. */
    private static int importReading(String text) {
        int sets = 0;
        for (DraftOutline.Section section : DraftOutline.of(text).sections()) {
            ParsedDraft parsed = BracketParser.parse(section.text(), BracketParser.Mode.TOLERANT);
            sets += parsed.sets().size();
            for (ProvisionParts.Part part : ProvisionParts.of(section.text(), parsed)) {
                sets += BracketParser.parse(part.text(), BracketParser.Mode.TOLERANT).sets().size();
            }
        }
        return sets;
    }

    private static void reportFigures(String name, String text) {
        MentionFinder mentions = new MentionFinder(List.of(
                new MentionFinder.Target("art_2", "ARTICLE", "2", "Purpose", "This Agreement aims to strengthen the global response"),
                new MentionFinder.Target("art_4", "ARTICLE", "4", "Mitigation", "Each Party shall prepare nationally determined contributions")));
        SpeakerFinder speakers = new SpeakerFinder(n -> false);
        System.out.printf("%-32s %6d kB  report reader %7.1f MB/s  mentions+statements+speakers %7.1f MB/s%n", name, text.length() / 1000,
                throughput(text, t -> ReportReader.read(t).paragraphs().size()),
                throughput(text, t -> {
                    int n = 0;
                    for (ReportReader.Item item : ReportReader.read(t).paragraphs()) {
                        // As the ingest service does: another instrument's article and the agenda item are not targets.
                        List<StatementDetector.Mention> named = mentions.find(item.text()).stream()
                                .filter(f -> f.kind() != MentionFinder.Kind.EXTERNAL_REFERENCE && f.kind() != MentionFinder.Kind.AGENDA_ITEM)
                                .map(f -> new StatementDetector.Mention(f.eId(), f.start(), f.end())).toList();
                        n += StatementDetector.detect(item.text(), named, null, speakers).size();
                    }
                    return n;
                }));
    }

    /** Characters read per second, in millions, over a fixed time after a warm-up. */
    private static double throughput(String text, ToIntFunction<String> reader) {
        long sink = 0;
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < WARM_UP_NANOS) {
            sink += reader.applyAsInt(text);
        }
        long chars = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < MEASURE_NANOS) {
            sink += reader.applyAsInt(text);
            chars += text.length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == Long.MIN_VALUE) {
            System.out.println(); // keeps the work from being optimised away
        }
        return chars / 1e6 / seconds;
    }

    private static List<Path> files(Path dir, String prefix, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(dir)) {
            return new ArrayList<>(listed.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(suffix)).sorted().toList());
        }
    }
}
