package io.pimento.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.targeting.segment.SegmentPayload;
import io.pimento.targeting.segment.SegmentService;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo shop's segments ({@code demo/segments.json}): new visitors, loyal customers, mobile
 * shoppers from social campaigns and outdoor enthusiasts. Created through the segment service
 * with the demo catalog, so they are validated and in the history like any segment.
 */
@ApplicationScoped
public class DemoSegments {

    static final String FILE = "demo/segments.json";

    private final SegmentService segments;
    private final ObjectMapper mapper;

    DemoSegments(SegmentService segments, ObjectMapper mapper) {
        this.segments = segments;
        this.mapper = mapper;
    }

    /** Creates the demo segments that do not exist yet; returns the codes created. */
    public List<String> load() {
        return read().stream()
                .filter(segment -> segments.findPayload(segment.code()).isEmpty())
                .map(segment -> segments.create(segment).code())
                .toList();
    }

    private List<SegmentPayload> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + FILE);
            }
            return mapper.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
