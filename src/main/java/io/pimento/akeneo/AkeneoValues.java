package io.pimento.akeneo;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.media.MediaResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Products' and models' values as Akeneo writes them: media values link to their download. */
@ApplicationScoped
public class AkeneoValues {

    /** Where Akeneo's media files are served, under the request's base URL. */
    public static final String MEDIA_FILES = "api/rest/v1/media-files/";

    private final CatalogSchemas schemas;

    AkeneoValues(CatalogSchemas schemas) {
        this.schemas = schemas;
    }

    public Map<String, List<AkeneoValue>> of(Map<String, List<ProductValue>> values, UriInfo uri) {
        Map<String, List<AkeneoValue>> out = new LinkedHashMap<>();
        values.forEach((attribute, slots) -> {
            boolean media = isMedia(schemas.current().attribute(attribute));
            out.put(attribute, slots.stream()
                    .map(value -> new AkeneoValue(value.locale(), value.scope(), value.data(), media ? download(value.data(), uri) : null))
                    .toList());
        });
        return out;
    }

    /** The absolute URL of a stored file's download; Akeneo's code of a media file is its storage key. */
    public static String downloadHref(UriInfo uri, String key) {
        return uri.getBaseUri() + MEDIA_FILES + MediaResponses.path(key) + "/download";
    }

    private static boolean isMedia(AttributeSchema attribute) {
        return attribute != null && (attribute.type() == AttributeType.IMAGE || attribute.type() == AttributeType.FILE);
    }

    /** A value naming a stored key links to it; a URL or an empty value has no download here. */
    private static Map<String, Link> download(Object data, UriInfo uri) {
        if (!(data instanceof String key) || key.isBlank() || key.startsWith("http://") || key.startsWith("https://")) {
            return null;
        }
        return Map.of("download", new Link(downloadHref(uri, key)));
    }
}
