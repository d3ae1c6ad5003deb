package vn.gov.bluezone.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.shared.VietnameseText;

/** The Vietnamese texts of the portal's mail, from {@code mail.properties}. */
final class MailTexts {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("mail", Locale.ROOT);

    private MailTexts() {
    }

    /**
     * How mail addresses the campaign's receiving office: its short name from the directory
     * ("Sở KH&CN"), or a neutral wording when the campaign names none.
     */
    static String receivingOffice(CampaignDetails campaign) {
        return campaign.receivingOffice() != null ? campaign.receivingOffice().shortName()
                : text("report.recipientFallback");
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), VietnameseText.VIETNAMESE).format(arguments);
    }
}
