package io.pimento.akeneo;

import io.pimento.common.Cursor;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Akeneo's pagination parameters: {@code pagination_type} {@code page} (with {@code page},
 * {@code with_count}) or {@code search_after} (an opaque cursor), and {@code limit} (default 10,
 * at most 100). Wrong values are Akeneo's 422, never ignored.
 */
public record Pagination(boolean searchAfter, int page, int limit, String after, boolean withCount) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = Cursor.MAX_LIMIT;

    public static Pagination of(String type, String page, String limit, String searchAfter, String withCount) {
        boolean byCursor;
        if (type == null || type.isEmpty() || type.equals("page")) {
            byCursor = false;
        } else if (type.equals("search_after")) {
            byCursor = true;
        } else {
            throw AkeneoException.unprocessable("Pagination type does not exist: \"%s\" (use page or search_after)".formatted(type));
        }
        int size = number("limit", limit, DEFAULT_LIMIT);
        if (size > MAX_LIMIT) {
            throw AkeneoException.unprocessable("You cannot request more than %d items.".formatted(MAX_LIMIT));
        }
        int pageNumber = number("page", page, 1);
        return new Pagination(byCursor, pageNumber, size, byCursor ? searchAfter : null, flag("with_count", withCount));
    }

    public int offset() {
        return (page - 1) * limit;
    }

    /**
     * The list answer: {@code self}, {@code first}, {@code previous} and {@code next} links built on
     * the request's own URL (other parameters such as {@code search} are kept, so following a link
     * repeats the same query), {@code items_count} when asked for in page mode.
     *
     * @param nextCursor the cursor after the last item when there is a next page (search_after mode), else null
     * @param more       whether there is a next page
     */
    public <T> HalList<T> answer(UriInfo uri, List<T> items, boolean more, String nextCursor, java.util.function.LongSupplier count) {
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", new Link(uri.getRequestUri().toString()));
        if (searchAfter) {
            links.put("first", link(uri, builder -> builder.replaceQueryParam("search_after")));
            if (more) {
                links.put("next", link(uri, builder -> builder.replaceQueryParam("search_after", nextCursor)));
            }
            return new HalList<>(links, null, null, new HalList.Embedded<>(items));
        }
        links.put("first", link(uri, builder -> builder.replaceQueryParam("page", 1)));
        if (page > 1) {
            links.put("previous", link(uri, builder -> builder.replaceQueryParam("page", page - 1)));
        }
        if (more) {
            links.put("next", link(uri, builder -> builder.replaceQueryParam("page", page + 1)));
        }
        return new HalList<>(links, page, withCount ? count.getAsLong() : null, new HalList.Embedded<>(items));
    }

    private static Link link(UriInfo uri, java.util.function.UnaryOperator<UriBuilder> change) {
        return new Link(change.apply(uri.getRequestUriBuilder()).build().toString());
    }

    private static int number(String name, String value, int ifAbsent) {
        if (value == null || value.isEmpty()) {
            return ifAbsent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw AkeneoException.unprocessable("\"%s\" is not a valid %s: a whole number of 1 or more is expected"
                .formatted(abbreviate(value), name));
    }

    /** A boolean query parameter; PHP's client sends booleans as {@code true}/{@code false} or {@code 1}/{@code 0}. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || value.equals("false") || value.equals("0")) {
            return false;
        }
        if (value.equals("true") || value.equals("1")) {
            return true;
        }
        throw AkeneoException.unprocessable("\"%s\" is not a valid %s: true or false is expected".formatted(abbreviate(value), name));
    }

    static String abbreviate(String value) {
        return io.pimento.common.Texts.abbreviate(value);
    }
}
