package io.pimento.targeting.content;

import java.util.List;

/** Who shows content items: a content item they show cannot be deleted. Provided by the rules. */
public interface ContentItemUsage {

    /** Codes of the rules that show this content item. */
    List<String> rulesShowing(String contentItem);
}
