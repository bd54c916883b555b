package io.pimento.exports;

import io.pimento.common.BadRequestException;
import io.pimento.common.NotFoundException;
import io.pimento.csv.Delimiter;
import io.pimento.csv.CatalogFileType;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CSV exports in the dialect the importer reads: {@code GET /api/v1/exports/<type>.csv}, streamed.
 * Filters apply to products; every type accepts {@code delimiter}.
 */
@Path("/api/v1/exports")
@RolesAllowed(Role.VIEWER_CODE)
public class ExportResource {

    private final ProductExporter products;
    private final ProductModelExporter models;
    private final StructureExporters structure;

    ExportResource(ProductExporter products, ProductModelExporter models, StructureExporters structure) {
        this.products = products;
        this.models = models;
        this.structure = structure;
    }

    @GET
    @Path("/{type}.csv")
    @Produces("text/csv")
    public Response export(@PathParam("type") String typeCode,
                           @QueryParam("channel") String channel,
                           @QueryParam("locales") String locales,
                           @QueryParam("family") String family,
                           @QueryParam("category") String category,
                           @QueryParam("completeness") Integer completeness,
                           @QueryParam("updated_since") String updatedSince,
                           @QueryParam("enabled") Boolean enabled,
                           @QueryParam("delimiter") String delimiterCode) {
        CatalogFileType type = CatalogFileType.fromCode(typeCode).orElseThrow(() ->
                new NotFoundException("there is no export of '%s'; types are %s".formatted(typeCode, CatalogFileType.allCodes())));
        Delimiter delimiter = delimiterCode == null || delimiterCode.isEmpty() ? Delimiter.SEMICOLON
                : Delimiter.parse(delimiterCode).orElseThrow(() -> BadRequestException.of("delimiter",
                "'%s' is not a delimiter; use ';', ',' or tab".formatted(delimiterCode)));
        StreamingOutput body = switch (type) {
            case PRODUCTS -> {
                ProductExporter.Export export = products.prepare(new ProductFilter(blankToNull(channel), list(locales), list(family),
                        list(category), completeness, instant(updatedSince), enabled), delimiter);
                yield export::writeTo;
            }
            case PRODUCT_MODELS -> out -> models.write(out, delimiter);
            default -> structure.exporter(type, delimiter);
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"%s.csv\"".formatted(type.code()))
                .build();
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code 2024-06-30} (midnight UTC) or a full ISO-8601 instant. */
    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw BadRequestException.of("updated_since", "'%s' is not a date (2024-06-30) or an instant (2024-06-30T12:00:00Z)"
                    .formatted(value.toLowerCase(Locale.ROOT)));
        }
    }
}
