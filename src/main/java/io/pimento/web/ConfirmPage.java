package io.pimento.web;

import io.pimento.common.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

import java.net.URI;

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

    /**
     * Does the confirmed removal and goes back to the list with {@code done} (303), or, when the
     * service refuses it (a content item a rule still shows...), back to the thing with the reason.
     * Something already gone stays a 404 page.
     */
    public static Response remove(Runnable removal, String listPath, String done, String itemPath) {
        try {
            removal.run();
            return Flash.redirect(URI.create(listPath), Flash.Kind.SUCCESS, done);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Flash.redirect(URI.create(itemPath), Flash.Kind.ERROR, e.getMessage());
        }
    }
}
