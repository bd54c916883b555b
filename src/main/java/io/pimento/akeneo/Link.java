package io.pimento.akeneo;

/** A HAL link: {@code {"href": "http://host/api/rest/v1/..."}}, always absolute as Akeneo's clients follow them as they are. */
public record Link(String href) {
}
