package io.pimento.catalog.locale;

import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Locales: codes such as {@code en_US}; a locale a channel publishes in stays enabled. */
@ApplicationScoped
public class LocaleService extends StructureService<CatalogLocale, LocalePayload> {

    public LocaleService() {
        super(CatalogLocale.class, "locale", "locale");
    }

    /** Enables a locale a channel starts using (as Akeneo does), recording it like any change. */
    public void enable(String code) {
        patch(code, new LocalePayload(null, true, null), null);
    }

    @Override
    protected String codeOf(CatalogLocale entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(CatalogLocale entity) {
        return entity.version;
    }

    @Override
    protected LocalePayload toPayload(CatalogLocale entity) {
        return new LocalePayload(entity.code, entity.enabled, entity.version);
    }

    @Override
    protected LocalePayload defaults(String code) {
        return new LocalePayload(code, true, null);
    }

    @Override
    protected LocalePayload merge(LocalePayload base, LocalePayload patch) {
        return new LocalePayload(base.code(), patch.enabled() != null ? patch.enabled() : base.enabled(), base.version());
    }

    @Override
    protected LocalePayload validate(String code, LocalePayload target, CatalogLocale existing, Violations violations) {
        if (existing == null && !Labels.isLocaleCode(code)) {
            violations.add("code", "'%s' is not a locale code: a language and a country such as en_US or fr_FR".formatted(code));
        }
        if (existing != null && existing.enabled && !target.enabled()) {
            List<String> channels = Channel.codesUsingLocale(existing.code);
            if (!channels.isEmpty()) {
                violations.add("enabled", "locale '%s' is used by the channels %s and must stay enabled".formatted(existing.code, channels));
            }
        }
        return target;
    }

    @Override
    protected CatalogLocale newEntity(String code) {
        CatalogLocale locale = new CatalogLocale();
        locale.code = code;
        return locale;
    }

    @Override
    protected void write(LocalePayload state, CatalogLocale entity) {
        entity.enabled = state.enabled();
    }

    @Override
    protected void checkDeletable(CatalogLocale entity) {
        List<String> channels = Channel.codesUsingLocale(entity.code);
        if (!channels.isEmpty()) {
            throw new ConflictException("locale '%s' is used by the channels %s; remove it from them first".formatted(entity.code, channels));
        }
    }
}
