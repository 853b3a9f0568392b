package org.treatytracker.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which passwords are accepted: long enough, and hard to guess by zxcvbn's estimate. No container. */
class PasswordPolicyTest {

    @Test
    void refusesALongButTrivialPasswordAndSaysWhy() {
        String why = PasswordPolicy.refusal("editor", "000000000000").orElseThrow();
        assertTrue(why.contains("too easy to guess"), why);
        assertTrue(why.contains("Avoid sequences"), why);
    }

    @Test
    void refusesPasswordsMadeOfTheUsernameOrTheProductName() {
        assertTrue(PasswordPolicy.refusal("secretariat", "secretariat1234").isPresent());
        assertTrue(PasswordPolicy.refusal("admin", "adminadminadmin").isPresent());
        assertTrue(PasswordPolicy.refusal("editor", "treatytracker1").isPresent());
    }

    @Test
    void refusesShortPasswordsWhateverTheirStrength() {
        assertEquals(Optional.of("the password needs at least 12 characters"), PasswordPolicy.refusal("editor", "x7#Qp!vL2"));
    }

    @Test
    void acceptsAPassphraseOfUncommonWords() {
        assertEquals(Optional.empty(), PasswordPolicy.refusal("editor", "quiet otter sails crimson lanterns"));
    }
}
