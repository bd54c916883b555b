package io.pimento.targeting.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rule's action as the API and the database hold it: {@code type} says which of the other
 * fields it has ({@code {"type": "pin", "products": ["JACKET-1"], "position": 1}},
 * {@code {"type": "boost", "query": {...}, "weight": 2.0}}...). {@code query} holds search API
 * filters as JSON ({@code {"category": ["jackets"], "attr.color": ["red"], "q": "wool"}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "products", "items", "query", "weight", "position"})
public record RuleActionPayload(String type,
                                List<String> products,
                                List<String> items,
                                JsonNode query,
                                BigDecimal weight,
                                Integer position) {
}
