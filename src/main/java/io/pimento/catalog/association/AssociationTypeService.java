package io.pimento.catalog.association;

import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.ConflictException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Association types. Whether a type is two-way or quantified shapes the associations already
 * stored, so neither can change once the type exists (as in Akeneo).
 */
@ApplicationScoped
public class AssociationTypeService extends StructureService<AssociationType, AssociationTypePayload> {

    public AssociationTypeService() {
        super(AssociationType.class, "association_type", "association type");
    }

    @Override
    protected String codeOf(AssociationType entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(AssociationType entity) {
        return entity.version;
    }

    @Override
    protected AssociationTypePayload toPayload(AssociationType entity) {
        return new AssociationTypePayload(entity.code, Labels.copy(entity.labels), entity.twoWay, entity.quantified, entity.version);
    }

    @Override
    protected AssociationTypePayload defaults(String code) {
        return new AssociationTypePayload(code, Map.of(), false, false, null);
    }

    @Override
    protected AssociationTypePayload merge(AssociationTypePayload base, AssociationTypePayload patch) {
        return new AssociationTypePayload(base.code(), Labels.merge(base.labels(), patch.labels()),
                patch.twoWay() != null ? patch.twoWay() : base.twoWay(),
                patch.quantified() != null ? patch.quantified() : base.quantified(),
                base.version());
    }

    @Override
    protected AssociationTypePayload validate(String code, AssociationTypePayload target, AssociationType existing, Violations violations) {
        if (existing != null && existing.twoWay != target.twoWay()) {
            violations.add("is_two_way", "is_two_way cannot be changed once the association type exists (it is %s)".formatted(existing.twoWay));
        }
        if (existing != null && existing.quantified != target.quantified()) {
            violations.add("is_quantified", "is_quantified cannot be changed once the association type exists (it is %s)".formatted(existing.quantified));
        }
        if (target.twoWay() && target.quantified()) {
            violations.add("is_quantified", "an association type cannot be both two-way and quantified");
        }
        return new AssociationTypePayload(code, Labels.validate("labels", target.labels(), violations),
                target.twoWay(), target.quantified(), target.version());
    }

    @Override
    protected AssociationType newEntity(String code) {
        AssociationType type = new AssociationType();
        type.code = code;
        return type;
    }

    @Override
    protected void write(AssociationTypePayload state, AssociationType entity) {
        entity.labels = Labels.copy(state.labels());
        entity.twoWay = state.twoWay();
        entity.quantified = state.quantified();
    }

    @Override
    protected void checkDeletable(AssociationType entity) {
        boolean used = !Panache.getEntityManager()
                .createNativeQuery("select 1 from product where jsonb_exists(associations, :code) "
                        + "union all select 1 from product_model where jsonb_exists(associations, :code) limit 1")
                .setParameter("code", entity.code)
                .getResultList()
                .isEmpty();
        if (used) {
            throw new ConflictException("association type '%s' is still used by product associations; remove them first".formatted(entity.code));
        }
    }
}
