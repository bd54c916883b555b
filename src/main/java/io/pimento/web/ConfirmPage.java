package io.pimento.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The page that asks before something is removed (a token revoked, a segment deleted): a sentence,
 * a POST button with the CSRF token, and a way back. Works without JavaScript.
 */
public final class ConfirmPage {

    @CheckedTemplate(basePath = "confirm")
    static class Templates {
        static native TemplateInstance confirm(Question question);
    }

    /** What is asked: {@code action} is where the button posts, {@code back} where "Keep it" goes. */
    public record Question(String title, String text, String action, String button, String back) {
    }

    private ConfirmPage() {
    }

    public static TemplateInstance ask(Question question) {
        return Templates.confirm(question);
    }
}
