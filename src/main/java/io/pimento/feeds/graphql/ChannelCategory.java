package io.pimento.feeds.graphql;

import io.pimento.catalog.category.Category;
import io.pimento.feeds.FeedTarget;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import java.util.stream.Stream;

/** A category of a channel's tree, labelled in the requested locale. */
@Name("Category")
public record ChannelCategory(String code,
                              @Description("in the requested locale, else the channel's other locales in order, else the code") String label,
                              @Description("null for the tree's root") String parent,
                              @Description("0 for the tree's root, 1 for its children...") int level) {

    static ChannelCategory of(Category category, FeedTarget target) {
        String label = Stream.concat(Stream.of(target.locale()), target.channelLocales().stream())
                .map(category.labels::get)
                .filter(text -> text != null && !text.isBlank())
                .findFirst().orElse(category.code);
        // paths are /root/child/.../code/: the root has two slashes
        int level = (int) category.path.chars().filter(c -> c == '/').count() - 2;
        return new ChannelCategory(category.code, label, category.parent, level);
    }
}
