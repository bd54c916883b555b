package io.pimento.catalog.locale;

import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.regex.Pattern;

/** Currencies: ISO 4217 codes such as {@code EUR}; a currency a channel prices in stays enabled. */
@ApplicationScoped
public class CurrencyService extends StructureService<Currency, CurrencyPayload> {

    private static final Pattern CURRENCY_CODE = Pattern.compile("^[A-Z]{3}$");

    public CurrencyService() {
        super(Currency.class, "currency", "currency");
    }

    /** Enables a currency a channel starts using, recording it like any change. */
    public void enable(String code) {
        patch(code, new CurrencyPayload(null, true, null), null);
    }

    @Override
    protected String codeOf(Currency entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(Currency entity) {
        return entity.version;
    }

    @Override
    protected CurrencyPayload toPayload(Currency entity) {
        return new CurrencyPayload(entity.code, entity.enabled, entity.version);
    }

    @Override
    protected CurrencyPayload defaults(String code) {
        return new CurrencyPayload(code, true, null);
    }

    @Override
    protected CurrencyPayload merge(CurrencyPayload base, CurrencyPayload patch) {
        return new CurrencyPayload(base.code(), patch.enabled() != null ? patch.enabled() : base.enabled(), base.version());
    }

    @Override
    protected CurrencyPayload validate(String code, CurrencyPayload target, Currency existing, Violations violations) {
        if (existing == null && !CURRENCY_CODE.matcher(code).matches()) {
            violations.add("code", "'%s' is not an ISO 4217 currency code such as EUR or USD".formatted(code));
        }
        if (existing != null && existing.enabled && !target.enabled()) {
            List<String> channels = Channel.codesUsingCurrency(existing.code);
            if (!channels.isEmpty()) {
                violations.add("enabled", "currency '%s' is used by the channels %s and must stay enabled".formatted(existing.code, channels));
            }
        }
        return target;
    }

    @Override
    protected Currency newEntity(String code) {
        Currency currency = new Currency();
        currency.code = code;
        return currency;
    }

    @Override
    protected void write(CurrencyPayload state, Currency entity) {
        entity.enabled = state.enabled();
    }

    @Override
    protected void checkDeletable(Currency entity) {
        List<String> channels = Channel.codesUsingCurrency(entity.code);
        if (!channels.isEmpty()) {
            throw new ConflictException("currency '%s' is used by the channels %s; remove it from them first".formatted(entity.code, channels));
        }
    }
}
