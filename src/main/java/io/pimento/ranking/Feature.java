package io.pimento.ranking;

/** The re-ranker's features, in the column order of the feature rows, each from one signal family. */
enum Feature {
    VSTAN_SCORE(Signal.NEIGHBOURHOOD),
    VSTAN_RELATIVE(Signal.NEIGHBOURHOOD),
    VSTAN_RANK(Signal.NEIGHBOURHOOD),
    SR_LAST(Signal.RULES),
    SR_LAST_RELATIVE(Signal.RULES),
    SR_LAST_RANK(Signal.RULES),
    SR_PREVIOUS(Signal.RULES),
    SR_SESSION(Signal.RULES),
    SIMILARITY_LAST(Signal.SIMILARITY),
    SIMILARITY_MAX(Signal.SIMILARITY),
    SIMILARITY_MEAN(Signal.SIMILARITY),
    VIEW_COUNT(Signal.SESSION),
    STEPS_SINCE_VIEW(Signal.SESSION),
    IS_LAST(Signal.SESSION),
    SECONDS_SINCE_VIEW(Signal.SESSION),
    POPULARITY(Signal.POPULARITY),
    POPULARITY_RECENT(Signal.POPULARITY),
    POPULARITY_RANK(Signal.POPULARITY),
    AGE_DAYS(Signal.FRESHNESS),
    QUIET_DAYS(Signal.FRESHNESS),
    SESSION_LENGTH(Signal.CONTEXT),
    SESSION_DISTINCT_SHARE(Signal.CONTEXT),
    SESSION_REVISITS(Signal.CONTEXT),
    LAST_WAS_REVISIT(Signal.CONTEXT),
    SECONDS_SINCE_PREVIOUS_CLICK(Signal.CONTEXT);

    static final int COUNT = values().length;

    private final Signal signal;

    Feature(Signal signal) {
        this.signal = signal;
    }

    Signal signal() {
        return signal;
    }
}
