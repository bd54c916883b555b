package io.pimento.search.mapping;

import io.pimento.catalog.product.Product;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps {@link Product} to the {@code products} index programmatically, so the catalog package
 * stays free of search annotations. The whole document comes from {@link ProductDocumentBinder}.
 */
@SearchExtension
public class ProductSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep product = context.programmaticMapping().type(Product.class);
        product.indexed().index(ProductFields.INDEX);
        product.binder(new ProductDocumentBinder());
    }
}
