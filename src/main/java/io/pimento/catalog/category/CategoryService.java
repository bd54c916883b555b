package io.pimento.catalog.category;

import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.ConflictException;
import io.pimento.common.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Category trees of any depth. Each category keeps its materialized {@code path} from the root,
 * so moving a category rewrites its whole subtree's paths in one statement.
 */
@ApplicationScoped
public class CategoryService extends StructureService<Category, CategoryPayload> {

    public CategoryService() {
        super(Category.class, "category", "category");
    }

    /** The children of a category (404 when it does not exist), by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CategoryPayload> children(String code, Integer limit, String after) {
        Category parent = require(code);
        return list(limit, after, "e.parent = :parent", Map.of("parent", parent.code));
    }

    /** The tree roots, by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CategoryPayload> roots(Integer limit, String after) {
        return list(limit, after, "e.parent is null", Map.of());
    }

    /** A category and all its descendants, nested; siblings by sort order, then code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CategoryTreeNode tree(String code) {
        Category top = require(code);
        List<Category> subtree = Category.list("path like ?1 escape '\\' order by path", Category.subtreePattern(top.path));
        Map<String, List<Category>> byParent = new HashMap<>();
        subtree.forEach(c -> byParent.computeIfAbsent(c.parent, p -> new ArrayList<>()).add(c));
        return node(top, byParent);
    }

    private static CategoryTreeNode node(Category category, Map<String, List<Category>> byParent) {
        List<CategoryTreeNode> children = byParent.getOrDefault(category.code, List.of()).stream()
                .sorted(Comparator.comparingInt((Category c) -> c.sortOrder).thenComparing(c -> c.code))
                .map(child -> node(child, byParent))
                .toList();
        return new CategoryTreeNode(category.code, category.parent, Labels.copy(category.labels), category.sortOrder, children);
    }

    @Override
    protected String codeOf(Category entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(Category entity) {
        return entity.version;
    }

    @Override
    protected CategoryPayload toPayload(Category entity) {
        return new CategoryPayload(entity.code, entity.parent, Labels.copy(entity.labels), entity.sortOrder, entity.version);
    }

    @Override
    protected CategoryPayload defaults(String code) {
        return new CategoryPayload(code, null, Map.of(), 0, null);
    }

    @Override
    protected CategoryPayload merge(CategoryPayload base, CategoryPayload patch) {
        return new CategoryPayload(base.code(),
                patch.parent() != null ? patch.parent() : base.parent(),
                Labels.merge(base.labels(), patch.labels()),
                patch.sortOrder() != null ? patch.sortOrder() : base.sortOrder(),
                base.version());
    }

    @Override
    protected CategoryPayload validate(String code, CategoryPayload target, Category existing, Violations violations) {
        String parentCode = null;
        if (target.parent() != null && !target.parent().isEmpty()) {
            Category parent = CodeLookup.find(Category.class, target.parent()).orElse(null);
            if (parent == null) {
                violations.add("parent", "category '%s' does not exist".formatted(target.parent()));
            } else if (existing != null && parent.path.startsWith(existing.path)) {
                violations.add("parent", parent.code.equals(existing.code)
                        ? "a category cannot be its own parent"
                        : "category '%s' is inside '%s': moving '%s' under it would make a cycle".formatted(parent.code, existing.code, existing.code));
            } else {
                parentCode = parent.code;
            }
        }
        if (existing != null && existing.parent == null && parentCode != null) {
            List<String> channels = Channel.codesUsingCategoryTree(existing.code);
            if (!channels.isEmpty()) {
                violations.add("parent", "category '%s' is the tree of the channels %s and must stay a root".formatted(existing.code, channels));
            }
        }
        return new CategoryPayload(code, parentCode, Labels.validate("labels", target.labels(), violations),
                target.sortOrder(), target.version());
    }

    @Override
    protected Category newEntity(String code) {
        Category category = new Category();
        category.code = code;
        return category;
    }

    @Override
    protected void write(CategoryPayload state, Category entity) {
        String parentPath = state.parent() == null ? null : CodeLookup.find(Category.class, state.parent()).orElseThrow().path;
        String newPath = Category.pathOf(parentPath, entity.code);
        if (entity.path != null && !entity.path.equals(newPath)) {
            moveDescendants(entity.path, newPath);
        }
        entity.parent = state.parent();
        entity.path = newPath;
        entity.labels = Labels.copy(state.labels());
        entity.sortOrder = state.sortOrder();
        entity.updatedAt = Instant.now();
    }

    /** Rewrites the path prefix of every descendant at once, however deep the subtree. */
    private void moveDescendants(String oldPath, String newPath) {
        Panache.getEntityManager()
                .createNativeQuery("update category set path = :newPath || substr(path, :oldLength + 1), updated_at = now() "
                        + "where path like :oldPrefix escape '\\' and path <> :oldPath")
                .setParameter("newPath", newPath)
                .setParameter("oldLength", oldPath.length())
                .setParameter("oldPrefix", Category.subtreePattern(oldPath))
                .setParameter("oldPath", oldPath)
                .executeUpdate();
    }

    @Override
    protected void checkDeletable(Category entity) {
        long children = Category.count("parent", entity.code);
        if (children > 0) {
            throw new ConflictException("category '%s' has %d child categories; delete or move them first".formatted(entity.code, children));
        }
        List<String> channels = Channel.codesUsingCategoryTree(entity.code);
        if (!channels.isEmpty()) {
            throw new ConflictException("category '%s' is the tree of the channels %s".formatted(entity.code, channels));
        }
        if (isClassifying(entity.code)) {
            throw new ConflictException("category '%s' still classifies products or product models; remove them from it first".formatted(entity.code));
        }
    }

    private static boolean isClassifying(String code) {
        return !Panache.getEntityManager()
                .createNativeQuery("select 1 from product where categories @> jsonb_build_array(cast(:code as text)) "
                        + "union all select 1 from product_model where categories @> jsonb_build_array(cast(:code as text)) limit 1")
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
    }
}
