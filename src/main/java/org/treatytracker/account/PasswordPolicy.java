package org.treatytracker.account;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which passwords an account may have: at least 12 characters, and rated at least 3 of 4 ("safely unguessable:
 * moderate protection from offline slow-hash scenario", about 10^8 guesses or more) by zxcvbn, the strength estimator
 * that knows common passwords, words, names, keyboard patterns, repeats, sequences and dates, and here also the
 * username and the product's own name. Length alone let "000000000000" through. Plain Java, no container.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MIN_SCORE = 3;

    /** Building the estimator loads its dictionaries (tens of milliseconds); measuring with it is thread-safe. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Why the password is refused for this username, or empty when it is accepted. */
    public static Optional<String> refusal(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("the password needs at least " + MIN_LENGTH + " characters");
        }
        List<String> known = new ArrayList<>(List.of("treaty", "tracker", "treatytracker", "treaty-tracker"));
        if (username != null) {
            known.add(username);
        }
        Strength strength = ZXCVBN.measure(password, known);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        Feedback feedback = strength.getFeedback();
        StringBuilder why = new StringBuilder("the password is too easy to guess (strength " + strength.getScore() + " of 4, at least "
                + MIN_SCORE + " needed)");
        String warning = feedback.getWarning(Locale.ENGLISH);
        if (warning != null && !warning.isBlank()) {
            why.append(": ").append(warning.strip());
        }
        List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
        if (!suggestions.isEmpty()) {
            why.append(" ").append(String.join(" ", suggestions));
        } else {
            why.append(" Use a few uncommon words, or a passphrase.");
        }
        return Optional.of(why.toString());
    }
}
