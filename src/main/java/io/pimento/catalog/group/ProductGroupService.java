package io.pimento.catalog.group;

import io.pimento.catalog.support.Codes;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.ConflictException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;

/** Akeneo's product groups, kept so that Akeneo catalogs move over without loss. The type is fixed at creation. */
@ApplicationScoped
public class ProductGroupService extends StructureService<ProductGroup, ProductGroupPayload> {

    public ProductGroupService() {
        super(ProductGroup.class, "group", "group");
    }

    @Override
    protected String codeOf(ProductGroup entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(ProductGroup entity) {
        return entity.version;
    }

    @Override
    protected ProductGroupPayload toPayload(ProductGroup entity) {
        return new ProductGroupPayload(entity.code, entity.type, Labels.copy(entity.labels), entity.version);
    }

    @Override
    protected ProductGroupPayload defaults(String code) {
        return new ProductGroupPayload(code, null, Map.of(), null);
    }

    @Override
    protected ProductGroupPayload merge(ProductGroupPayload base, ProductGroupPayload patch) {
        return new ProductGroupPayload(base.code(), patch.type() != null ? patch.type() : base.type(),
                Labels.merge(base.labels(), patch.labels()), base.version());
    }

    @Override
    protected ProductGroupPayload validate(String code, ProductGroupPayload target, ProductGroup existing, Violations violations) {
        String type = target.type();
        if (type == null || type.isBlank()) {
            violations.add("type", "a group needs a type, such as RELATED or XSELL");
        } else if (Codes.check("type", type, violations)) {
            type = type.toUpperCase(Locale.ROOT);
            if (existing != null && !existing.type.equals(type)) {
                violations.add("type", "the type cannot be changed once the group exists (it is %s)".formatted(existing.type));
            }
        }
        return new ProductGroupPayload(code, type, Labels.validate("labels", target.labels(), violations), target.version());
    }

    @Override
    protected ProductGroup newEntity(String code) {
        ProductGroup group = new ProductGroup();
        group.code = code;
        return group;
    }

    @Override
    protected void write(ProductGroupPayload state, ProductGroup entity) {
        entity.type = state.type();
        entity.labels = Labels.copy(state.labels());
    }

    @Override
    protected void checkDeletable(ProductGroup entity) {
        boolean used = !Panache.getEntityManager()
                .createNativeQuery("select 1 from product where groups @> jsonb_build_array(cast(:code as text)) limit 1")
                .setParameter("code", entity.code)
                .getResultList()
                .isEmpty();
        if (used) {
            throw new ConflictException("group '%s' still has products; remove them from it first".formatted(entity.code));
        }
    }
}
