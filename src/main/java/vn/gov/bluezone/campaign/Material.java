package vn.gov.bluezone.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.List;

/** A campaign material: SMS template, radio audio, leaflet, video … with its link. */
@Embeddable
public record Material(@Column(name = "title", length = 200) String title,
        @Column(name = "kind", length = 40) String kind,
        @Column(name = "link", length = 1000) String link) {

    /** The kinds of material a campaign lists (the dispatch's ten, and "other"). */
    public static final List<String> KINDS = List.of("SMS", "ZALO", "RADIO", "AUDIO", "GUIDE",
            "LEAFLET", "VIDEO", "POSTER", "FAQ", "CLIP", "OTHER");
}
