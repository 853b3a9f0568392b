package org.treatytracker.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the real documents the corpus tests and checks read are: not in the project (they are not ours to ship),
 * but beside it, in ../shared/corpus, or wherever {@code -Dcorpus.root} (or TREATY_CORPUS_DIR) points. A test
 * that needs a part of it which is missing is skipped with a message that says where it was looked for.
 */
public final class Corpus {

    // Not under treaty.*: Quarkus refuses to start when a property it does not map is set under its own prefix.
    public static final String PROPERTY = "corpus.root";

    private Corpus() {
    }

    /** The corpus directory: the property, else the environment variable, else ../shared/corpus. */
    public static Path root() {
        String configured = System.getProperty(PROPERTY, System.getenv("TREATY_CORPUS_DIR"));
        return Path.of(configured == null || configured.isBlank() ? "../shared/corpus" : configured);
    }

    /** A part of the corpus, e.g. {@code paris-2015}, whether or not it is there. */
    public static Path dir(String part) {
        return root().resolve(part);
    }

    /** A part of the corpus, or the calling test skipped with where it was expected and how to point elsewhere. */
    public static Path require(String part) {
        Path dir = dir(part);
        if (!Files.isDirectory(dir)) {
            System.out.println(message(dir)); // Maven's summary counts a skip but does not say why
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), () -> message(dir));
        return dir;
    }

    /** Why a test needing {@code dir} did not run. */
    public static String message(Path dir) {
        return "skipped: the real documents of the corpus are not shipped with the project and " + dir.toAbsolutePath().normalize()
                + " does not exist; run with -D" + PROPERTY + "=<a directory holding paris-2015/ and geneva-2015/>"
                + " (or TREATY_CORPUS_DIR) to run it";
    }
}
