package io.pimento.feeds.merchant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/feeds/{channel}/google-report}: how many of the channel's products the Google
 * feed sends, and each one it leaves out with the required fields it lacks; {@code missing} counts
 * the products lacking each field.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GoogleReport(String channel, int products, int sent, int leftOut, Map<String, Integer> missing,
                           List<LeftOut> items) {

    public record LeftOut(String identifier, List<String> missing) {
    }
}
