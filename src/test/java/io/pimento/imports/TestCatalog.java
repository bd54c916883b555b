package io.pimento.imports;

import io.pimento.testing.Api;

import java.util.Locale;
import java.util.UUID;

/**
 * A small catalog of its own for a test class, imported through the structure importers: codes
 * carry a random prefix so test classes never collide in the shared database. Every attribute
 * type is there.
 */
public final class TestCatalog {

    public final String p;
    public final String sku;

    private TestCatalog(String prefix, String sku) {
        this.p = prefix;
        this.sku = sku;
    }

    public static TestCatalog create() {
        String p = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toLowerCase(Locale.ROOT);
        Imports.runClean("locales", "code\nen_US\nfr_FR\nde_DE\n");
        Imports.runClean("currencies", "code;activated\nEUR;1\nUSD;1\n");
        String sku = identifierAttribute();
        Imports.runClean("categories", """
                code;parent;label-en_US
                P_master;;Master
                P_shoes;P_master;Shoes
                P_boots;P_shoes;Boots
                P_sale;P_master;Sale
                """.replace("P_", p + "_"));
        Imports.runClean("channels", """
                code;label-en_US;tree;locales;currencies
                P_web;Web;P_master;en_US,fr_FR;EUR,USD
                P_print;Print;P_master;en_US;EUR
                """.replace("P_", p + "_"));
        Imports.runClean("attribute_groups", "code;sort_order;label-en_US\nP_info;1;Info\n".replace("P_", p + "_"));
        Imports.runClean("attributes", """
                code;type;group;label-en_US;localizable;scopable;unique;decimals_allowed;negative_allowed;metric_family;default_metric_unit;allowed_extensions;reference_data_name;max_characters
                P_name;pim_catalog_text;P_info;Name;1;0;0;;;;;;;
                P_description;pim_catalog_textarea;P_info;Description;1;1;0;;;;;;;
                P_count;pim_catalog_number;P_info;Count;0;0;0;0;0;;;;;
                P_weight;pim_catalog_number;P_info;Weight;0;0;0;1;1;;;;;
                P_handmade;pim_catalog_boolean;P_info;Handmade;0;0;0;;;;;;;
                P_release;pim_catalog_date;P_info;Release;0;0;0;;;;;;;
                P_color;pim_catalog_simpleselect;P_info;Color;0;0;0;;;;;;;
                P_sizes;pim_catalog_multiselect;P_info;Sizes;0;0;0;;;;;;;
                P_price;pim_catalog_price_collection;P_info;Price;0;0;0;1;;;;;;
                P_length;pim_catalog_metric;P_info;Length;0;0;0;1;0;Length;CENTIMETER;;;
                P_picture;pim_catalog_image;P_info;Picture;0;0;0;;;;;png,jpg;;
                P_manual;pim_catalog_file;P_info;Manual;0;0;0;;;;;pdf;;
                P_heel;pim_reference_data_simpleselect;P_info;Heel;0;0;0;;;;;;color;
                P_ean;pim_catalog_text;P_info;EAN;0;0;1;;;;;;;
                """.replace("P_", p + "_"));
        Imports.runClean("attribute_options", """
                attribute;code;sort_order;label-en_US
                P_color;black;1;Black
                P_color;white;2;White
                P_color;red;3;Red
                P_sizes;38;1;38
                P_sizes;39;2;39
                P_sizes;40;3;40
                """.replace("P_", p + "_"));
        String all = String.join(",", sku, "P_name", "P_description", "P_count", "P_weight", "P_handmade", "P_release", "P_color",
                "P_sizes", "P_price", "P_length", "P_picture", "P_manual", "P_heel", "P_ean").replace("P_", p + "_");
        Imports.runClean("families", ("""
                code;label-en_US;attribute_as_label;attributes;requirements-P_web;requirements-P_print
                P_shoes;Shoes;P_name;%s;%s,P_name,P_price;%s,P_name
                """.formatted(all, sku, sku)).replace("P_", p + "_"));
        Imports.runClean("family_variants", """
                code;family;label-en_US;variant-axes_1;variant-attributes_1
                P_shoes_by_color;P_shoes;By color;P_color;P_color,P_picture,%s
                """.formatted(sku).replace("P_", p + "_"));
        Imports.runClean("association_types", "code;label-en_US\nP_XSELL;Cross sell\n".replace("P_", p + "_"));
        Imports.runClean("groups", "code;type;label-en_US\nP_similar;RELATED;Similar\n".replace("P_", p + "_"));
        return new TestCatalog(p, sku);
    }

    /** Replaces {@code P_} with this catalog's prefix and {@code SKU} with the identifier column. */
    public String csv(String template) {
        return template.replace("P_", p + "_").replace("SKU", sku);
    }

    /** The catalog's identifier attribute: {@code sku}, created unless another test created one first. */
    private static String identifierAttribute() {
        String after = null;
        do {
            var request = Api.asAdmin().queryParam("limit", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/attributes").then().statusCode(200).extract().jsonPath();
            for (var attribute : page.<java.util.Map<String, Object>>getList("items")) {
                if ("identifier".equals(attribute.get("type")) || "pim_catalog_identifier".equals(attribute.get("type"))) {
                    return (String) attribute.get("code");
                }
            }
            after = page.getString("next");
        } while (after != null);
        Imports.runClean("attribute_groups", "code;sort_order;label-en_US\nidentifiers;0;Identifiers\n");
        Imports.runClean("attributes", "code;type;group;unique;useable_as_grid_filter\nsku;pim_catalog_identifier;identifiers;1;1\n");
        return "sku";
    }
}
