package io.pimento.catalog.channel;

import io.pimento.catalog.category.Category;
import io.pimento.catalog.family.FamilyService;
import io.pimento.catalog.locale.CatalogLocale;
import io.pimento.catalog.locale.CurrencyService;
import io.pimento.catalog.locale.Currency;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.catalog.support.Codes;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Channels: where products are published, in which locales and currencies, with which category
 * tree. A channel's locales and currencies are enabled when it starts using them, and every
 * family requires the identifier on every channel.
 */
@ApplicationScoped
public class ChannelService extends StructureService<Channel, ChannelPayload> {

    // Field injection, like the base class: a normal-scoped bean needs a no-args constructor.
    @Inject
    LocaleService locales;

    @Inject
    CurrencyService currencies;

    @Inject
    FamilyService families;

    public ChannelService() {
        super(Channel.class, "channel", "channel");
    }

    @Override
    protected String codeOf(Channel entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(Channel entity) {
        return entity.version;
    }

    @Override
    protected ChannelPayload toPayload(Channel entity) {
        return new ChannelPayload(entity.code, Labels.copy(entity.labels), entity.categoryTree,
                List.copyOf(entity.locales), List.copyOf(entity.currencies), entity.version);
    }

    @Override
    protected ChannelPayload defaults(String code) {
        return new ChannelPayload(code, Map.of(), null, List.of(), List.of(), null);
    }

    @Override
    protected ChannelPayload merge(ChannelPayload base, ChannelPayload patch) {
        return new ChannelPayload(base.code(),
                Labels.merge(base.labels(), patch.labels()),
                patch.categoryTree() != null ? patch.categoryTree() : base.categoryTree(),
                patch.locales() != null ? patch.locales() : base.locales(),
                patch.currencies() != null ? patch.currencies() : base.currencies(),
                base.version());
    }

    @Override
    protected ChannelPayload validate(String code, ChannelPayload target, Channel existing, Violations violations) {
        String tree = null;
        if (target.categoryTree() == null || target.categoryTree().isBlank()) {
            violations.add("category_tree", "a channel needs a category tree (the code of a root category)");
        } else {
            Category category = CodeLookup.find(Category.class, target.categoryTree()).orElse(null);
            if (category == null) {
                violations.add("category_tree", "category '%s' does not exist".formatted(target.categoryTree()));
            } else if (category.parent != null) {
                violations.add("category_tree", "category '%s' is not a tree root (its parent is '%s')".formatted(category.code, category.parent));
            } else {
                tree = category.code;
            }
        }
        List<String> localeCodes = resolve("locales", "locale", target.locales(), CatalogLocale.class, l -> l.code, violations);
        List<String> currencyCodes = resolve("currencies", "currency", target.currencies(), Currency.class, c -> c.code, violations);
        return new ChannelPayload(code, Labels.validate("labels", target.labels(), violations), tree,
                localeCodes, currencyCodes, target.version());
    }

    /** At least one code, each existing; returned as stored, without duplicates. */
    private static <E> List<String> resolve(String field, String noun, List<String> codes, Class<E> type,
                                            Function<E, String> codeOf, Violations violations) {
        if (codes == null || codes.isEmpty()) {
            violations.add(field, "a channel needs at least one %s".formatted(noun));
            return List.of();
        }
        Map<String, E> found = CodeLookup.findAll(type, codes, codeOf);
        Set<String> resolved = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            E entity = found.get(Codes.key(codes.get(i)));
            if (entity == null) {
                violations.add(field + "[" + i + "]", "%s '%s' does not exist".formatted(noun, codes.get(i)));
            } else {
                resolved.add(codeOf.apply(entity));
            }
        }
        return new ArrayList<>(resolved);
    }

    @Override
    protected Channel newEntity(String code) {
        Channel channel = new Channel();
        channel.code = code;
        return channel;
    }

    @Override
    protected void write(ChannelPayload state, Channel entity) {
        entity.labels = Labels.copy(state.labels());
        entity.categoryTree = state.categoryTree();
        entity.locales = new ArrayList<>(state.locales());
        entity.currencies = new ArrayList<>(state.currencies());
        entity.updatedAt = Instant.now();
    }

    @Override
    protected void afterWrite(Channel entity, ChannelPayload before, ChannelPayload after) {
        after.locales().forEach(locales::enable);
        after.currencies().forEach(currencies::enable);
        if (before == null) {
            families.requireIdentifierOn(entity.code);
        }
    }

    @Override
    protected void beforeDelete(Channel entity) {
        // Akeneo drops a deleted channel's requirements from the families rather than refusing.
        families.dropRequirementsOf(entity.code);
    }
}
