package io.pimento.catalog.attribute;

import io.pimento.catalog.family.Family;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.catalog.support.Decimals;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.BadRequestException;
import io.pimento.common.ConflictException;
import io.pimento.common.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attributes. Type, localizable and scopable cannot change once an attribute exists (values
 * already stored depend on them), and the catalog has a single identifier attribute.
 */
@ApplicationScoped
public class AttributeService extends StructureService<Attribute, AttributePayload> {

    public AttributeService() {
        super(Attribute.class, "attribute", "attribute");
    }

    /** Attributes, optionally only of one type and/or group. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AttributePayload> list(Integer limit, String after, String type, String group) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (type != null) {
            AttributeType wanted = AttributeType.fromCode(type)
                    .orElseThrow(() -> BadRequestException.of("type", "'%s' is not an attribute type; use one of %s".formatted(type, AttributeRules.typeCodes())));
            condition.append(" and e.type = :type");
            parameters.put("type", wanted);
        }
        if (group != null) {
            condition.append(" and lower(e.group) = lower(:group)");
            parameters.put("group", group);
        }
        return list(limit, after, condition.toString(), parameters);
    }

    /** The catalog's identifier attribute (its products' SKU), if one was created. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Attribute> identifier() {
        return Attribute.find("type", AttributeType.IDENTIFIER).firstResultOptional();
    }

    @Override
    protected String codeOf(Attribute entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(Attribute entity) {
        return entity.version;
    }

    @Override
    protected AttributePayload toPayload(Attribute a) {
        return new AttributePayload(a.code, a.type.code(), a.group, a.localizable, a.scopable, a.unique, a.useableAsGridFilter,
                a.sortOrder, Labels.copy(a.labels), List.copyOf(a.availableLocales), a.maxCharacters, a.validationRule,
                a.validationRegexp, Decimals.normalize(a.numberMin), Decimals.normalize(a.numberMax), a.decimalsAllowed,
                a.negativeAllowed, a.dateMin == null ? null : a.dateMin.toString(), a.dateMax == null ? null : a.dateMax.toString(),
                a.metricFamily, a.defaultMetricUnit, List.copyOf(a.allowedExtensions), Decimals.normalize(a.maxFileSize),
                a.referenceDataName, a.version);
    }

    @Override
    protected AttributePayload defaults(String code) {
        return new AttributePayload(code, null, null, false, false, false, false, 0, Map.of(), List.of(), null, null, null,
                null, null, null, null, null, null, null, null, List.of(), null, null, null);
    }

    @Override
    protected AttributePayload merge(AttributePayload b, AttributePayload p) {
        return new AttributePayload(b.code(), or(p.type(), b.type()), or(p.group(), b.group()),
                or(p.localizable(), b.localizable()), or(p.scopable(), b.scopable()), or(p.unique(), b.unique()),
                or(p.useableAsGridFilter(), b.useableAsGridFilter()), or(p.sortOrder(), b.sortOrder()),
                Labels.merge(b.labels(), p.labels()), or(p.availableLocales(), b.availableLocales()),
                or(p.maxCharacters(), b.maxCharacters()), or(p.validationRule(), b.validationRule()),
                or(p.validationRegexp(), b.validationRegexp()), or(p.numberMin(), b.numberMin()), or(p.numberMax(), b.numberMax()),
                or(p.decimalsAllowed(), b.decimalsAllowed()), or(p.negativeAllowed(), b.negativeAllowed()),
                or(p.dateMin(), b.dateMin()), or(p.dateMax(), b.dateMax()), or(p.metricFamily(), b.metricFamily()),
                or(p.defaultMetricUnit(), b.defaultMetricUnit()), or(p.allowedExtensions(), b.allowedExtensions()),
                or(p.maxFileSize(), b.maxFileSize()), or(p.referenceDataName(), b.referenceDataName()), b.version());
    }

    private static <T> T or(T given, T base) {
        return given != null ? given : base;
    }

    @Override
    protected AttributePayload validate(String code, AttributePayload target, Attribute existing, Violations violations) {
        AttributeDraft draft = new AttributeDraft(target);
        draft.code = code;
        AttributeType type = checkType(draft, existing, violations);
        checkGroup(draft, violations);
        if (existing != null) {
            if (draft.localizable != existing.localizable) {
                violations.add("localizable", "localizable cannot be changed once the attribute exists (it is %s)".formatted(existing.localizable));
            }
            if (draft.scopable != existing.scopable) {
                violations.add("scopable", "scopable cannot be changed once the attribute exists (it is %s)".formatted(existing.scopable));
            }
        }
        draft.labels = Labels.validate("labels", draft.labels, violations);
        if (type != null) {
            AttributeRules.check(type, draft, violations);
        }
        return draft.toPayload();
    }

    private AttributeType checkType(AttributeDraft draft, Attribute existing, Violations violations) {
        if (draft.type == null || draft.type.isBlank()) {
            violations.add("type", "an attribute needs a type, one of " + AttributeRules.typeCodes());
            return null;
        }
        AttributeType type = AttributeType.fromCode(draft.type).orElse(null);
        if (type == null) {
            violations.add("type", "'%s' is not an attribute type; use one of %s".formatted(draft.type, AttributeRules.typeCodes()));
            return null;
        }
        draft.type = type.code();
        if (existing != null && existing.type != type) {
            violations.add("type", "the type cannot be changed once the attribute exists (it is %s)".formatted(existing.type.code()));
            return null;
        }
        if (type == AttributeType.IDENTIFIER) {
            identifier().filter(other -> existing == null || !other.code.equals(existing.code)).ifPresent(other ->
                    violations.add("type", "the catalog already has an identifier attribute, '%s'; there can only be one".formatted(other.code)));
        }
        return type;
    }

    private static void checkGroup(AttributeDraft draft, Violations violations) {
        if (draft.group == null || draft.group.isBlank()) {
            violations.add("group", "an attribute needs a group (the code of an attribute group)");
            return;
        }
        CodeLookup.find(AttributeGroup.class, draft.group).ifPresentOrElse(
                group -> draft.group = group.code,
                () -> violations.add("group", "attribute group '%s' does not exist".formatted(draft.group)));
    }

    @Override
    protected Attribute newEntity(String code) {
        Attribute attribute = new Attribute();
        attribute.code = code;
        return attribute;
    }

    @Override
    protected void write(AttributePayload s, Attribute a) {
        a.type = AttributeType.fromCode(s.type()).orElseThrow();
        a.group = s.group();
        a.localizable = s.localizable();
        a.scopable = s.scopable();
        a.unique = s.unique();
        a.useableAsGridFilter = s.useableAsGridFilter();
        a.sortOrder = s.sortOrder();
        a.labels = Labels.copy(s.labels());
        a.availableLocales = new ArrayList<>(s.availableLocales());
        a.maxCharacters = s.maxCharacters();
        a.validationRule = s.validationRule();
        a.validationRegexp = s.validationRegexp();
        a.numberMin = s.numberMin();
        a.numberMax = s.numberMax();
        a.decimalsAllowed = s.decimalsAllowed();
        a.negativeAllowed = s.negativeAllowed();
        a.dateMin = s.dateMin() == null ? null : LocalDate.parse(s.dateMin());
        a.dateMax = s.dateMax() == null ? null : LocalDate.parse(s.dateMax());
        a.metricFamily = s.metricFamily();
        a.defaultMetricUnit = s.defaultMetricUnit();
        a.allowedExtensions = new ArrayList<>(s.allowedExtensions());
        a.maxFileSize = s.maxFileSize();
        a.referenceDataName = s.referenceDataName();
        a.updatedAt = Instant.now();
    }

    @Override
    protected void checkDeletable(Attribute entity) {
        List<String> families = Family.codesUsingAttribute(entity.code);
        if (!families.isEmpty()) {
            throw new ConflictException("attribute '%s' is used by the families %s; remove it from them first".formatted(entity.code, families));
        }
        if (hasValues(entity.code)) {
            throw new ConflictException("products or product models still have values for attribute '%s'".formatted(entity.code));
        }
    }

    private static boolean hasValues(String code) {
        return !Panache.getEntityManager()
                .createNativeQuery("select 1 from product where jsonb_exists(\"values\", :code) "
                        + "union all select 1 from product_model where jsonb_exists(\"values\", :code) limit 1")
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
    }
}
