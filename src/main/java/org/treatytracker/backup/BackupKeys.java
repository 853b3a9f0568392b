package org.treatytracker.backup;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.regex.Pattern;
import org.treatytracker.api.ProblemException;

/** Where in a backup something is wrong, written as a path such as {@code tables.negotiation[0]."id, slug"}, and the refusal. */
final class BackupKeys {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A key is quoted in full up to this length: enough to recognise it, not enough to echo a megabyte back. */
    private static final int SHOWN = 200;

    private BackupKeys() {
    }

    /** The key as a path step: bare when it is a plain name, else as a JSON string. */
    static String step(String key) {
        if (PLAIN.matcher(key).matches()) {
            return key;
        }
        String shown = key.length() > SHOWN ? key.substring(0, SHOWN) + "…" : key;
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(shown)) + '"';
    }

    /** A 422 problem about the backup at this path; nothing of the backup is kept. */
    static ProblemException refuse(String at, String detail) {
        return ProblemException.unprocessable(at, at + ": " + detail + "; nothing was restored");
    }
}
