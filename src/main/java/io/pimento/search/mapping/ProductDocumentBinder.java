package io.pimento.search.mapping;

import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductModel;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.environment.bean.BeanHolder;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Declares the product document's fields (static ones, and templates for the per-locale,
 * per-channel and per-attribute ones) and writes them from a {@link ProductDocument}.
 */
public class ProductDocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // Indexing is driven by the outbox, never by ORM change tracking: no dependencies to declare.
        context.dependencies().useRootOnly();
        IndexFieldTypeFactory types = context.typeFactory();
        IndexSchemaElement root = context.indexSchemaElement();

        Fields fields = new Fields(
                root.field(ProductFields.ID, types.asLong().sortable(Sortable.YES).projectable(Projectable.YES)).toReference(),
                root.field(ProductFields.IDENTIFIER, types.asString().normalizer(SearchAnalysis.SORT)
                        .sortable(Sortable.YES).projectable(Projectable.YES)).toReference(),
                root.field(ProductFields.IDENTIFIER_AUTOCOMPLETE, types.asString().analyzer(SearchAnalysis.AUTOCOMPLETE_INDEXING)
                        .searchAnalyzer(SearchAnalysis.AUTOCOMPLETE_SEARCH)).toReference(),
                root.field(ProductFields.FAMILY, types.asString().aggregable(Aggregable.YES).sortable(Sortable.YES)
                        .projectable(Projectable.YES)).toReference(),
                root.field(ProductFields.CATEGORIES, types.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                        .multiValued().toReference(),
                root.field(ProductFields.CATEGORY_PATHS, types.asString().aggregable(Aggregable.YES)).multiValued().toReference(),
                root.field(ProductFields.ENABLED, types.asBoolean().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                root.field(ProductFields.STATUS, types.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                root.field(ProductFields.PARENT, types.asString().projectable(Projectable.YES)).toReference(),
                root.field(ProductFields.CREATED, types.asInstant().sortable(Sortable.YES).projectable(Projectable.YES)).toReference(),
                root.field(ProductFields.UPDATED, types.asInstant().sortable(Sortable.YES).projectable(Projectable.YES)).toReference(),
                objectWithTemplate(root, ProductFields.COMPLETENESS,
                        types.asInteger().sortable(Sortable.YES).projectable(Projectable.YES).toIndexFieldType()),
                perLocaleText(root, ProductFields.LABEL, types, Projectable.YES),
                objectWithTemplate(root, ProductFields.LABEL_AUTOCOMPLETE, types.asString()
                        .analyzer(SearchAnalysis.AUTOCOMPLETE_INDEXING).searchAnalyzer(SearchAnalysis.AUTOCOMPLETE_SEARCH)
                        .toIndexFieldType()),
                objectWithTemplate(root, ProductFields.LABEL_SORT, types.asString().normalizer(SearchAnalysis.SORT)
                        .sortable(Sortable.YES).searchable(Searchable.NO).toIndexFieldType()),
                perLocaleText(root, ProductFields.FULLTEXT, types, Projectable.NO),
                multiValuedObjectWithTemplate(root, ProductFields.SELECT, types.asString().aggregable(Aggregable.YES)
                        .projectable(Projectable.YES).toIndexFieldType()),
                objectWithTemplate(root, ProductFields.TEXT, types.asString().normalizer(SearchAnalysis.SORT)
                        .sortable(Sortable.YES).projectable(Projectable.YES).toIndexFieldType()),
                objectWithTemplate(root, ProductFields.NUMBER, types.asDouble().sortable(Sortable.YES)
                        .projectable(Projectable.YES).toIndexFieldType()),
                objectWithTemplate(root, ProductFields.BOOLEAN, types.asBoolean().aggregable(Aggregable.YES)
                        .projectable(Projectable.YES).toIndexFieldType()),
                objectWithTemplate(root, ProductFields.DATE, types.asLocalDate().sortable(Sortable.YES)
                        .projectable(Projectable.YES).toIndexFieldType()),
                objectWithTemplate(root, ProductFields.PRICE, types.asDouble().sortable(Sortable.YES)
                        .projectable(Projectable.YES).toIndexFieldType()),
                objectWithTemplate(root, ProductFields.METRIC, types.asDouble().sortable(Sortable.YES)
                        .projectable(Projectable.YES).toIndexFieldType()));

        BeanHolder<CatalogStructures> structures = context.beanResolver()
                .resolve(CatalogStructures.class, BeanRetrieval.ANY);
        context.bridge(Product.class, new Bridge(fields, structures));
    }

    private static IndexObjectFieldReference objectWithTemplate(IndexSchemaElement root, String name,
                                                                org.hibernate.search.engine.backend.types.IndexFieldType<?> type) {
        IndexSchemaObjectField object = root.objectField(name);
        object.fieldTemplate(name + "_value", type);
        return object.toReference();
    }

    private static IndexObjectFieldReference multiValuedObjectWithTemplate(IndexSchemaElement root, String name,
                                                                           org.hibernate.search.engine.backend.types.IndexFieldType<?> type) {
        IndexSchemaObjectField object = root.objectField(name);
        object.fieldTemplate(name + "_value", type).multiValued();
        return object.toReference();
    }

    /** One text field per locale, analyzed with the locale's language analyzer ({@code en_*} → English...). */
    private static IndexObjectFieldReference perLocaleText(IndexSchemaElement root, String name, IndexFieldTypeFactory types,
                                                           Projectable projectable) {
        IndexSchemaObjectField object = root.objectField(name);
        // Templates are tried in declaration order: language-specific first, the standard analyzer last.
        SearchAnalysis.LANGUAGE_ANALYZERS.forEach((language, analyzer) ->
                object.fieldTemplate(name + "_" + language, types.asString().analyzer(analyzer).projectable(projectable))
                        .matchingPathGlob(language + "_*"));
        object.fieldTemplate(name + "_other", types.asString().analyzer(SearchAnalysis.STANDARD).projectable(projectable));
        return object.toReference();
    }

    private record Fields(IndexFieldReference<Long> id,
                          IndexFieldReference<String> identifier,
                          IndexFieldReference<String> identifierAutocomplete,
                          IndexFieldReference<String> family,
                          IndexFieldReference<String> categories,
                          IndexFieldReference<String> categoryPaths,
                          IndexFieldReference<Boolean> enabled,
                          IndexFieldReference<String> status,
                          IndexFieldReference<String> parent,
                          IndexFieldReference<Instant> created,
                          IndexFieldReference<Instant> updated,
                          IndexObjectFieldReference completeness,
                          IndexObjectFieldReference label,
                          IndexObjectFieldReference labelAutocomplete,
                          IndexObjectFieldReference labelSort,
                          IndexObjectFieldReference fulltext,
                          IndexObjectFieldReference select,
                          IndexObjectFieldReference text,
                          IndexObjectFieldReference number,
                          IndexObjectFieldReference bool,
                          IndexObjectFieldReference date,
                          IndexObjectFieldReference price,
                          IndexObjectFieldReference metric) {
    }

    private static final class Bridge implements TypeBridge<Product> {

        private final Fields fields;
        private final BeanHolder<CatalogStructures> structures;

        Bridge(Fields fields, BeanHolder<CatalogStructures> structures) {
            this.fields = fields;
            this.structures = structures;
        }

        @Override
        public void write(DocumentElement target, Product product, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            ProductDocument document = ProductDocumentBuilder.build(product, ancestors(session, product.parentId),
                    structures.get().current());
            target.addValue(fields.id, document.id());
            target.addValue(fields.identifier, document.identifier());
            target.addValue(fields.identifierAutocomplete, document.identifier());
            target.addValue(fields.family, document.family());
            document.categories().forEach(code -> target.addValue(fields.categories, code));
            document.categoryPaths().forEach(code -> target.addValue(fields.categoryPaths, code));
            target.addValue(fields.enabled, document.enabled());
            target.addValue(fields.status, document.status());
            target.addValue(fields.parent, document.parent());
            target.addValue(fields.created, document.created());
            target.addValue(fields.updated, document.updated());
            addAll(target, fields.completeness, document.completeness());
            addAll(target, fields.label, document.labels());
            addAll(target, fields.labelAutocomplete, document.labels());
            addAll(target, fields.labelSort, document.labels());
            addAll(target, fields.fulltext, document.fulltext());
            DocumentElement select = target.addObject(fields.select);
            document.selects().forEach((leaf, codes) -> codes.forEach(code -> select.addValue(leaf, code)));
            addAll(target, fields.text, document.texts());
            addAll(target, fields.number, document.numbers());
            addAll(target, fields.bool, document.booleans());
            addAll(target, fields.date, document.dates());
            addAll(target, fields.price, document.prices());
            addAll(target, fields.metric, document.metrics());
        }

        private static void addAll(DocumentElement target, IndexObjectFieldReference object, Map<String, ?> values) {
            DocumentElement element = target.addObject(object);
            values.forEach(element::addValue);
        }

        /** The parent model, then its parent; the indexer preloads them so these are cache hits. */
        private static List<ProductModel> ancestors(Session session, Long parentId) {
            List<ProductModel> ancestors = new ArrayList<>(2);
            Long next = parentId;
            while (next != null && ancestors.size() < 3) {
                ProductModel model = session.find(ProductModel.class, next);
                if (model == null) {
                    break;
                }
                ancestors.add(model);
                next = model.parentId;
            }
            return ancestors;
        }

        @Override
        public void close() {
            structures.close();
        }
    }
}
