package io.pimento.targeting.content;

/**
 * A content item as a placement shows it, in one locale: {@code locale} is the locale of the
 * title actually shown (a fallback when the requested one has no translation).
 */
public record ResolvedContentItem(String code, String type, String locale, String title, String text, String image, String link) {

    public static ResolvedContentItem of(ContentItemPayload item, String locale) {
        String shown = LocalizedContent.pickLocale(item.title(), locale)
                .or(() -> LocalizedContent.pickLocale(item.text(), locale))
                .orElse(locale);
        return new ResolvedContentItem(item.code(), item.type(), shown,
                LocalizedContent.pick(item.title(), shown), LocalizedContent.pick(item.text(), shown), item.image(), item.link());
    }
}
