package io.pimento.catalog.family;

import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.attribute.AttributeService;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.catalog.support.Codes;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.catalog.StructureChanged;
import io.pimento.common.ConflictException;
import io.pimento.history.FieldChange;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Families. As in Akeneo, the identifier attribute is always part of a family and required on
 * every channel; the label attribute defaults to the identifier.
 */
@ApplicationScoped
public class FamilyService extends StructureService<Family, FamilyPayload> {

    @Inject
    AttributeService attributes;

    public FamilyService() {
        super(Family.class, "family", "family");
    }

    /** A new channel: every family requires the identifier on it. */
    public void requireIdentifierOn(String channel) {
        attributes.identifier().ifPresent(identifier -> {
            for (Family family : Family.<Family>listAll()) {
                if (family.attributeRequirements.keySet().stream().noneMatch(c -> c.equalsIgnoreCase(channel))) {
                    family.attributeRequirements.put(channel, List.of(identifier.code));
                    recordRequirementChange(family, channel, null, List.of(identifier.code));
                }
            }
        });
    }

    /** A deleted channel: its requirements go with it (as in Akeneo) rather than blocking the deletion. */
    public void dropRequirementsOf(String channel) {
        for (Family family : Family.<Family>listAll()) {
            List<String> dropped = family.attributeRequirements.remove(channel);
            if (dropped != null) {
                recordRequirementChange(family, channel, dropped, null);
            }
        }
    }

    private void recordRequirementChange(Family family, String channel, List<String> before, List<String> after) {
        // A new map instance, so that the JSON column is seen as changed.
        family.attributeRequirements = new TreeMap<>(family.attributeRequirements);
        family.updatedAt = Instant.now();
        flush();
        history.updated(kind(), family.code, family.version, List.of(new FieldChange("attribute_requirements." + channel, before, after)));
        structureChanged.fire(new StructureChanged(kind(), family.code));
    }

    @Override
    protected String codeOf(Family entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(Family entity) {
        return entity.version;
    }

    @Override
    protected FamilyPayload toPayload(Family f) {
        Map<String, List<String>> requirements = new TreeMap<>();
        f.attributeRequirements.forEach((channel, required) -> requirements.put(channel, List.copyOf(required)));
        return new FamilyPayload(f.code, Labels.copy(f.labels), f.attributeAsLabel, f.attributeAsImage,
                List.copyOf(f.attributes), requirements, f.version);
    }

    @Override
    protected FamilyPayload defaults(String code) {
        return new FamilyPayload(code, Map.of(), null, null, List.of(), Map.of(), null);
    }

    @Override
    protected FamilyPayload merge(FamilyPayload base, FamilyPayload patch) {
        Map<String, List<String>> requirements = new LinkedHashMap<>(base.attributeRequirements());
        if (patch.attributeRequirements() != null) {
            patch.attributeRequirements().forEach((channel, required) -> {
                requirements.keySet().removeIf(existing -> existing.equalsIgnoreCase(channel));
                requirements.put(channel, required);
            });
        }
        return new FamilyPayload(base.code(),
                Labels.merge(base.labels(), patch.labels()),
                patch.attributeAsLabel() != null ? patch.attributeAsLabel() : base.attributeAsLabel(),
                patch.attributeAsImage() != null ? patch.attributeAsImage() : base.attributeAsImage(),
                patch.attributes() != null ? patch.attributes() : base.attributes(),
                requirements,
                base.version());
    }

    @Override
    protected FamilyPayload validate(String code, FamilyPayload target, Family existing, Violations violations) {
        Attribute identifier = attributes.identifier().orElse(null);
        Map<String, Attribute> members = members(target.attributes(), identifier, violations);
        if (existing != null) {
            checkVariantAttributesStay(existing.code, members, violations);
        }
        String label = attributeAsLabel(target.attributeAsLabel(), identifier, members, violations);
        String image = attributeAsImage(target.attributeAsImage(), members, violations);
        Map<String, List<String>> requirements = requirements(target.attributeRequirements(), identifier, members, violations);
        return new FamilyPayload(code, Labels.validate("labels", target.labels(), violations), label, image,
                members.values().stream().map(a -> a.code).toList(), requirements, target.version());
    }

    /** The family's attributes keyed by lower-cased code, identifier first. */
    private static Map<String, Attribute> members(List<String> codes, Attribute identifier, Violations violations) {
        List<String> given = codes == null ? List.of() : codes;
        Map<String, Attribute> found = CodeLookup.findAll(Attribute.class, given, a -> a.code);
        Map<String, Attribute> members = new LinkedHashMap<>();
        if (identifier != null) {
            members.put(Codes.key(identifier.code), identifier);
        }
        for (int i = 0; i < given.size(); i++) {
            Attribute attribute = found.get(Codes.key(given.get(i)));
            if (attribute == null) {
                violations.add("attributes[" + i + "]", "attribute '%s' does not exist".formatted(given.get(i)));
            } else {
                members.putIfAbsent(Codes.key(attribute.code), attribute);
            }
        }
        return members;
    }

    /** An attribute a family variant of this family places at one of its levels must stay in the family. */
    private static void checkVariantAttributesStay(String family, Map<String, Attribute> members, Violations violations) {
        for (FamilyVariant variant : FamilyVariant.<FamilyVariant>list("family", family)) {
            for (VariantAttributeSet set : variant.variantAttributeSets) {
                for (String attribute : set.attributes()) {
                    if (!members.containsKey(Codes.key(attribute))) {
                        violations.add("attributes", "attribute '%s' is used by family variant '%s' (level %d); remove it from the variant first"
                                .formatted(attribute, variant.code, set.level()));
                    }
                }
            }
        }
    }

    private static String attributeAsLabel(String given, Attribute identifier, Map<String, Attribute> members, Violations violations) {
        if (given == null || given.isBlank()) {
            if (identifier == null) {
                violations.add("attribute_as_label", "a family needs an attribute_as_label; create the identifier attribute first or name a text attribute");
                return null;
            }
            return identifier.code;
        }
        Attribute attribute = members.get(Codes.key(given));
        if (attribute == null) {
            violations.add("attribute_as_label", "attribute '%s' is not an attribute of the family".formatted(given));
            return null;
        }
        if (attribute.type != AttributeType.TEXT && attribute.type != AttributeType.IDENTIFIER) {
            violations.add("attribute_as_label", "attribute '%s' is a %s attribute; the label attribute must be a text or identifier attribute"
                    .formatted(attribute.code, attribute.type.code()));
            return null;
        }
        return attribute.code;
    }

    private static String attributeAsImage(String given, Map<String, Attribute> members, Violations violations) {
        if (given == null || given.isBlank()) {
            return null;
        }
        Attribute attribute = members.get(Codes.key(given));
        if (attribute == null) {
            violations.add("attribute_as_image", "attribute '%s' is not an attribute of the family".formatted(given));
            return null;
        }
        if (attribute.type != AttributeType.IMAGE) {
            violations.add("attribute_as_image", "attribute '%s' is a %s attribute; the image attribute must be an image attribute"
                    .formatted(attribute.code, attribute.type.code()));
            return null;
        }
        return attribute.code;
    }

    /** Requirements per existing channel, of family attributes only, with the identifier required on every channel. */
    private static Map<String, List<String>> requirements(Map<String, List<String>> given, Attribute identifier,
                                                          Map<String, Attribute> members, Violations violations) {
        Map<String, Set<String>> requirements = new TreeMap<>();
        List<Channel> channels = Channel.listAll();
        Map<String, String> channelCodes = new LinkedHashMap<>();
        channels.forEach(c -> channelCodes.put(Codes.key(c.code), c.code));
        if (given != null) {
            given.forEach((channel, required) -> {
                String field = "attribute_requirements." + channel;
                String stored = channelCodes.get(Codes.key(channel));
                if (stored == null) {
                    violations.add(field, "channel '%s' does not exist".formatted(channel));
                    return;
                }
                Set<String> codes = requirements.computeIfAbsent(stored, c -> new LinkedHashSet<>());
                List<String> list = required == null ? List.of() : required;
                for (int i = 0; i < list.size(); i++) {
                    Attribute attribute = members.get(Codes.key(list.get(i)));
                    if (attribute == null) {
                        violations.add(field + "[" + i + "]", "attribute '%s' is not an attribute of the family, so it cannot be required".formatted(list.get(i)));
                    } else {
                        codes.add(attribute.code);
                    }
                }
            });
        }
        if (identifier != null) {
            for (String channel : channelCodes.values()) {
                Set<String> codes = requirements.computeIfAbsent(channel, c -> new LinkedHashSet<>());
                Set<String> withIdentifier = new LinkedHashSet<>();
                withIdentifier.add(identifier.code);
                withIdentifier.addAll(codes);
                requirements.put(channel, withIdentifier);
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        requirements.forEach((channel, codes) -> result.put(channel, List.copyOf(codes)));
        return result;
    }

    @Override
    protected Family newEntity(String code) {
        Family family = new Family();
        family.code = code;
        return family;
    }

    @Override
    protected void write(FamilyPayload state, Family entity) {
        entity.labels = Labels.copy(state.labels());
        entity.attributeAsLabel = state.attributeAsLabel();
        entity.attributeAsImage = state.attributeAsImage();
        entity.attributes = new ArrayList<>(state.attributes());
        Map<String, List<String>> requirements = new TreeMap<>();
        state.attributeRequirements().forEach((channel, required) -> requirements.put(channel, new ArrayList<>(required)));
        entity.attributeRequirements = requirements;
        entity.updatedAt = Instant.now();
    }

    @Override
    protected void checkDeletable(Family entity) {
        List<String> variants = FamilyVariant.<FamilyVariant>list("family", entity.code).stream().map(v -> v.code).toList();
        if (!variants.isEmpty()) {
            throw new ConflictException("family '%s' has the family variants %s; delete them first".formatted(entity.code, variants));
        }
        long products = (Long) Panache.getEntityManager()
                .createQuery("select count(p) from Product p where p.family = :family")
                .setParameter("family", entity.code)
                .getSingleResult();
        if (products > 0) {
            throw new ConflictException("family '%s' is the family of %d products; change their family first".formatted(entity.code, products));
        }
    }
}
