package io.pimento.feeds.merchant;

import io.pimento.testing.Api;

import java.util.Map;

/** Google mapping fixtures for the merchant tests. */
final class MerchantCatalog {

    static final String SHOP_LINK = "https://shop.example.com/p/{identifier}";

    private MerchantCatalog() {
    }

    /** Gives the channel a product URL template, the one required field no attribute can guess. */
    static void linkProducts(String channel) {
        Api.asAdmin().body(Map.of("link_template", SHOP_LINK))
                .put("/api/v1/channels/" + channel + "/google-mapping").then().statusCode(200);
    }
}
