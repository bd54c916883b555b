package io.pimento.web;

import io.pimento.imports.Imports;
import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** The review workflow in the UI: an editor submits, a reviewer approves or rejects with a comment, the queue lists what waits. */
@QuarkusTest
class ReviewPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    static TestCatalog catalog;

    @BeforeEach
    void importCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
        }
    }

    @Test
    void shouldGoFromEditorToReviewerAndBackWithTheRejectionsComment() {
        String identifier = product("Review boot");
        String page = "/ui/products/" + identifier;
        UiSession editor = UiSession.login("editor");
        UiSession reviewer = UiSession.login("reviewer");

        assertThat(editor.page(page)).contains("Not reviewed yet.", "Submit for review").doesNotContain(">Approve</button>");
        step(editor, identifier, "submit", null).then().statusCode(303).header("Location", endsWith(page));

        assertThat(reviewer.page("/ui/review")).contains("<code>" + identifier + "</code>")
                .containsPattern(Pattern.quote(identifier + "</code></a></td>") + "\\s*<td><span title=\"" + catalog.p + "_shoes\">Shoes</span></td>\\s*<td>editor</td>");
        assertThat(reviewer.page(page)).contains("Submitted for review</strong> by editor", ">Approve</button>", ">Reject</button>");
        step(reviewer, identifier, "reject", "The name needs the boot's colour.").then().statusCode(303)
                .header("Location", endsWith("/ui/review"));

        String rejected = editor.page(page);
        assertThat(rejected).contains("<strong>Rejected</strong> by reviewer", "<blockquote class=\"review-comment\">The name needs the boot&#39;s colour.</blockquote>",
                        "<span title=\"comment\">Comment</span>: (empty) → The name needs the boot&#39;s colour.", "Submit for review")
                .contains("badge-draft");
        assertThat(reviewer.page("/ui/review")).doesNotContain("<code>" + identifier + "</code>");

        step(editor, identifier, "submit", null).then().statusCode(303);
        step(reviewer, identifier, "approve", null).then().statusCode(303);

        assertThat(editor.page(page)).contains("<strong>Approved</strong> by reviewer", "badge-approved").doesNotContain("Submit for review");
    }

    @Test
    void shouldRefuseARejectionWithoutACommentNextToTheField() {
        String identifier = product("Silent boot");
        step(UiSession.login("editor"), identifier, "submit", null).then().statusCode(303);

        step(UiSession.login("reviewer"), identifier, "reject", "  ").then().statusCode(422)
                .contentType(containsString("text/html"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("<p class=\"field-error\" id=\"review-comment-error\">say what to fix: rejecting needs a comment</p>"));
        Api.asViewer().get("/api/v1/products/" + identifier).then().statusCode(200).body(containsString("\"in_review\""));
    }

    @Test
    void shouldNotLetAViewerOrAnEditorApprove() {
        String identifier = product("Forbidden boot");
        UiSession editor = UiSession.login("editor");
        step(editor, identifier, "submit", null).then().statusCode(303);

        step(UiSession.login("viewer"), identifier, "approve", null).then().statusCode(403);
        step(editor, identifier, "approve", null).then().statusCode(403);
        UiSession.login("viewer").get("/ui/review").then().statusCode(403);
        Api.asViewer().get("/api/v1/products/" + identifier).then().statusCode(200).body(containsString("\"in_review\""));
    }

    @Test
    void shouldRefuseToApproveADraft() {
        String identifier = product("Early boot");

        step(UiSession.login("reviewer"), identifier, "approve", null).then().statusCode(409)
                .body(containsString("it cannot be approved before it is submitted for review"));
    }

    @Test
    void shouldEscapeAScriptInAComment() {
        String identifier = product("Script boot");
        step(UiSession.login("editor"), identifier, "submit", null).then().statusCode(303);
        step(UiSession.login("reviewer"), identifier, "reject", "<script>alert('review')</script>").then().statusCode(303);

        assertThat(UiSession.login("editor").page("/ui/products/" + identifier))
                .contains("&lt;script&gt;alert(&#39;review&#39;)&lt;/script&gt;").doesNotContain("<script>alert(");
    }

    @Test
    void shouldCountWhatWaitsOnTheDashboardWithALinkForReviewers() {
        String identifier = product("Counted boot");
        step(UiSession.login("editor"), identifier, "submit", null).then().statusCode(303);

        assertThat(UiSession.login("reviewer").page("/ui"))
                .containsPattern("<a class=\"stat\" href=\"/ui/review\"><span class=\"stat-value\">[1-9][0-9,]*</span> <span class=\"stat-label\">items waiting for review</span></a>");
        assertThat(UiSession.login("viewer").page("/ui")).contains("items waiting for review").doesNotContain("href=\"/ui/review\"");
    }

    /** A new draft of this class's family, named so. */
    private static String product(String name) {
        String identifier = catalog.p + "_" + UUID.randomUUID().toString().substring(0, 8);
        Api.asAdmin().body(Map.of("identifier", identifier, "family", catalog.p + "_shoes",
                        "values", Map.of(catalog.p + "_name", java.util.List.of(Map.of("locale", "en_US", "data", name)))))
                .post("/api/v1/products").then().statusCode(201);
        return identifier;
    }

    /** Posts a review step from the product page's form, with the version the page shows. */
    private static Response step(UiSession session, String identifier, String step, String comment) {
        String page = "/ui/products/" + identifier;
        String token = session.csrfToken(page);
        Matcher version = VERSION.matcher(session.page(page));
        var request = session.request().contentType(FORM).formParam("csrf-token", token)
                .formParam("version", version.find() ? version.group(1) : "0");
        if (comment != null) {
            request.formParam("comment", comment);
        }
        return request.post("/ui/review/" + identifier + "/" + step);
    }
}
