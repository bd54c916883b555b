package io.pimento.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.common.BadRequestException;
import io.pimento.common.ContentTooLargeException;
import io.pimento.common.FieldError;
import io.pimento.common.Texts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Takes channels' events: checks each one ({@link EventParser}, then its products and categories
 * against the catalog), stores the valid ones and reports the others by index (a batch) or line
 * (an NDJSON import). Per event, never half: an event is stored whole or refused whole, and the
 * valid events of a batch are stored in one transaction before the answer.
 */
@ApplicationScoped
public class EventService {

    /** What a batch did: how many events were stored and which were refused, with why. */
    public record BatchResult(int accepted, List<Refused> refused) {
    }

    /** A refused event: its index in the batch (or line of the import), with every reason. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Refused(Integer index, Long line, List<FieldError> errors) {
    }

    /** What an import did. {@code errors} lists the first refused lines; {@code refused} counts them all. */
    public record ImportResult(long lines, long accepted, long refused, List<Refused> errors) {
    }

    private final EventStore store;
    private final EventsConfig config;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    EventService(EventStore store, EventsConfig config, EntityManager entityManager, ObjectMapper json) {
        this.store = store;
        this.config = config;
        this.entityManager = entityManager;
        this.json = json;
    }

    /** {@code {"events": [...]}} from {@code channel}. */
    public BatchResult record(String channel, JsonNode body) {
        if (body == null || !body.isObject() || !body.path("events").isArray()) {
            throw BadRequestException.of("events", "the body is {\"events\": [{\"type\": \"view\", \"visitor\": ..., ...}]}");
        }
        JsonNode events = body.get("events");
        if (events.size() > config.maxBatch()) {
            throw new ContentTooLargeException("a batch carries at most %d events, this one %d; split it"
                    .formatted(config.maxBatch(), events.size()));
        }
        List<Checked> checked = new ArrayList<>(events.size());
        EventParser parser = parser();
        for (int i = 0; i < events.size(); i++) {
            checked.add(new Checked(i, null, parser.parse(events.get(i), "events[" + i + "]")));
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Refused> refused = write(channel, checked);
            return new BatchResult(events.size() - refused.size(), refused);
        });
    }

    /**
     * NDJSON, one event per line (blank lines skipped), read as it streams: every
     * {@code importChunk} lines are checked and stored in their own transaction, so a long import
     * keeps what it stored so far if the connection drops.
     */
    public ImportResult importEvents(String channel, InputStream ndjson) {
        EventParser parser = parser();
        long lineNumber = 0;
        long accepted = 0;
        long refusedCount = 0;
        List<Refused> reported = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8))) {
            List<Checked> chunk = new ArrayList<>();
            String line;
            while (true) {
                line = readLine(reader);
                if (line != null) {
                    lineNumber++;
                    if (line == TOO_LONG) {
                        chunk.add(new Checked(null, lineNumber, new EventParser.Parsed(null, List.of(new FieldError("",
                                "the line is longer than %d characters; an event is much shorter".formatted(MAX_LINE))))));
                    } else if (!line.isBlank()) {
                        chunk.add(new Checked(null, lineNumber, parseLine(parser, line)));
                    }
                }
                if (line == null || chunk.size() >= config.importChunk()) {
                    List<Checked> batch = chunk;
                    List<Refused> refused = QuarkusTransaction.requiringNew().call(() -> write(channel, batch));
                    accepted += batch.size() - refused.size();
                    refusedCount += refused.size();
                    for (Refused r : refused) {
                        if (reported.size() < config.importErrorsReported()) {
                            reported.add(r);
                        }
                    }
                    chunk = new ArrayList<>();
                }
                if (line == null) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportResult(lineNumber, accepted, refusedCount, reported);
    }

    /** Characters of one NDJSON line: a line is read whole into memory, so it is bounded. */
    static final int MAX_LINE = 1 << 20;
    /** Marks a line that was longer than {@link #MAX_LINE} (its rest skipped). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String TOO_LONG = new String("too long");

    /** The next line, without its end; {@link #TOO_LONG} for an overlong one; null at the end. */
    private static String readLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (line.length() < MAX_LINE) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1 && line.isEmpty() && !tooLong) {
            return null;
        }
        if (tooLong) {
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    private EventParser.Parsed parseLine(EventParser parser, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new EventParser.Parsed(null, List.of(new FieldError("", "not a JSON object: "
                    + Texts.abbreviate(e.getOriginalMessage().lines().findFirst().orElse("malformed JSON")))));
        }
        return parser.parse(node, "");
    }

    private EventParser parser() {
        java.time.Instant now = clock.instant();
        return new EventParser(new EventParser.Limits(now, config.futureSkew(), now.minus(config.retention()), config.consentDefault()));
    }

    private record Checked(Integer index, Long line, EventParser.Parsed parsed) {
    }

    /** Checks the codes of the valid events, stores those that name only known ones; returns the refused. */
    private List<Refused> write(String channel, List<Checked> checked) {
        List<Refused> refused = new ArrayList<>();
        List<String> productCodes = new ArrayList<>();
        List<String> categoryCodes = new ArrayList<>();
        for (Checked c : checked) {
            if (c.parsed().valid()) {
                c.parsed().event().references().forEach(r -> (r.category() ? categoryCodes : productCodes).add(r.code().toLowerCase(Locale.ROOT)));
            }
        }
        Map<String, String> products = known("select identifier from product where lower(identifier) = any(?)", productCodes);
        Map<String, String> categories = known("select code from category where lower(code) = any(?)", categoryCodes);
        List<VisitorEvent> accepted = new ArrayList<>();
        for (Checked c : checked) {
            if (!c.parsed().valid()) {
                refused.add(new Refused(c.index(), c.line(), c.parsed().errors()));
                continue;
            }
            VisitorEvent event = c.parsed().event();
            String prefix = c.index() == null ? "" : "events[" + c.index() + "].";
            List<FieldError> unknown = new ArrayList<>();
            for (VisitorEvent.Reference reference : event.references()) {
                Map<String, String> codes = reference.category() ? categories : products;
                if (!codes.containsKey(reference.code().toLowerCase(Locale.ROOT))) {
                    unknown.add(new FieldError(prefix + reference.path(), "unknown %s '%s'".formatted(
                            reference.category() ? "category" : "product", Texts.abbreviate(reference.code()))));
                }
            }
            if (!unknown.isEmpty()) {
                refused.add(new Refused(c.index(), c.line(), unknown));
            } else if (event.personalization() || config.withoutConsent() == EventsConfig.WithoutConsent.COUNT) {
                accepted.add(event.canonical(code -> products.get(code.toLowerCase(Locale.ROOT)),
                        code -> categories.get(code.toLowerCase(Locale.ROOT))));
            }
        }
        store.write(channel, accepted);
        return refused;
    }

    /** The codes among {@code lowerCodes} that exist, lower-cased, to how the catalog spells them. */
    private Map<String, String> known(String sql, Collection<String> lowerCodes) {
        Map<String, String> known = new HashMap<>();
        if (lowerCodes.isEmpty()) {
            return known;
        }
        String[] codes = lowerCodes.stream().distinct().toArray(String[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Array array = connection.createArrayOf("varchar", codes);
                select.setArray(1, array);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        known.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(1));
                    }
                }
            }
        });
        return known;
    }

}
