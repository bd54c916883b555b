package io.pimento.catalog.product;

/**
 * Codes of a catalog structure made for one test by {@link CatalogFixtures#standardCatalog()}:
 * every code carries the test's own suffix, except the shared locales, currencies and the
 * identifier attribute {@code sku}.
 */
public record TestCatalog(
        String suffix,
        String ecommerce, String mobile,
        String masterCategory, String bootsCategory,
        String family, String familyByColorAndSize, String familyBySize,
        String xsell, String promoGroup,
        String name, String description, String weight, String price, String count, String ratio, String waterproof,
        String release, String color, String tags, String image, String manual, String email, String website, String code,
        String ean, String brand, String materials, String size, String frenchOnly) {

    public static final String SKU = "sku";
    public static final String EN = "en_US";
    public static final String FR = "fr_FR";
    /** Enabled, but in none of the test channels. */
    public static final String DE = "de_DE";
    /** Exists but is disabled. */
    public static final String IT = "it_IT";
    public static final String EUR = "EUR";
    public static final String USD = "USD";
    /** Enabled, but used by no channel. */
    public static final String UNUSED_CURRENCY = "XTS";

    /** A product identifier unique to this catalog. */
    public String sku(String base) {
        return base + "_" + suffix;
    }
}
