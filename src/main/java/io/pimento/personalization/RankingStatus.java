package io.pimento.personalization;

import java.time.Instant;

/**
 * {@code GET /api/v1/ranking}: what the ranker serving this instance was trained on and when;
 * {@code trained} false while there is no model yet (too few sessions, or not trained since start).
 */
public record RankingStatus(boolean trained, Instant trainedAt, double seconds, int sessions, int clicks, int items,
                            Instant firstEvent, Instant lastEvent, Instant sharedTrainedAt, String note) {
}
