package io.pimento.common;

/** Helpers for putting client input into messages without echoing unbounded text back. */
public final class Texts {

    /** How many characters of a client's value a message repeats at most. */
    public static final int MAX_ECHO = 100;

    private Texts() {
    }

    /** The value as is when short, else its first {@value #MAX_ECHO} characters and how long it was. */
    public static String abbreviate(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() <= MAX_ECHO) {
            return text;
        }
        int end = MAX_ECHO;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "... (" + text.length() + " characters)";
    }
}
