package io.pimento.catalog.attribute;

import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Attribute groups: how attributes are grouped on the product form. */
@ApplicationScoped
public class AttributeGroupService extends StructureService<AttributeGroup, AttributeGroupPayload> {

    public AttributeGroupService() {
        super(AttributeGroup.class, "attribute_group", "attribute group");
    }

    @Override
    protected String codeOf(AttributeGroup entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(AttributeGroup entity) {
        return entity.version;
    }

    @Override
    protected AttributeGroupPayload toPayload(AttributeGroup entity) {
        return new AttributeGroupPayload(entity.code, entity.sortOrder, Labels.copy(entity.labels), entity.version);
    }

    @Override
    protected AttributeGroupPayload defaults(String code) {
        return new AttributeGroupPayload(code, 0, Map.of(), null);
    }

    @Override
    protected AttributeGroupPayload merge(AttributeGroupPayload base, AttributeGroupPayload patch) {
        return new AttributeGroupPayload(base.code(),
                patch.sortOrder() != null ? patch.sortOrder() : base.sortOrder(),
                Labels.merge(base.labels(), patch.labels()),
                base.version());
    }

    @Override
    protected AttributeGroupPayload validate(String code, AttributeGroupPayload target, AttributeGroup existing, Violations violations) {
        return new AttributeGroupPayload(code, target.sortOrder(), Labels.validate("labels", target.labels(), violations), target.version());
    }

    @Override
    protected AttributeGroup newEntity(String code) {
        AttributeGroup group = new AttributeGroup();
        group.code = code;
        return group;
    }

    @Override
    protected void write(AttributeGroupPayload state, AttributeGroup entity) {
        entity.sortOrder = state.sortOrder();
        entity.labels = Labels.copy(state.labels());
    }

    @Override
    protected void checkDeletable(AttributeGroup entity) {
        long attributes = Attribute.count("group", entity.code);
        if (attributes > 0) {
            throw new ConflictException("attribute group '%s' still holds %d attributes; move them to another group first"
                    .formatted(entity.code, attributes));
        }
    }
}
