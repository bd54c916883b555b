package io.pimento.history;

import io.pimento.common.Cursor;
import io.pimento.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The one reader of recorded history, for every kind of resource: newest first, a page at a time
 * (keyset on the entry id, so a deep page costs what the first does).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryReader {

    public Page<HistoryEntryPayload> page(String resourceType, String code, Integer limit, String after) {
        int size = Cursor.limit(limit);
        long before = Cursor.id(after, Long.MAX_VALUE);
        List<HistoryEntry> rows = HistoryEntry.<HistoryEntry>find(
                        "resourceType = ?1 and lower(resourceCode) = lower(?2) and id < ?3 order by id desc", resourceType, code, before)
                .range(0, size)
                .list();
        boolean more = rows.size() > size;
        List<HistoryEntry> page = more ? rows.subList(0, size) : rows;
        return Page.of(page.stream().map(HistoryEntryPayload::of).toList(),
                more ? Cursor.encode(String.valueOf(page.get(size - 1).id)) : null);
    }

    /** Whether anything was ever recorded for the resource: the history of a deleted one stays readable. */
    public boolean exists(String resourceType, String code) {
        return HistoryEntry.count("resourceType = ?1 and lower(resourceCode) = lower(?2)", resourceType, code) > 0;
    }
}
