package io.pimento.history;

import io.pimento.common.BadRequestException;
import io.pimento.common.Cursor;
import io.pimento.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Reads a resource's history, newest first, a page at a time (keyset on the entry id). */
@ApplicationScoped
public class HistoryReader {

    public Page<HistoryEntryPayload> page(String resourceType, String code, Integer limit, String after) {
        int size = Cursor.limit(limit);
        Long before = beforeId(Cursor.decode(after));
        List<HistoryEntry> rows = (before == null
                ? HistoryEntry.<HistoryEntry>find("resourceType = ?1 and lower(resourceCode) = lower(?2) order by id desc", resourceType, code)
                : HistoryEntry.<HistoryEntry>find("resourceType = ?1 and lower(resourceCode) = lower(?2) and id < ?3 order by id desc", resourceType, code, before))
                .range(0, size)
                .list();
        boolean more = rows.size() > size;
        List<HistoryEntry> page = more ? rows.subList(0, size) : rows;
        return Page.of(page.stream().map(HistoryEntryPayload::of).toList(),
                more ? Cursor.encode(String.valueOf(page.get(size - 1).id)) : null);
    }

    private static Long beforeId(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return Long.valueOf(cursor);
        } catch (NumberFormatException e) {
            throw BadRequestException.of("after", "invalid cursor");
        }
    }
}
