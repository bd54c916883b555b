package io.pimento.ranking;

/**
 * Why an item was ranked where it is: a signal code and, for signals anchored on a viewed item, that
 * item. Codes: {@code because_viewed} (neighbouring sessions, sequential rules or item similarity
 * starting from {@code item}), {@code viewed_again} (the session's own items), {@code popular},
 * {@code new} (recently added to the catalog's traffic).
 */
public record Reason(String code, String item) {
    public static final String BECAUSE_VIEWED = "because_viewed";
    public static final String VIEWED_AGAIN = "viewed_again";
    public static final String POPULAR = "popular";
    public static final String NEW = "new";

    public static Reason of(String code) {
        return new Reason(code, null);
    }
}
