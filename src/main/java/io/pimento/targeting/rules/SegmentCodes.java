package io.pimento.targeting.rules;

/**
 * Which segment codes exist, for the validation of rules. Segments are their own feature: until
 * it provides a bean of this type, {@link AnySegmentCode} accepts every well-formed code and
 * rules store segment codes as given.
 */
public interface SegmentCodes {

    boolean exists(String code);
}
