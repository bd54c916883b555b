package io.pimento.feeds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How a channel's feed is chosen; a channel without a row has the defaults. */
@Entity
@Table(name = "channel_feed_settings")
public class ChannelFeedSettings extends PanacheEntityBase {

    @Id
    public String channel;

    /** Only products 100 % complete for the channel, in the feed's locale. */
    @Column(name = "complete_only", nullable = false)
    public boolean completeOnly;

    @Version
    public int version;
}
