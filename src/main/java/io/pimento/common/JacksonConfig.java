package io.pimento.common;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigDecimal;

/**
 * The API's JSON mapper. Besides the reading rules below, it bounds what one document may cost
 * to read (docs/security.md): numbers, strings, names, nesting, tokens and length are capped at
 * the parser, and numbers whose plain form would be longer than {@value #MAX_NUMBER_LENGTH}
 * digits ({@code 1e9999999}) are refused before any code turns them into text.
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    /** Characters of a number as written, and digits of a number written out in full. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Characters of one string value (a textarea holds at most 65,535). */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Characters of one field name. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Objects and arrays inside each other (segment conditions, the deepest, use about 25). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Tokens (values, names, brackets) of one document: bounds the size of arrays and objects. */
    public static final long MAX_TOKEN_COUNT = 1_000_000;

    /** Default of {@code pimento.limits.json-body-size} ({@link RequestLimitsConfig}). */
    private static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L << 20;

    @Override
    public void customize(ObjectMapper mapper) {
        // Amounts and numbers travel as exact decimals, never binary floats.
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // A misspelt field is an error the client should hear about, not a silent no-op.
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .maxDocumentLength(maxDocumentLength())
                .build());
        // Parse errors quote little of the input they choke on.
        mapper.getFactory().setErrorReportConfiguration(ErrorReportConfiguration.builder()
                .maxErrorTokenLength(Texts.MAX_ECHO)
                .maxRawContentLength(0)
                .build());
        SimpleModule numbers = new SimpleModule("pimento-bounded-numbers");
        numbers.addDeserializer(Number.class, new BoundedNumbers.NumberDeserializer());
        numbers.addDeserializer(BigDecimal.class, new BoundedNumbers.BigDecimalDeserializer());
        mapper.registerModule(numbers);
        mapper.setNodeFactory(new BoundedNumbers.NodeFactory());
    }

    /**
     * The mapper is made while the application starts, before config mappings can be injected:
     * the same setting as {@link RequestLimitsConfig#jsonBodySize()}, read directly.
     */
    private static long maxDocumentLength() {
        return ConfigProvider.getConfig().getOptionalValue("pimento.limits.json-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(DEFAULT_MAX_DOCUMENT_LENGTH);
    }
}
