package io.pimento.catalog.support;

import io.pimento.catalog.StructureChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every {@link StructureChanged} event, as a cache or the search indexer would observe them. */
@ApplicationScoped
public class StructureChangeRecorder {

    private final List<StructureChanged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes StructureChanged event) {
        seen.add(event);
    }

    public List<StructureChanged> seen() {
        return List.copyOf(seen);
    }
}
