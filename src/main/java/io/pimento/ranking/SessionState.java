package io.pimento.ranking;

/**
 * The session a ranking is asked for, in a log's item numbers: items in click order (items the log
 * does not know are left out), their click times, and the time of the request.
 */
record SessionState(int[] items, double[] times, double now) {

    int length() {
        return items.length;
    }

    int last() {
        return items.length == 0 ? -1 : items[items.length - 1];
    }
}
