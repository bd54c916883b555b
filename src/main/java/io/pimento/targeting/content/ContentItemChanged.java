package io.pimento.targeting.content;

/** Fired inside the transaction of every change to a content item (created, changed, deleted). */
public record ContentItemChanged(String code) {
}
