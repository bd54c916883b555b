package io.pimento.web.content;

import io.pimento.targeting.content.ContentItemPayload;
import io.pimento.targeting.content.LocalizedContent;
import io.pimento.web.DateTimeLocal;
import io.quarkus.qute.TemplateExtension;

/** How the content item pages show values. */
@TemplateExtension
final class ContentFormats {

    private ContentFormats() {
    }

    /** The title in the default locale (or the nearest one). */
    static String displayTitle(ContentItemPayload item) {
        String title = LocalizedContent.pick(item.title(), null);
        return title == null ? "" : title;
    }

    static String validFromText(ContentItemPayload item) {
        return item.validFrom() == null ? "-" : DateTimeLocal.toInput(item.validFrom()).replace('T', ' ') + " UTC";
    }

    static String validToText(ContentItemPayload item) {
        return item.validTo() == null ? "-" : DateTimeLocal.toInput(item.validTo()).replace('T', ' ') + " UTC";
    }
}
