package org.treatytracker.text;

import java.util.Locale;

/** Numbers as drafts write them, as eIds want them: a roman number in arabic. */
public final class ProvisionNumbers {

    private ProvisionNumbers() {
    }

    /** "II" or "ii" reads as "2"; anything that is not a roman number stays as it is. */
    public static String arabic(String num) {
        if (num == null || !num.toLowerCase(Locale.ROOT).matches("[ivxlc]+")) {
            return num;
        }
        String lower = num.toLowerCase(Locale.ROOT);
        int value = 0;
        int previous = 0;
        for (int i = lower.length() - 1; i >= 0; i--) {
            int digit = switch (lower.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            value += digit < previous ? -digit : digit;
            previous = Math.max(previous, digit);
        }
        return Integer.toString(value);
    }
}
