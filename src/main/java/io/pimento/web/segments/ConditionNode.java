package io.pimento.web.segments;

import io.pimento.common.FieldError;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One node of the condition editor as the template shows it: a group (all, any, not) with its
 * children, or a row (a field test or a behaviour count) with its inputs; {@code errors} are the
 * parser's, their field relative to the node's JSON {@code path} ({@code .op}, {@code .value[1]}).
 */
public record ConditionNode(String id, String kind, String field, String custom, String op, String value, String value2,
                            String behavior, String count, String within, List<ConditionNode> children, String path,
                            List<FieldError> errors) {

    public boolean isGroup() {
        return kind.equals(ConditionTree.ALL) || kind.equals(ConditionTree.ANY) || kind.equals(ConditionTree.NOT);
    }

    public boolean isBehavior() {
        return kind.equals(ConditionTree.BEHAVIOR);
    }

    public boolean isRoot() {
        return !id.contains(".");
    }

    /** A "not" holds one condition: once it has it, nothing more is added to it. */
    public boolean canAdd() {
        return isGroup() && !(kind.equals(ConditionTree.NOT) && !children.isEmpty());
    }

    public boolean isCustom() {
        return ConditionTree.CUSTOM.equals(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Whether the input for that key ({@code op}, {@code value}...) is what an error is about. */
    public boolean invalid(String key) {
        return errors.stream().anyMatch(e -> e.field().equals("." + key) || e.field().startsWith("." + key + "["));
    }

    /** The errors, for the line under the row. */
    public String errorText() {
        return errors.stream().map(FieldError::message).collect(Collectors.joining("; "));
    }

    // ---- the options of the selects

    public List<ConditionChoices.Choice> fieldChoices() {
        return ConditionChoices.conditionFields;
    }

    public List<ConditionChoices.Choice> operatorChoices() {
        return ConditionChoices.conditionOperators;
    }

    public List<ConditionChoices.Choice> countingChoices() {
        return ConditionChoices.conditionCountingOperators;
    }

    public List<ConditionChoices.Choice> behaviorChoices() {
        return ConditionChoices.conditionBehaviors;
    }

    public List<ConditionChoices.Choice> withinChoices() {
        return ConditionChoices.conditionWithins;
    }

    public List<ConditionChoices.Choice> groupChoices() {
        return ConditionChoices.conditionGroupKinds;
    }

    /** An id usable in HTML ids: {@code 0-1-2}. */
    public String htmlId() {
        return "c" + id.replace('.', '-');
    }
}
