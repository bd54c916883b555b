package io.pimento.targeting.rules;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Used while no segment feature provides {@link SegmentCodes}: every well-formed segment code is accepted. */
@DefaultBean
@ApplicationScoped
public class AnySegmentCode implements SegmentCodes {

    @Override
    public boolean exists(String code) {
        return true;
    }
}
