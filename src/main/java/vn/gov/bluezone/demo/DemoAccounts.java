package vn.gov.bluezone.demo;

import java.util.List;

import vn.gov.bluezone.identity.Role;

/**
 * One demo account per role, at real units: the province (80), Huyện Đức Hòa (802) and one of its
 * communes, Xã Đức Lập Hạ (27958). The people are fictitious; the units are not.
 */
public final class DemoAccounts {

    /** The password of every demo account (embedded default only). */
    public static final String PASSWORD = "Bluezone@2020";

    public record Account(String username, String fullName, Role role, String unitCode) {
    }

    public static final Account ADMIN = new Account("admin", "Quản trị hệ thống", Role.ADMIN, null);
    public static final Account PROVINCE_CHAIR = new Account("tinh.lanhdao", "Trần Văn Lãnh", Role.PROVINCE_CHAIR, "80");
    public static final Account PROVINCE_OFFICER = new Account("tinh.sotttt", "Nguyễn Thị Thông", Role.PROVINCE_OFFICER, "80");
    public static final Account DISTRICT_OFFICER = new Account("huyen.duchoa", "Lê Văn Hòa", Role.DISTRICT_OFFICER, "802");
    public static final Account COMMUNE_OFFICER = new Account("xa.duclapha", "Phạm Thị Lập", Role.COMMUNE_OFFICER, "27958");

    public static final List<Account> ALL = List.of(ADMIN, PROVINCE_CHAIR, PROVINCE_OFFICER, DISTRICT_OFFICER,
            COMMUNE_OFFICER);

    private DemoAccounts() {
    }
}
