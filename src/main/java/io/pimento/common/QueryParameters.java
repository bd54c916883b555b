package io.pimento.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Finds which query parameter of the matched resource method could not be converted to its Java
 * type ({@code limit=abc} for an {@code Integer limit}), for a 400 that names it: JAX-RS itself
 * answers such requests with a bare 404.
 */
final class QueryParameters {

    private static final Map<Class<?>, String> EXPECTED = Map.of(
            Integer.class, "a whole number", int.class, "a whole number",
            Long.class, "a whole number", long.class, "a whole number",
            Short.class, "a whole number", short.class, "a whole number",
            Double.class, "a number", double.class, "a number",
            BigDecimal.class, "a number");

    private QueryParameters() {
    }

    /** The first query parameter whose value does not convert, with why; null when none (a real 404). */
    static FieldError unconvertible(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || uri == null) {
            return null;
        }
        for (Parameter parameter : method.getParameters()) {
            String name = name(parameter);
            if (name == null) {
                continue;
            }
            List<String> values = uri.getQueryParameters().get(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!converts(parameter.getType(), value)) {
                    return new FieldError(name, "'%s' is not %s".formatted(Texts.abbreviate(value), expected(parameter.getType())));
                }
            }
        }
        return null;
    }

    private static String name(Parameter parameter) {
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? parameter.getName() : rest.value();
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        return query == null ? null : query.value();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        return EXPECTED.getOrDefault(type, "a valid " + type.getSimpleName());
    }

    private static boolean converts(Class<?> type, String value) {
        if (value == null || value.isEmpty() || type == String.class) {
            return true;
        }
        try {
            if (type == Integer.class || type == int.class) {
                Integer.valueOf(value);
            } else if (type == Long.class || type == long.class) {
                Long.valueOf(value);
            } else if (type == Short.class || type == short.class) {
                Short.valueOf(value);
            } else if (type == Double.class || type == double.class) {
                Double.valueOf(value);
            } else if (type == BigDecimal.class) {
                new BigDecimal(value);
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return true;
                    }
                }
                return false;
            } else {
                try {
                    type.getMethod("valueOf", String.class).invoke(null, value);
                } catch (NoSuchMethodException notConvertedThatWay) {
                    return true;
                }
            }
            return true;
        } catch (java.lang.reflect.InvocationTargetException | RuntimeException | IllegalAccessException e) {
            return false;
        }
    }
}
