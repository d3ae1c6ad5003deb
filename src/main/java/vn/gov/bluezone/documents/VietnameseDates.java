package vn.gov.bluezone.documents;

import java.time.LocalDate;

/** Dates as Decree 30/2020 writes them under the national motto. */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /**
     * "Long An, ngày 07 tháng 4 năm 2026": a leading zero for days below 10 and for months 1 and 2
     * only.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /**
     * "Long An, ngày      tháng      năm      ": the date line of a draft, left blank for the day it
     * is issued (as its number is).
     */
    public static String placeAndBlankDate(String place) {
        return place + ", ngày      tháng      năm      ";
    }
}
