package io.pimento.web.segments;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.common.FieldError;
import io.pimento.targeting.condition.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * A visitor context typed as {@code key=value} lines ({@code device=mobile}, {@code visits=3},
 * {@code ctx.store=paris}), as the JSON context {@code VisitorContext.parse} reads: each value read
 * as its field's type. Lines that are not {@code key=value} are errors of the {@code context} field.
 */
public record VisitorContextLines(ObjectNode json, List<FieldError> errors) {

    public static final String FIELD = "context";

    public static VisitorContextLines parse(String text) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        List<FieldError> errors = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                errors.add(new FieldError(FIELD, "line %d, '%s', is not key=value (like device=mobile)".formatted(i + 1, line)));
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (!value.isEmpty()) {
                Field.Type type = Field.named(key).map(Field::type).orElse(Field.Type.TEXT);
                json.set(key, FormValues.scalar(type, value));
            }
        }
        return new VisitorContextLines(json, errors);
    }
}
