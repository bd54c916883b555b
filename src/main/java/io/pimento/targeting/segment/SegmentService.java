package io.pimento.targeting.segment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.targeting.condition.ConditionParser;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Segments: created, replaced, patched and deleted like the catalog's structure resources
 * (case-insensitive codes, versions, If-Match, history), with the condition checked by the
 * {@link ConditionParser} before anything is written. Every write moves the shared
 * {@code segment_revision} on, in its transaction, for the {@link SegmentMatcher}s of every
 * instance.
 */
@ApplicationScoped
public class SegmentService extends StructureService<Segment, SegmentPayload> {

    /** The last path segment of {@code POST /api/v1/segments/evaluate}, so no segment may be called that. */
    static final String EVALUATE = "evaluate";
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_DESCRIPTION_LENGTH = 2000;

    private static final TypeReference<LinkedHashMap<String, Object>> AS_MAP = new TypeReference<>() {
    };

    @Inject
    Event<SegmentsChanged> segmentsChanged;

    public SegmentService() {
        super(Segment.class, "segment", "segment");
    }

    @Override
    protected String codeOf(Segment entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(Segment entity) {
        return entity.version;
    }

    @Override
    protected SegmentPayload toPayload(Segment entity) {
        return new SegmentPayload(entity.code, entity.name, entity.description,
                DatabaseJsonFormat.MAPPER.valueToTree(entity.condition), entity.version,
                text(entity.createdAt), text(entity.updatedAt));
    }

    @Override
    protected SegmentPayload defaults(String code) {
        return new SegmentPayload(code, null, null, null, null, null, null);
    }

    /**
     * The condition is replaced as a whole, never merged: a merged condition would be a new one
     * nobody wrote. A null one, like any null field of a PATCH, leaves it as it is.
     */
    @Override
    protected SegmentPayload merge(SegmentPayload base, SegmentPayload patch) {
        return new SegmentPayload(base.code(),
                patch.name() != null ? patch.name() : base.name(),
                patch.description() != null ? patch.description() : base.description(),
                patch.condition() != null && !patch.condition().isNull() ? patch.condition() : base.condition(),
                base.version(), base.createdAt(), base.updatedAt());
    }

    @Override
    protected SegmentPayload validate(String code, SegmentPayload target, Segment existing, Violations violations) {
        if (EVALUATE.equalsIgnoreCase(code)) {
            violations.add("code", "'%s' is reserved (POST /api/v1/segments/evaluate); choose another code".formatted(code));
        }
        String name = target.name() == null ? null : target.name().strip();
        if (name == null || name.isEmpty()) {
            violations.add("name", "a segment needs a name");
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add("name", "a name has at most %d characters, got %d".formatted(MAX_NAME_LENGTH, name.length()));
        }
        String description = target.description() == null || target.description().isBlank() ? null : target.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            violations.add("description", "a description has at most %d characters, got %d".formatted(MAX_DESCRIPTION_LENGTH, description.length()));
        }
        JsonNode condition = target.condition();
        ConditionParser.parse(condition).errors().forEach(error -> violations.add(error.field(), error.message()));
        // What is stored, not what was sent, carries the dates: history compares like with like.
        return new SegmentPayload(code, name, description, condition, target.version(),
                existing == null ? null : text(existing.createdAt), existing == null ? null : text(existing.updatedAt));
    }

    @Override
    protected Segment newEntity(String code) {
        Segment segment = new Segment();
        segment.code = code;
        return segment;
    }

    @Override
    protected void write(SegmentPayload state, Segment entity) {
        entity.name = state.name();
        entity.description = state.description();
        Map<String, Object> condition = DatabaseJsonFormat.MAPPER.convertValue(state.condition(), AS_MAP);
        entity.condition = condition;
        entity.updatedAt = Instant.now();
    }

    @Override
    protected void changed(String code) {
        Panache.getEntityManager().createNativeQuery("update segment_revision set revision = revision + 1 where id = 1")
                .executeUpdate();
        segmentsChanged.fire(new SegmentsChanged(code));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
