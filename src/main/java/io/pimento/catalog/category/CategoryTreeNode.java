package io.pimento.catalog.category;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/** A category with its descendants nested, for showing a tree in one request. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CategoryTreeNode(String code, String parent, Map<String, String> labels, Integer sortOrder, List<CategoryTreeNode> children) {
}
