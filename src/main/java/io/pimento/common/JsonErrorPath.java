package io.pimento.common;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON body Jackson failed, as the field of a problem's error: {@code values.name[0].data}. */
public final class JsonErrorPath {

    private JsonErrorPath() {
    }

    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
