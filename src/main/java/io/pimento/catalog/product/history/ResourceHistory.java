package io.pimento.catalog.product.history;

import io.pimento.common.Cursor;
import io.pimento.common.Page;
import io.pimento.history.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads the recorded history of one product or product model, newest first, page by page. */
@ApplicationScoped
public class ResourceHistory {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryItem> page(String resourceType, String code, Integer limit, String after) {
        int size = Cursor.limit(limit);
        long before = Cursor.id(after, Long.MAX_VALUE);
        List<HistoryEntry> entries = HistoryEntry.<HistoryEntry>find(
                        "resourceType = ?1 and lower(resourceCode) = lower(?2) and id < ?3 order by id desc", resourceType, code, before)
                .page(0, size + 1).list();
        boolean more = entries.size() > size;
        List<HistoryEntry> page = more ? entries.subList(0, size) : entries;
        List<HistoryItem> items = page.stream()
                .map(e -> new HistoryItem(e.version, e.action, e.author, e.changedAt, e.changes))
                .toList();
        return Page.of(items, more ? Cursor.encode(String.valueOf(page.get(page.size() - 1).id)) : null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String resourceType, String code) {
        return HistoryEntry.count("resourceType = ?1 and lower(resourceCode) = lower(?2)", resourceType, code) > 0;
    }
}
