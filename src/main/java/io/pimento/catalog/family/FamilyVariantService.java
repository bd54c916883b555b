package io.pimento.catalog.family;

import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.catalog.support.Codes;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.ConflictException;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Family variants: how a family's product models split into one or two levels of variants. The
 * axes of a level must tell its children apart with one value each, so they are simple selects,
 * booleans or metrics that are neither localizable nor scopable; they cannot change afterwards.
 */
@ApplicationScoped
public class FamilyVariantService extends StructureService<FamilyVariant, FamilyVariantPayload> {

    static final int MAX_LEVELS = 2;
    static final int MAX_AXES = 5;
    private static final Set<AttributeType> AXIS_TYPES = EnumSet.of(
            AttributeType.SIMPLESELECT, AttributeType.REFERENCE_DATA_SIMPLESELECT, AttributeType.BOOLEAN, AttributeType.METRIC);

    public FamilyVariantService() {
        super(FamilyVariant.class, "family_variant", "family variant");
    }

    /** The variants of one family (404 when the family does not exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FamilyVariantPayload> list(String family, Integer limit, String after) {
        if (family == null) {
            return list(limit, after);
        }
        Family owner = CodeLookup.find(Family.class, family).orElseThrow(() -> NotFoundException.of("Family", family));
        return list(limit, after, "e.family = :family", Map.of("family", owner.code));
    }

    /** A variant, provided it belongs to this family. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FamilyVariantPayload get(String family, String code) {
        FamilyVariantPayload variant = get(code);
        if (!Codes.same(variant.family(), family)) {
            throw new NotFoundException("family '%s' has no family variant '%s'".formatted(family, code));
        }
        return variant;
    }

    /** The payload with the family of the URL, which the body may repeat but not contradict. */
    public static FamilyVariantPayload inFamily(String family, FamilyVariantPayload payload) {
        if (payload == null || payload.family() == null) {
            return payload == null ? null : new FamilyVariantPayload(payload.code(), family, payload.labels(), payload.variantAttributeSets(), payload.version());
        }
        if (!Codes.same(payload.family(), family)) {
            throw InvalidDataException.of("family", "the family in the body ('%s') differs from the one in the path ('%s')".formatted(payload.family(), family));
        }
        return payload;
    }

    @Override
    protected String codeOf(FamilyVariant entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(FamilyVariant entity) {
        return entity.version;
    }

    @Override
    protected FamilyVariantPayload toPayload(FamilyVariant v) {
        return new FamilyVariantPayload(v.code, v.family, Labels.copy(v.labels),
                v.variantAttributeSets.stream().map(s -> new FamilyVariantPayload.Level(s.level(), s.axes(), s.attributes())).toList(),
                v.version);
    }

    @Override
    protected FamilyVariantPayload defaults(String code) {
        return new FamilyVariantPayload(code, null, Map.of(), List.of(), null);
    }

    @Override
    protected FamilyVariantPayload merge(FamilyVariantPayload base, FamilyVariantPayload patch) {
        return new FamilyVariantPayload(base.code(),
                patch.family() != null ? patch.family() : base.family(),
                Labels.merge(base.labels(), patch.labels()),
                patch.variantAttributeSets() != null ? patch.variantAttributeSets() : base.variantAttributeSets(),
                base.version());
    }

    @Override
    protected FamilyVariantPayload validate(String code, FamilyVariantPayload target, FamilyVariant existing, Violations violations) {
        Map<String, String> labels = Labels.validate("labels", target.labels(), violations);
        Family family = family(target.family(), existing, violations);
        if (family == null) {
            return target;
        }
        List<FamilyVariantPayload.Level> levels = levels(family, target.variantAttributeSets(), violations);
        if (existing != null && violations.isEmpty()) {
            checkAxesUnchanged(existing, levels, violations);
        }
        return new FamilyVariantPayload(code, family.code, labels, levels, target.version());
    }

    private static Family family(String given, FamilyVariant existing, Violations violations) {
        if (given == null || given.isBlank()) {
            violations.add("family", "a family variant needs the code of its family");
            return null;
        }
        if (existing != null && !Codes.same(given, existing.family)) {
            violations.add("family", "the family cannot be changed once the family variant exists (it is '%s')".formatted(existing.family));
            return null;
        }
        Family family = CodeLookup.find(Family.class, given).orElse(null);
        if (family == null) {
            violations.add("family", "family '%s' does not exist".formatted(given));
        }
        return family;
    }

    private static List<FamilyVariantPayload.Level> levels(Family family, List<FamilyVariantPayload.Level> given, Violations violations) {
        String field = "variant_attribute_sets";
        if (given == null || given.isEmpty()) {
            violations.add(field, "a family variant needs one or two levels of variant attribute sets");
            return List.of();
        }
        if (given.size() > MAX_LEVELS) {
            violations.add(field, "a family variant has at most %d levels, not %d".formatted(MAX_LEVELS, given.size()));
            return List.of();
        }
        Map<String, Attribute> members = new HashMap<>();
        CodeLookup.findAll(Attribute.class, family.attributes, a -> a.code).forEach(members::put);
        Map<String, Integer> placed = new HashMap<>();
        List<FamilyVariantPayload.Level> levels = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            FamilyVariantPayload.Level level = given.get(i);
            String at = field + "[" + i + "]";
            int number = i + 1;
            if (level == null) {
                violations.add(at, "a level cannot be null");
                continue;
            }
            if (level.level() != null && level.level() != number) {
                violations.add(at + ".level", "levels are numbered 1 and 2, in order; this one is level %d".formatted(number));
            }
            boolean last = i == given.size() - 1;
            Set<String> axes = axes(family, members, level.axes(), at + ".axes", number, placed, violations);
            Set<String> attributes = new LinkedHashSet<>(axes);
            List<String> codes = level.attributes() == null ? List.of() : level.attributes();
            for (int k = 0; k < codes.size(); k++) {
                String attributeField = at + ".attributes[" + k + "]";
                Attribute attribute = members.get(Codes.key(codes.get(k)));
                if (attribute == null) {
                    violations.add(attributeField, "attribute '%s' is not an attribute of family '%s'".formatted(codes.get(k), family.code));
                    continue;
                }
                if (attributes.contains(attribute.code)) {
                    continue;
                }
                Integer elsewhere = placed.putIfAbsent(Codes.key(attribute.code), number);
                if (elsewhere != null && elsewhere != number) {
                    violations.add(attributeField, "attribute '%s' is already at level %d; an attribute belongs to one level only".formatted(attribute.code, elsewhere));
                    continue;
                }
                if (!last && (attribute.type == AttributeType.IDENTIFIER || attribute.unique)) {
                    violations.add(attributeField, "attribute '%s' is unique to each product, so it belongs to the last level".formatted(attribute.code));
                    continue;
                }
                attributes.add(attribute.code);
            }
            if (last) {
                // As in Akeneo, the identifier always lives on the variant products themselves.
                members.values().stream()
                        .filter(a -> a.type == AttributeType.IDENTIFIER && !placed.containsKey(Codes.key(a.code)))
                        .forEach(a -> {
                            attributes.add(a.code);
                            placed.put(Codes.key(a.code), number);
                        });
            }
            levels.add(new FamilyVariantPayload.Level(number, List.copyOf(axes), List.copyOf(attributes)));
        }
        return levels;
    }

    private static Set<String> axes(Family family, Map<String, Attribute> members, List<String> given, String field, int number,
                                    Map<String, Integer> placed, Violations violations) {
        Set<String> axes = new LinkedHashSet<>();
        if (given == null || given.isEmpty()) {
            violations.add(field, "each level needs at least one axis");
            return axes;
        }
        if (given.size() > MAX_AXES) {
            violations.add(field, "a level has at most %d axes".formatted(MAX_AXES));
            return axes;
        }
        for (int j = 0; j < given.size(); j++) {
            String at = field + "[" + j + "]";
            Attribute attribute = members.get(Codes.key(given.get(j)));
            if (attribute == null) {
                violations.add(at, "attribute '%s' is not an attribute of family '%s'".formatted(given.get(j), family.code));
            } else if (!AXIS_TYPES.contains(attribute.type)) {
                violations.add(at, "attribute '%s' is a %s attribute; axes must be %s attributes".formatted(attribute.code, attribute.type.code(),
                        AXIS_TYPES.stream().map(AttributeType::code).collect(Collectors.joining(", "))));
            } else if (attribute.localizable || attribute.scopable) {
                violations.add(at, "attribute '%s' is localizable or scopable; an axis needs a single value per product".formatted(attribute.code));
            } else {
                Integer elsewhere = placed.putIfAbsent(Codes.key(attribute.code), number);
                if (elsewhere != null) {
                    violations.add(at, "attribute '%s' is already %s".formatted(attribute.code,
                            elsewhere == number ? "an axis of this level" : "used at level " + elsewhere));
                } else {
                    axes.add(attribute.code);
                }
            }
        }
        return axes;
    }

    private static void checkAxesUnchanged(FamilyVariant existing, List<FamilyVariantPayload.Level> levels, Violations violations) {
        if (existing.variantAttributeSets.size() != levels.size()) {
            violations.add("variant_attribute_sets", "the number of levels cannot be changed once the family variant exists (it has %d)"
                    .formatted(existing.variantAttributeSets.size()));
            return;
        }
        for (int i = 0; i < levels.size(); i++) {
            Set<String> before = existing.variantAttributeSets.get(i).axes().stream().map(Codes::key).collect(Collectors.toSet());
            Set<String> after = levels.get(i).axes().stream().map(Codes::key).collect(Collectors.toSet());
            if (!before.equals(after)) {
                violations.add("variant_attribute_sets[" + i + "].axes", "the axes cannot be changed once the family variant exists (they are %s)"
                        .formatted(existing.variantAttributeSets.get(i).axes()));
            }
        }
    }

    @Override
    protected FamilyVariant newEntity(String code) {
        FamilyVariant variant = new FamilyVariant();
        variant.code = code;
        return variant;
    }

    @Override
    protected void write(FamilyVariantPayload state, FamilyVariant entity) {
        entity.family = state.family();
        entity.labels = Labels.copy(state.labels());
        entity.variantAttributeSets = new ArrayList<>(state.variantAttributeSets().stream()
                .map(l -> new VariantAttributeSet(l.level(), l.axes(), l.attributes()))
                .toList());
    }

    @Override
    protected void checkDeletable(FamilyVariant entity) {
        long models = (Long) Panache.getEntityManager()
                .createQuery("select count(m) from ProductModel m where m.familyVariant = :code")
                .setParameter("code", entity.code)
                .getSingleResult();
        if (models > 0) {
            throw new ConflictException("family variant '%s' is used by %d product models; delete them first".formatted(entity.code, models));
        }
    }
}
