package io.pimento.akeneo.oauth;

/** What an admin sends to create an API connection: {@code {"code": "shopify", "label": "Shopify"}}. */
public record NewApiConnection(String code, String label) {
}
