package io.pimento.web.segments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.common.FieldError;
import io.pimento.targeting.condition.ConditionParser;
import io.pimento.targeting.condition.Field;
import io.pimento.targeting.condition.Operator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The condition editor of the segment form. The form sends the tree as parallel lists, one entry
 * per node in document order ({@link Rows}); a node's id is its place ({@code 0}, {@code 0.1},
 * {@code 0.1.0}), so its parent is the id without its last part. The tree is written as the JSON
 * the {@link ConditionParser} reads, and each error the parser names by JSON path
 * ({@code condition.all[1].op}) is put back on the node at that path.
 */
final class ConditionTree {

    static final String ALL = "all";
    static final String ANY = "any";
    static final String NOT = "not";
    static final String FIELD = "field";
    static final String BEHAVIOR = "behavior";
    /** The field select's value for a custom field, whose name is typed beside it. */
    static final String CUSTOM = Field.CUSTOM_PREFIX;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The form's lists, index by index: the node's id, kind and inputs (unused inputs are empty). */
    record Rows(List<String> ids, List<String> kinds, List<String> fields, List<String> customs, List<String> ops,
                List<String> values, List<String> values2, List<String> behaviors, List<String> counts, List<String> withins) {

        String at(List<String> list, int i) {
            return list != null && i < list.size() && list.get(i) != null ? list.get(i).strip() : "";
        }
    }

    /** A node while the tree is built or edited. */
    private static final class Draft {
        String kind;
        String field = "";
        String custom = "";
        String op = "";
        String value = "";
        String value2 = "";
        String behavior = "";
        String count = "";
        String within = "";
        final List<Draft> children = new ArrayList<>();

        Draft(String kind) {
            this.kind = kind;
        }

        boolean group() {
            return kind.equals(ALL) || kind.equals(ANY) || kind.equals(NOT);
        }
    }

    private final Draft root;

    private ConditionTree(Draft root) {
        this.root = root;
    }

    /** A new segment's condition: all of one empty row. */
    static ConditionTree blank() {
        Draft root = new Draft(ALL);
        root.children.add(fieldRow());
        return new ConditionTree(root);
    }

    // ---- reading --------------------------------------------------------------------------------

    static ConditionTree fromRows(Rows rows) {
        Map<String, Draft> byId = new LinkedHashMap<>();
        Draft root = null;
        for (int i = 0; i < (rows.ids() == null ? 0 : rows.ids().size()); i++) {
            String id = rows.at(rows.ids(), i);
            Draft draft = new Draft(kindOf(rows.at(rows.kinds(), i)));
            draft.field = rows.at(rows.fields(), i);
            draft.custom = rows.at(rows.customs(), i);
            draft.op = rows.at(rows.ops(), i);
            draft.value = rows.at(rows.values(), i);
            draft.value2 = rows.at(rows.values2(), i);
            draft.behavior = rows.at(rows.behaviors(), i);
            draft.count = rows.at(rows.counts(), i);
            draft.within = rows.at(rows.withins(), i);
            int dot = id.lastIndexOf('.');
            Draft parent = dot < 0 ? null : byId.get(id.substring(0, dot));
            if (root == null) {
                root = draft;
            } else if (parent != null && parent.group()) {
                parent.children.add(draft);
            } else {
                continue;
            }
            byId.put(id, draft);
        }
        if (root == null) {
            return blank();
        }
        return new ConditionTree(root.group() ? root : wrap(root));
    }

    /** A stored condition, for editing; one that is not a group is put in an "all". */
    static ConditionTree fromJson(JsonNode condition) {
        Draft root = condition == null ? null : draft(condition);
        if (root == null) {
            return blank();
        }
        return new ConditionTree(root.group() ? root : wrap(root));
    }

    private static Draft draft(JsonNode node) {
        if (node == null || !node.isObject()) {
            return fieldRow();
        }
        for (String kind : List.of(ALL, ANY)) {
            if (node.has(kind)) {
                Draft group = new Draft(kind);
                if (node.get(kind).isArray()) {
                    node.get(kind).forEach(child -> group.children.add(draft(child)));
                }
                return group;
            }
        }
        if (node.has(NOT)) {
            Draft group = new Draft(NOT);
            if (node.get(NOT).isObject()) {
                group.children.add(draft(node.get(NOT)));
            }
            return group;
        }
        if (node.has(BEHAVIOR)) {
            Draft row = new Draft(BEHAVIOR);
            row.behavior = text(node.get(BEHAVIOR));
            row.value = text(node.get("value"));
            row.op = text(node.get("op"));
            row.count = text(node.get("count"));
            row.within = text(node.get("within"));
            return row;
        }
        Draft row = fieldRow();
        String name = text(node.get(FIELD));
        if (name.startsWith(CUSTOM)) {
            row.field = CUSTOM;
            row.custom = name.substring(CUSTOM.length());
        } else {
            row.field = name;
        }
        row.op = text(node.get("op"));
        JsonNode value = node.get("value");
        if (value != null && value.isArray() && Operator.BETWEEN.code().equals(row.op) && value.size() == 2) {
            row.value = text(value.get(0));
            row.value2 = text(value.get(1));
        } else if (value != null && value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            row.value = String.join(", ", items);
        } else {
            row.value = text(value);
        }
        return row;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString();
    }

    private static Draft wrap(Draft node) {
        Draft all = new Draft(ALL);
        all.children.add(node);
        return all;
    }

    private static Draft fieldRow() {
        Draft row = new Draft(FIELD);
        row.field = Field.DEVICE.name();
        row.op = Operator.EQ.code();
        return row;
    }

    private static String kindOf(String kind) {
        return List.of(ALL, ANY, NOT, FIELD, BEHAVIOR).contains(kind) ? kind : FIELD;
    }

    // ---- editing --------------------------------------------------------------------------------

    /**
     * Applies an edit button of the form: {@code add-field:<id>}, {@code add-behavior:<id>} and
     * {@code add-group:<id>} add to the group {@code id}; {@code remove:<id>} removes the node (the
     * root stays). Unknown edits change nothing.
     */
    ConditionTree edit(String command) {
        if (command == null || !command.contains(":")) {
            return this;
        }
        String action = command.substring(0, command.indexOf(':'));
        Optional<Draft> target = find(command.substring(command.indexOf(':') + 1));
        if (target.isEmpty()) {
            return this;
        }
        Draft node = target.get();
        switch (action) {
            case "add-field" -> addTo(node, fieldRow());
            case "add-behavior" -> {
                Draft row = new Draft(BEHAVIOR);
                row.op = Operator.GTE.code();
                row.count = "1";
                row.within = "session";
                addTo(node, row);
            }
            case "add-group" -> {
                Draft group = new Draft(ANY);
                group.children.add(fieldRow());
                addTo(node, group);
            }
            case "remove" -> parentOf(root, node).ifPresent(parent -> parent.children.remove(node));
            default -> {
            }
        }
        return this;
    }

    private static void addTo(Draft group, Draft child) {
        if (group.group()) {
            group.children.add(child);
        }
    }

    private Optional<Draft> find(String id) {
        String[] parts = id.split("\\.");
        if (parts.length == 0 || !parts[0].equals("0")) {
            return Optional.empty();
        }
        Draft node = root;
        for (String part : Arrays.asList(parts).subList(1, parts.length)) {
            int index;
            try {
                index = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (index < 0 || index >= node.children.size()) {
                return Optional.empty();
            }
            node = node.children.get(index);
        }
        return Optional.of(node);
    }

    private static Optional<Draft> parentOf(Draft from, Draft node) {
        if (from.children.contains(node)) {
            return Optional.of(from);
        }
        return from.children.stream().map(child -> parentOf(child, node)).flatMap(Optional::stream).findFirst();
    }

    // ---- writing --------------------------------------------------------------------------------

    /** The condition as the parser reads it. */
    JsonNode toJson() {
        return json(root);
    }

    private static JsonNode json(Draft node) {
        switch (node.kind) {
            case ALL, ANY -> {
                ObjectNode group = JSON.objectNode();
                ArrayNode children = group.putArray(node.kind);
                node.children.forEach(child -> children.add(json(child)));
                return group;
            }
            case NOT -> {
                ObjectNode not = JSON.objectNode();
                not.set(NOT, node.children.isEmpty() ? JSON.nullNode() : json(node.children.get(0)));
                return not;
            }
            case BEHAVIOR -> {
                ObjectNode row = JSON.objectNode();
                row.put(BEHAVIOR, node.behavior);
                putIfPresent(row, "value", node.value.isEmpty() ? null : JSON.textNode(node.value));
                putIfPresent(row, "op", node.op.isEmpty() ? null : JSON.textNode(node.op));
                row.set("count", node.count.isEmpty() ? JSON.nullNode() : number(node.count).orElse(JSON.textNode(node.count)));
                putIfPresent(row, "within", node.within.isEmpty() ? null : JSON.textNode(node.within));
                return row;
            }
            default -> {
                ObjectNode row = JSON.objectNode();
                String name = CUSTOM.equals(node.field) ? CUSTOM + node.custom : node.field;
                row.put(FIELD, name);
                putIfPresent(row, "op", node.op.isEmpty() ? null : JSON.textNode(node.op));
                putIfPresent(row, "value", FormValues.typed(Field.named(name).map(Field::type).orElse(Field.Type.ANY),
                        Operator.fromCode(node.op).orElse(null), node.value, node.value2));
                return row;
            }
        }
    }

    private static void putIfPresent(ObjectNode row, String key, JsonNode value) {
        if (value != null) {
            row.set(key, value);
        }
    }

    private static Optional<JsonNode> number(String text) {
        return FormValues.number(text);
    }

    // ---- showing --------------------------------------------------------------------------------

    /**
     * The tree for the template, each node with its id, its JSON path and the parser's errors about
     * it. Errors at no node's path are left in {@code unplaced}.
     */
    Shown show(List<FieldError> errors) {
        List<FieldError> left = new ArrayList<>(errors);
        ConditionNode node = shown(root, "0", ConditionParser.ROOT, left);
        return new Shown(node, List.copyOf(left));
    }

    record Shown(ConditionNode root, List<FieldError> unplaced) {
    }

    private static ConditionNode shown(Draft node, String id, String path, List<FieldError> left) {
        List<ConditionNode> children = new ArrayList<>();
        for (int i = 0; i < node.children.size(); i++) {
            String childPath = switch (node.kind) {
                case NOT -> path + "." + NOT;
                default -> path + "." + node.kind + "[" + i + "]";
            };
            children.add(shown(node.children.get(i), id + "." + i, childPath, left));
        }
        List<FieldError> mine = new ArrayList<>();
        for (Iterator<FieldError> it = left.iterator(); it.hasNext(); ) {
            FieldError error = it.next();
            if (concerns(node, path, error.field())) {
                mine.add(new FieldError(error.field().substring(path.length()), error.message()));
                it.remove();
            }
        }
        return new ConditionNode(id, node.kind, node.field, node.custom, node.op, node.value, node.value2, node.behavior,
                node.count, node.within, children, path, mine);
    }

    private static boolean concerns(Draft node, String path, String field) {
        if (node.group()) {
            return field.equals(path) || field.equals(path + "." + node.kind);
        }
        return field.equals(path) || field.startsWith(path + ".");
    }
}
