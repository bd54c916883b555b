package io.pimento.catalog.category;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.pimento.catalog.Fixtures.category;
import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CategoryResourceTest {

    @Inject
    EntityManager em;

    @Test
    void shouldCreateChildUnderParent() {
        String root = Fixtures.rootCategory();
        String child = category(unique("child"), root);

        asViewer().get("/api/v1/categories/{code}", child)
                .then().statusCode(200)
                .body("parent", equalTo(root))
                .body("sort_order", equalTo(0));
        assertThat(path(child)).isEqualTo("/" + root + "/" + child + "/");
    }

    @Test
    void shouldRefuseUnknownParent() {
        asAdmin().body(Map.of("code", unique("orphan"), "parent", "no_such_category")).post("/api/v1/categories")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("parent"))
                .body("errors[0].message", containsString("no_such_category"));
    }

    @Test
    void shouldMoveSubtreeAndRewriteDescendantPaths() {
        String oldRoot = Fixtures.rootCategory();
        String newRoot = Fixtures.rootCategory();
        String child = category(unique("child"), oldRoot);
        String grandchild = category(unique("grandchild"), child);
        String greatGrandchild = category(unique("ggchild"), grandchild);

        asAdmin().body(Map.of("parent", newRoot)).patch("/api/v1/categories/{code}", child)
                .then().statusCode(200)
                .body("parent", equalTo(newRoot));

        assertThat(path(child)).isEqualTo("/" + newRoot + "/" + child + "/");
        assertThat(path(grandchild)).isEqualTo("/" + newRoot + "/" + child + "/" + grandchild + "/");
        assertThat(path(greatGrandchild)).isEqualTo("/" + newRoot + "/" + child + "/" + grandchild + "/" + greatGrandchild + "/");
    }

    @Test
    void shouldNotTouchSiblingWhoseCodeSharesThePrefix() {
        String root = Fixtures.rootCategory();
        String target = Fixtures.rootCategory();
        String moved = category(unique("shoes"), root);
        String lookalike = category(moved + "_x", root);
        String lookalikeChild = category(unique("lchild"), lookalike);

        asAdmin().body(Map.of("parent", target)).patch("/api/v1/categories/{code}", moved).then().statusCode(200);

        assertThat(path(lookalikeChild)).isEqualTo("/" + root + "/" + lookalike + "/" + lookalikeChild + "/");
    }

    @Test
    void shouldMakeCategoryRootWhenParentPatchedToNull() {
        String root = Fixtures.rootCategory();
        String child = category(unique("child"), root);
        String grandchild = category(unique("grandchild"), child);
        Map<String, Object> body = new HashMap<>();
        body.put("parent", null);

        asAdmin().body(body).patch("/api/v1/categories/{code}", child)
                .then().statusCode(200)
                .body("parent", nullValue());

        assertThat(path(grandchild)).isEqualTo("/" + child + "/" + grandchild + "/");
    }

    @Test
    void shouldKeepParentWhenPatchLeavesItOut() {
        String root = Fixtures.rootCategory();
        String child = category(unique("child"), root);

        asAdmin().body(Map.of("sort_order", 3)).patch("/api/v1/categories/{code}", child)
                .then().statusCode(200)
                .body("parent", equalTo(root));
    }

    @Test
    void shouldRefuseMovingCategoryUnderItsOwnDescendant() {
        String root = Fixtures.rootCategory();
        String child = category(unique("child"), root);
        String grandchild = category(unique("grandchild"), child);

        asAdmin().body(Map.of("parent", grandchild)).patch("/api/v1/categories/{code}", child)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("parent"))
                .body("errors[0].message", containsString("cycle"));
        assertThat(path(grandchild)).isEqualTo("/" + root + "/" + child + "/" + grandchild + "/");
    }

    @Test
    void shouldRefuseCategoryAsItsOwnParent() {
        String root = Fixtures.rootCategory();

        asAdmin().body(Map.of("parent", root)).patch("/api/v1/categories/{code}", root)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void shouldRefuseMovingChannelTreeUnderAnotherCategory() {
        String channel = Fixtures.channel();
        String tree = asViewer().get("/api/v1/channels/{code}", channel).jsonPath().getString("category_tree");

        asAdmin().body(Map.of("parent", Fixtures.rootCategory())).patch("/api/v1/categories/{code}", tree)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("parent"))
                .body("errors[0].message", containsString(channel));
    }

    @Test
    void shouldListChildrenOfParent() {
        String root = Fixtures.rootCategory();
        String a = category(unique("a"), root);
        String b = category(unique("b"), root);
        category(unique("grandchild"), a);

        asViewer().queryParam("parent", root).get("/api/v1/categories")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder(a, b));
        asViewer().get("/api/v1/categories/{code}/children", root)
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder(a, b));
    }

    @Test
    void shouldListOnlyRoots() {
        String root = Fixtures.rootCategory();
        String child = category(unique("child"), root);

        asViewer().queryParam("root", true).queryParam("limit", 100).get("/api/v1/categories")
                .then().statusCode(200)
                .body("items.parent", not(hasItem(org.hamcrest.Matchers.notNullValue())))
                .body("items.code", not(hasItem(child)));
    }

    @Test
    void shouldShowSubtreeAsNestedTree() {
        String root = Fixtures.rootCategory();
        String child = category(unique("child"), root);
        String grandchild = category(unique("grandchild"), child);

        asViewer().get("/api/v1/categories/{code}/tree", root)
                .then().statusCode(200)
                .body("code", equalTo(root))
                .body("children[0].code", equalTo(child))
                .body("children[0].children[0].code", equalTo(grandchild))
                .body("children[0].children[0].children.size()", equalTo(0));
    }

    @Test
    void shouldRefuseDeletingCategoryWithChildren() {
        String root = Fixtures.rootCategory();
        category(unique("child"), root);

        asAdmin().delete("/api/v1/categories/{code}", root)
                .then().statusCode(409)
                .body("detail", containsString("child"));
    }

    @Test
    void shouldRefuseDeletingChannelTree() {
        String channel = Fixtures.channel();
        String tree = asViewer().get("/api/v1/channels/{code}", channel).jsonPath().getString("category_tree");

        asAdmin().delete("/api/v1/categories/{code}", tree)
                .then().statusCode(409)
                .body("detail", containsString(channel));
    }

    @Test
    void shouldRefuseDeletingCategoryOfProducts() {
        String category = Fixtures.rootCategory();
        insertProductIn(category);

        asAdmin().delete("/api/v1/categories/{code}", category)
                .then().statusCode(409)
                .body("detail", containsString("products"));
    }

    private void insertProductIn(String category) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into product (identifier, categories) values (:identifier, jsonb_build_array(cast(:category as text)))")
                .setParameter("identifier", unique("product"))
                .setParameter("category", category)
                .executeUpdate());
    }

    private String path(String code) {
        return (String) em.createNativeQuery("select path from category where code = :code").setParameter("code", code).getSingleResult();
    }
}
