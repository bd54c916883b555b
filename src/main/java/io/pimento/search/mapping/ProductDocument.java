package io.pimento.search.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index holds for one product, computed from the product, its parent models and the
 * catalog structure. Map keys are leaf field names (see {@link ProductFields}).
 */
public record ProductDocument(long id,
                              String identifier,
                              String family,
                              List<String> categories,
                              Set<String> categoryPaths,
                              boolean enabled,
                              String status,
                              String parent,
                              Instant created,
                              Instant updated,
                              Map<String, Integer> completeness,
                              Map<String, String> labels,
                              Map<String, String> fulltext,
                              Map<String, List<String>> selects,
                              Map<String, String> texts,
                              Map<String, Double> numbers,
                              Map<String, Boolean> booleans,
                              Map<String, LocalDate> dates,
                              Map<String, Double> prices,
                              Map<String, Double> metrics) {
}
