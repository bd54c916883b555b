package io.pimento.web.rules;

import io.pimento.targeting.rules.RuleActionPayload;
import io.pimento.targeting.rules.RuleActions;
import io.pimento.targeting.rules.RulePayload;
import io.quarkus.qute.TemplateExtension;

/** How the rule list shows a rule. */
@TemplateExtension
final class RuleFormats {

    private RuleFormats() {
    }

    static String placementLabel(RulePayload rule) {
        return rule.placement() == null || rule.placement().isEmpty() ? "All" : capitalized(rule.placement());
    }

    static String segmentLabel(RulePayload rule) {
        return rule.segment() == null || rule.segment().isEmpty() ? "Everyone" : rule.segment();
    }

    /** "from 2026-12-01 00:00 UTC to 2026-12-24 00:00 UTC", "always". */
    static String scheduleText(RulePayload rule) {
        boolean start = rule.start() != null && !rule.start().isEmpty();
        boolean end = rule.end() != null && !rule.end().isEmpty();
        if (!start && !end) {
            return "always";
        }
        return ((start ? "from " + shown(rule.start()) : "") + (start && end ? " " : "") + (end ? "until " + shown(rule.end()) : ""));
    }

    /** "Pin A-1, B-2 at 1", "Boost category=jackets ×2". */
    static String actionSummary(RulePayload rule) {
        RuleActionPayload action = rule.action();
        if (action == null) {
            return "";
        }
        String type = capitalized(action.type());
        return switch (action.type()) {
            case RuleActions.PIN -> "%s %s at %s".formatted(type, String.join(", ", action.products()), action.position());
            case RuleActions.CONTENT -> "Show %s at %s".formatted(String.join(", ", action.items()), action.position());
            case RuleActions.BOOST -> "%s %s ×%s".formatted(type, query(action), action.weight() == null ? "" : action.weight().toPlainString());
            default -> "%s %s".formatted(type, query(action));
        };
    }

    private static String query(RuleActionPayload action) {
        return QueryLines.lines(action.query()).replace("\n", ", ");
    }

    private static String shown(String instant) {
        return instant.replace('T', ' ').replaceFirst(":00(\\.0+)?Z$", " UTC").replaceFirst("Z$", " UTC");
    }

    private static String capitalized(String code) {
        return code.isEmpty() ? code : Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }
}
