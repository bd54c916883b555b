package io.pimento.ranking;

/** The families of features, each with the reason it gives when it lifts an item (null: no reason). */
enum Signal {
    NEIGHBOURHOOD(Reason.BECAUSE_VIEWED),
    RULES(Reason.BECAUSE_VIEWED),
    SIMILARITY(Reason.BECAUSE_VIEWED),
    SESSION(Reason.VIEWED_AGAIN),
    POPULARITY(Reason.POPULAR),
    FRESHNESS(Reason.NEW),
    /** Facts about the session as a whole: they shape how other signals count, never a reason. */
    CONTEXT(null);

    private final String reasonCode;

    Signal(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    String reasonCode() {
        return reasonCode;
    }
}
