package io.pimento.catalog.product;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every {@link ProductsChanged} fired, as the search indexer would see them. */
@ApplicationScoped
public class ProductsChangedRecorder {

    private final List<Set<Long>> events = new CopyOnWriteArrayList<>();

    void onProductsChanged(@Observes ProductsChanged event) {
        events.add(Set.copyOf(event.productIds()));
    }

    /** A mark to look at the events fired after it. */
    public int mark() {
        return events.size();
    }

    public boolean announcedSince(int mark, long productId) {
        return events.subList(mark, events.size()).stream().anyMatch(ids -> ids.contains(productId));
    }

    public static long idOf(String identifier) {
        return QuarkusTransaction.requiringNew().call(() -> Product.findByIdentifier(identifier).orElseThrow().id);
    }
}
