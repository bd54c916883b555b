package io.pimento.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * For text fields a PATCH may clear: an explicit JSON {@code null} is read as "" (clear it) while
 * an absent field stays null (leave it), so a record can tell the two apart. Use with
 * {@code @JsonDeserialize(using = ExplicitNullAsEmpty.class)}. ({@code @JsonSetter(nulls =
 * Nulls.AS_EMPTY)} does not: Jackson gives absent record components the same empty value.)
 */
public final class ExplicitNullAsEmpty extends StdDeserializer<String> {

    public ExplicitNullAsEmpty() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return StringDeserializer.instance.deserialize(parser, context);
    }

    @Override
    public String getNullValue(DeserializationContext context) {
        return "";
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return null;
    }
}
