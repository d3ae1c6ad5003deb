package vn.gov.bluezone.hierarchy;

import java.util.List;
import java.util.Locale;

/**
 * The tier of an administrative unit. The tree may skip DISTRICT (the two-level model in force
 * since 1/7/2025): a commune's parent is then the province.
 */
public enum UnitLevel {
    PROVINCE(List.of("Tỉnh", "Thành phố Trung ương")),
    DISTRICT(List.of("Thành phố", "Thị xã", "Huyện", "Quận")),
    COMMUNE(List.of("Phường", "Xã", "Thị trấn", "Đặc khu"));

    private final List<String> gsoTypes;

    UnitLevel(List<String> gsoTypes) {
        this.gsoTypes = gsoTypes;
    }

    /** The unit types the GSO list uses at this level, as written there. */
    public List<String> gsoTypes() {
        return gsoTypes;
    }

    /**
     * The type named by the prefix of a GSO name ("Huyện Đức Hòa" → "Huyện"), or null. The GSO list
     * is not consistent in case ("Thành Phố Bắc Kạn", "Thị Trấn Năm Căn"), so the prefix is matched
     * without regard to case.
     */
    public String typeFromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (this == PROVINCE && lower.startsWith("thành phố ")) {
            return "Thành phố Trung ương";
        }
        return gsoTypes.stream()
                .filter(type -> lower.startsWith(type.toLowerCase(Locale.ROOT) + " "))
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .orElse(null);
    }

    /** Whether a unit of this level may sit directly under a unit of {@code parent} level. */
    public boolean mayHaveParent(UnitLevel parent) {
        return switch (this) {
            case PROVINCE -> parent == null;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == DISTRICT || parent == PROVINCE;
        };
    }
}
