package vn.gov.bluezone.demo;

import java.time.LocalDate;
import java.util.List;

import vn.gov.bluezone.identity.Role;

/**
 * Demo accounts at real units. Long An as in August 2020 (history, campaign 4937): one account per
 * role at the province (80), Huyện Đức Hòa (802) and one of its communes, Xã Đức Lập Hạ (27958).
 * Tây Ninh since 1/7/2025 (two levels, the live campaign): its chair, its provincial officer and
 * Xã Đức Lập (27964), which Đức Lập Hạ became part of. The people are fictitious; the units are not.
 */
public final class DemoAccounts {

    /** The password of every demo account (embedded default only). */
    public static final String PASSWORD = "Bluezone@2020";

    /** {@code unitDay}: a day the unit was in force (codes are given again from list to list). */
    public record Account(String username, String fullName, Role role, String unitCode, LocalDate unitDay) {

        Account(String username, String fullName, Role role, String unitCode) {
            this(username, fullName, role, unitCode, unitCode == null ? null : LONG_AN_DAY);
        }
    }

    /** A day of the 2020 dispatch. */
    public static final LocalDate LONG_AN_DAY = LocalDate.of(2020, 8, 13);
    /** The day the two-level units took effect. */
    public static final LocalDate TWO_LEVEL_DAY = LocalDate.of(2025, 7, 1);

    public static final Account ADMIN = new Account("admin", "Quản trị hệ thống", Role.ADMIN, null);
    public static final Account PROVINCE_CHAIR = new Account("tinh.lanhdao", "Trần Văn Lãnh", Role.PROVINCE_CHAIR, "80");
    public static final Account PROVINCE_OFFICER = new Account("tinh.sotttt", "Nguyễn Thị Thông", Role.PROVINCE_OFFICER, "80");
    public static final Account DISTRICT_OFFICER = new Account("huyen.duchoa", "Lê Văn Hòa", Role.DISTRICT_OFFICER, "802");
    public static final Account COMMUNE_OFFICER = new Account("xa.duclapha", "Phạm Thị Lập", Role.COMMUNE_OFFICER, "27958");

    public static final Account TODAY_CHAIR = new Account("tayninh.lanhdao", "Võ Thị Ninh", Role.PROVINCE_CHAIR, "80",
            TWO_LEVEL_DAY);
    public static final Account TODAY_OFFICER = new Account("tayninh.canbo", "Đặng Minh Khoa", Role.PROVINCE_OFFICER,
            "80", TWO_LEVEL_DAY);
    public static final Account TODAY_COMMUNE_OFFICER = new Account("xa.duclap", "Huỳnh Thị Lập", Role.COMMUNE_OFFICER,
            "27964", TWO_LEVEL_DAY);

    /** The Long An 2020 accounts, one per role. */
    public static final List<Account> ALL = List.of(ADMIN, PROVINCE_CHAIR, PROVINCE_OFFICER, DISTRICT_OFFICER,
            COMMUNE_OFFICER);
    /** The Tây Ninh 2025 accounts, loaded with the current units. */
    public static final List<Account> TODAY = List.of(TODAY_CHAIR, TODAY_OFFICER, TODAY_COMMUNE_OFFICER);

    private DemoAccounts() {
    }
}
