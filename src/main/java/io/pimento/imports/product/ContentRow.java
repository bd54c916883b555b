package io.pimento.imports.product;

import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.csv.CsvRow;
import io.pimento.csv.ProductColumns;
import io.pimento.csv.ValueCells;
import io.pimento.csv.ValueSlot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One row of a product or product model file, read through its {@link ProductColumns}: only the
 * columns present are "given" (and change the resource), an empty cell clears. Values are read
 * against the resource's current values, because a price column touches only its currency and a
 * metric's amount keeps the stored unit when the file has no unit column.
 */
final class ContentRow {

    private final ProductColumns columns;
    private final CsvRow row;

    ContentRow(ProductColumns columns, CsvRow row) {
        this.columns = columns;
        this.row = row;
    }

    CsvRow row() {
        return row;
    }

    long line() {
        return row.line();
    }

    /** The identifier (or model code) exactly as written. */
    String identifier() {
        return row.cell(columns.identifier());
    }

    boolean has(int column) {
        return column >= 0;
    }

    String text(int column) {
        String cell = row.cell(column).strip();
        return cell.isEmpty() ? null : cell;
    }

    List<String> codes(int column) {
        String cell = row.cell(column).strip();
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** The value of the {@code enabled} column: 1/0 (true/false); an empty cell is the default, enabled. */
    Boolean enabled(List<String> errors) {
        String cell = row.cell(columns.enabled()).strip().toLowerCase(Locale.ROOT);
        return switch (cell) {
            case "", "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> {
                errors.add("enabled: '%s' is not a boolean; use 1 or 0".formatted(cell));
                yield null;
            }
        };
    }

    /**
     * The values the row gives, in the API's shape (null data clears a slot).
     *
     * @param current      the resource's values as it stands (with those it inherits), for prices and metric units
     * @param defaultUnit  an attribute's default metric unit
     * @param media        turns a media cell into a stored file key, or throws {@link ValueCells.CellException}
     * @param inherited    attributes a variant row inherits from its models: an empty cell there says nothing
     *                     (a variant cannot clear its model's value), a filled one must equal the inherited value
     */
    Map<String, List<ProductValue>> values(ProductValues current, Function<String, String> defaultUnit,
                                          Function<String, String> media, Predicate<String> inherited, List<String> errors) {
        Map<String, List<ProductValue>> values = new TreeMap<>();
        for (ValueSlot slot : columns.slots()) {
            boolean fromModel = inherited.test(slot.attribute().code());
            try {
                Object data = switch (slot.attribute().type()) {
                    case PRICE_COLLECTION -> prices(slot, current, fromModel);
                    case METRIC -> {
                        if (slot.data() < 0 && slot.unit() < 0) {
                            yield Skip.SLOT;
                        }
                        yield metric(slot, current, defaultUnit);
                    }
                    case IMAGE, FILE -> {
                        String cell = ValueCells.amount(row.cell(slot.data()));
                        yield cell == null ? null : media.apply(cell);
                    }
                    default -> ValueCells.parse(slot.attribute().type(), row.cell(slot.data()));
                };
                if (data == null && (fromModel || current.isEmpty() || current.find(slot.attribute().code(), slot.locale(), slot.scope()).isEmpty())) {
                    // nothing to clear: most cells of a wide file are empty, and each would cost a validation
                    continue;
                }
                if (data != Skip.SLOT) {
                    values.computeIfAbsent(slot.attribute().code(), a -> new ArrayList<>())
                            .add(new ProductValue(slot.locale(), slot.scope(), data));
                }
            } catch (ValueCells.CellException e) {
                errors.add(slot.baseColumn() + ": " + e.getMessage());
            }
        }
        return values;
    }

    /** The association targets the row gives, by type; each given type replaces its targets of that kind. */
    Map<String, AssociationTargets> associations(Map<String, AssociationTargets> current) {
        Map<String, Map<ProductColumns.TargetKind, List<String>>> given = new LinkedHashMap<>();
        for (ProductColumns.AssociationColumn column : columns.associations()) {
            given.computeIfAbsent(column.type(), t -> new LinkedHashMap<>()).put(column.kind(), codes(column.index()));
        }
        Map<String, AssociationTargets> result = new TreeMap<>();
        given.forEach((type, kinds) -> {
            AssociationTargets was = current.getOrDefault(type, new AssociationTargets(null, null, null));
            result.put(type, new AssociationTargets(
                    kinds.getOrDefault(ProductColumns.TargetKind.PRODUCTS, was.products()),
                    kinds.getOrDefault(ProductColumns.TargetKind.PRODUCT_MODELS, was.productModels()),
                    kinds.getOrDefault(ProductColumns.TargetKind.GROUPS, was.groups())));
        });
        return result;
    }

    private Object prices(ValueSlot slot, ProductValues current, boolean keepEmpty) {
        Map<String, Object> amounts = new TreeMap<>();
        current.find(slot.attribute().code(), slot.locale(), slot.scope()).ifPresent(v -> {
            if (v.data() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> price && price.get("currency") instanceof String currency) {
                        amounts.put(currency, price.get("amount"));
                    }
                }
            }
        });
        slot.currencies().forEach((currency, index) -> {
            String amount = ValueCells.amount(row.cell(index));
            if (amount == null) {
                if (!keepEmpty) {
                    amounts.remove(currency);
                }
            } else {
                amounts.put(currency, amount);
            }
        });
        if (amounts.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> prices = new ArrayList<>();
        amounts.forEach((currency, amount) -> {
            Map<String, Object> price = new LinkedHashMap<>();
            price.put("amount", amount);
            price.put("currency", currency);
            prices.add(price);
        });
        return prices;
    }

    private Object metric(ValueSlot slot, ProductValues current, Function<String, String> defaultUnit) {
        Map<?, ?> stored = current.find(slot.attribute().code(), slot.locale(), slot.scope())
                .map(ProductValue::data).filter(Map.class::isInstance).map(Map.class::cast).orElse(Map.of());
        Object amount = slot.data() >= 0 ? ValueCells.amount(row.cell(slot.data())) : stored.get("amount");
        if (amount == null) {
            return null;
        }
        String unit = slot.unit() >= 0 ? ValueCells.amount(row.cell(slot.unit())) : null;
        if (unit == null) {
            unit = stored.get("unit") instanceof String stuck ? stuck : defaultUnit.apply(slot.attribute().code());
        }
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("amount", amount);
        metric.put("unit", unit);
        return metric;
    }

    private enum Skip { SLOT }
}
