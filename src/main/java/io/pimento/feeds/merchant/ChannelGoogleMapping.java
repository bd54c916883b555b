package io.pimento.feeds.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Which catalog attribute feeds which Google field for one channel; a null attribute is guessed. */
@Entity
@Table(name = "channel_google_mapping")
public class ChannelGoogleMapping extends PanacheEntityBase {

    @Id
    public String channel;

    public String title;
    public String description;
    @Column(name = "image_link")
    public String imageLink;
    public String price;
    public String brand;
    public String gtin;
    public String mpn;
    public String availability;
    @Column(name = "link_template")
    public String linkTemplate;
    @Column(name = "default_availability", nullable = false)
    public String defaultAvailability = GoogleMapping.IN_STOCK;
    @Column(nullable = false)
    public String condition = GoogleMapping.NEW;

    @Version
    public int version;
}
