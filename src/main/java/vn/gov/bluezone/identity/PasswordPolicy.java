package vn.gov.bluezone.identity;

import java.security.SecureRandom;
import java.util.Locale;

/** What a password must be, and temporary passwords for new and reset accounts. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with {@code password}, or null when it is acceptable. */
    static String problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.error.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "password.error.tooLong";
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return "password.error.letterAndDigit";
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return "password.error.containsUsername";
        }
        return null;
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        while (problem(password.toString(), null) != null) {
            password.setLength(0);
            for (int i = 0; i < 12; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
